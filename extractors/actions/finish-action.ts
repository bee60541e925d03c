import type { ArticleDoc } from '../../schemas/article-doc.ts';
import { polarityOf, type ActionFact, type ActionType } from '../../schemas/action.ts';
import type { Span } from '../../schemas/span.ts';
import type { ActionLexicon } from './load-action-data.ts';
import { findConjunct } from './find-conjunct.ts';
import type { Clause, Word } from './split-words.ts';
import type { CueHit } from './match-cues.ts';
import { matchModality } from './match-cues.ts';

/**
 * Negation and hedging of one cue hit. `nicht mehr`/`ne … plus` with a providing
 * cue means the service stops: a termination, not a negated provision.
 */
export function readModality(lexicon: ActionLexicon, words: readonly Word[], clauses: readonly Clause[], hit: CueHit): { action: ActionType; negated: boolean; hedged: boolean } {
  const clause = clauses[hit.clause] as Clause;
  // `nous n'avons pas attendu … et avons cessé de fournir`: a conjunct before the cue's has its own polarity.
  const conjunct = findConjunct(lexicon, words, clause, hit.anchor);
  const from = conjunct.first;
  // `a cessé d'héberger`: a stop word that is the cue itself (`cesser`) ends nothing twice.
  const anchor = (words[hit.anchor] as Word).lower;
  const rows = lexicon.modality.filter((row) => !row.sentence && !(row.kind === 'stop' && row.terms[0]?.test(anchor)));
  const inClause = matchModality(rows, words, from, conjunct.last);
  const inSentence = matchModality(lexicon.modality.filter((row) => row.sentence), words, 0, words.length - 1);
  // `weigert sich, Kiwi Farms zu sperren`: a refusal or an ending in the clause before governs an infinitive clause.
  const previous = clauses[hit.clause - 1];
  const infinitive = hit.form === 'zu-infinitive' || words[hit.anchor - 1]?.lower === 'zu' || hit.form === 'infinitive';
  const governing = infinitive && previous ? matchModality(lexicon.modality.filter((row) => row.governs), words, previous.first, previous.last) : [];
  const kinds = new Set([...inClause, ...inSentence, ...governing].map((row) => row.kind));
  // `wieder hosten`, `héberger de nouveau`: providing again is restoring.
  const again = kinds.has('again');
  const hedged = kinds.has('hedge');
  if (kinds.has('stop')) {
    return polarityOf(hit.cue.action) === 'provide' ? { action: 'terminate_service', negated: false, hedged } : { action: hit.cue.action, negated: true, hedged };
  }
  return { action: again && hit.cue.action === 'provide_service' ? 'restore_service' : hit.cue.action, negated: kinds.has('negation'), hedged };
}

/** The value of the date expression nearest the cue: in its clause first, then in its sentence; else null. */
export function attachDate(doc: ArticleDoc, sentence: Span, clause: Clause, at: number): string | null {
  let best: { value: string; cost: number } | null = null;
  for (const date of doc.facts.dates) {
    if (date.value === null || date.start < sentence.start || date.end > sentence.end) continue;
    const sameClause = date.start >= clause.start && date.end <= clause.end;
    const cost = (sameClause ? 0 : 100_000) + Math.min(Math.abs(date.start - at), Math.abs(date.end - at));
    if (!best || cost < best.cost) best = { value: date.value, cost };
  }
  return best?.value ?? null;
}

// The more specific value wins when two cues name the same pair in one sentence.
const SPECIFICITY: readonly ActionType[] = ['remove_listing', 'suspend_account', 'block_access', 'terminate_service', 'restore_service', 'provide_service'];

/** One fact per (provider, polarity, target, negated) in a sentence, keeping the most specific action. */
export function dedupeFacts(facts: readonly ActionFact[]): ActionFact[] {
  const kept = new Map<string, ActionFact>();
  for (const fact of facts) {
    const key = [fact.provider.id, polarityOf(fact.action), fact.target.id, fact.negated].join('|');
    const other = kept.get(key);
    if (!other || SPECIFICITY.indexOf(fact.action) < SPECIFICITY.indexOf(other.action)) kept.set(key, other ? { ...fact, date: fact.date ?? other.date, hedged: fact.hedged || other.hedged } : fact);
  }
  return [...kept.values()];
}

import { findClassWord, isClass, type ActionLexicon } from './load-action-data.ts';
import type { Clause, Word } from './split-words.ts';
import type { CueHit } from './match-cues.ts';
import { findConjunct } from './find-conjunct.ts';

/**
 * The verb complex of a cue's clause: where the finite verb stands, the voice,
 * and the clause's kind. German main clauses put the finite verb second and
 * participle, infinitive or particle last; subordinate clauses put it last;
 * infinitive clauses (`…, 8chan zu sperren`, `de bloquer`, `en bloquant`) and
 * conjuncts without a subject (`und sperrte`) take the subject of the clause before.
 */
export interface VerbComplex {
  /** Index of the clause's finite verb for this cue, or null in an infinitive clause or fragment. */
  finite: number | null;
  passive: boolean;
  kind: 'main' | 'subordinate' | 'relative' | 'infinitive';
  /** First word of the stretch the cue's subject must stand in (after `und`/`et` that opens a conjunct). */
  from: number;
}

/** The auxiliary nearest the cue in its clause: before it (both languages), else after it (German verb-final). */
function findAuxiliary(lexicon: ActionLexicon, words: readonly Word[], from: number, clause: Clause, anchor: number): number | null {
  for (let i = anchor - 1; i >= from; i--) if (isClass(lexicon, 'auxiliary', (words[i] as Word).lower)) return i;
  for (let i = anchor + 1; i <= clause.last; i++) if (isClass(lexicon, 'auxiliary', (words[i] as Word).lower)) return i;
  return null;
}

/** The finite `faire`/`voir` (or its auxiliary) of a causative passive right before the infinitive at `anchor`, after a reflexive; else 0. */
function findCausative(lexicon: ActionLexicon, words: readonly Word[], from: number, anchor: number): number {
  for (let i = anchor - 1; i >= Math.max(from, anchor - 3); i--) {
    if (!isClass(lexicon, 'causative', (words[i] as Word).lower)) continue;
    for (let j = i - 1; j >= Math.max(from, i - 3); j--) if (isClass(lexicon, 'reflexive', (words[j] as Word).lower)) return i;
  }
  return 0;
}

export function readVerbComplex(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, hit: CueHit, hasAgent: boolean): VerbComplex {
  // A conjunct (`… und entfernte X`) starts after its conjunction; an unpunctuated `que`/`qui` clause at its conjunction.
  let from = findConjunct(lexicon, words, clause, hit.anchor).first;
  for (let i = hit.anchor - 1; i > from; i--) {
    const lower = (words[i] as Word).lower;
    if (lexicon.lang === 'fr' && (isClass(lexicon, 'subordinator', lower) || isClass(lexicon, 'relative', lower)) && !(words[i] as Word).inName) {
      from = i;
      break;
    }
  }
  const first = words[from] as Word;
  const form = hit.form;
  // `seit`, `als`, `da` open subordinate clauses only when the verb comes last (`Seit 2018 hostet Epik Gab` is a main clause).
  const last = words[clause.last] as Word;
  const verbFinal = lexicon.lang === 'fr' || last.tags.has('Verb') || isClass(lexicon, 'auxiliary', last.lower) || clause.last === hit.anchor;
  const relative = isClass(lexicon, 'relative', first.lower) && from > 0 && verbFinal;
  const subordinate = isClass(lexicon, 'subordinator', first.lower) && verbFinal;
  // `8chan zu sperren`, and `… anbieten zu wollen` (zu before the modal that governs the infinitive).
  const zu = lexicon.lang === 'de' && (words[hit.anchor - 1]?.lower === 'zu' || (form === 'infinitive' && words[hit.anchor + 1]?.lower === 'zu'));
  const infinitive = form === 'zu-infinitive' || form === 'gerund' || zu || (form === 'infinitive' && (words[hit.anchor - 1] ? isClass(lexicon, 'infinitive-marker', (words[hit.anchor - 1] as Word).lower) : false));
  let finite: number | null = null;
  if (form === 'finite' || form === 'split') finite = hit.anchor;
  else if (!infinitive) finite = findAuxiliary(lexicon, words, from, clause, hit.anchor);
  let passive = false;
  // `s'est fait suspendre par X`, `s'est vu fermer sa page par X`: faire/voir with an infinitive after `se` is a passive.
  const causative = lexicon.lang === 'fr' && form === 'infinitive' && findCausative(lexicon, words, from, hit.anchor);
  if (causative) return { finite: causative, passive: true, kind: 'main', from };
  if (form === 'participle') {
    passive = findClassWord(lexicon, words, from, clause.last, 'passive') !== null || findClassWord(lexicon, words, from, clause.last, 'passive-perfect') !== null;
    // `ist gesperrt`, `est bloqué`: a state or a passive; with an agent phrase, a passive.
    const copula = findClassWord(lexicon, words, from, clause.last, 'passive-state');
    const reflexive = copula !== null && isClass(lexicon, 'reflexive', words[copula - 1]?.lower ?? '');
    if (!passive && copula !== null && !reflexive && (hasAgent || lexicon.lang === 'fr')) passive = true;
    if (reflexive) passive = false;
    // `se retrouve bloqué par X`, `se voit retiré`: a reflexive state verb before the participle.
    if (lexicon.lang === 'fr' && !passive && findClassWord(lexicon, words, from, hit.anchor - 1, 'state-verb') !== null && findClassWord(lexicon, words, from, hit.anchor - 1, 'reflexive') !== null) passive = true;
  }
  const kind = infinitive ? 'infinitive' : relative ? 'relative' : subordinate ? 'subordinate' : 'main';
  return { finite, passive, kind, from };
}

import { polarityOf } from '../../schemas/action.ts';
import { findClassWord, isAnchor, isClass, type ActionLexicon, type Cue, type Modality } from './load-action-data.ts';
import type { Clause, Word } from './split-words.ts';
import type { VerbFormKind } from './verb-forms.ts';
import { findConjunct } from './find-conjunct.ts';

export interface CueHit {
  cue: Cue;
  /** Index of the anchor word. */
  anchor: number;
  clause: number;
  /** What the anchor is of its verb; null for nouns. */
  form: VerbFormKind | null;
}

// A participle's shape, for regex cues whose verb the lexicons do not list (`delistet`, `geblockt`).
export const PARTICIPLE = /(^ge\p{L}+(t|en)$)|(\p{L}+ge\p{L}+(t|en)$)|(^(be|ver|ent|er|zer|über|unter|miss)\p{L}+t$)|(\p{L}(é|ée|és|ées|u|ue|us|i|is|ie|ies)$)|(^\p{L}+iert$)/u;

/** The form of a regex cue's anchor, from its shape and tags. */
function guessForm(words: readonly Word[], i: number, cue: Cue): VerbFormKind | null {
  if (cue.noun) return null;
  const word = words[i] as Word;
  if (words[i - 1]?.lower === 'zu' || /^\p{L}+zu\p{L}+en$/u.test(word.lower)) return 'zu-infinitive';
  if (word.tags.has('Participle') || word.tags.has('PastParticiple') || PARTICIPLE.test(word.lower)) return 'participle';
  if (word.tags.has('Infinitive') || /^\p{L}+(er|ir|re)$/u.test(word.lower)) return 'infinitive';
  return 'finite';
}

/** True when word `i` is where a separable particle sits: the clause's end or before `und`/`et`. */
function closesClause(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, i: number): boolean {
  if (i === clause.last) return true;
  const next = words[i + 1];
  return next !== undefined && isClass(lexicon, 'clause-joint', next.lower);
}

function findParticle(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, anchor: number, particle: RegExp | string): boolean {
  for (let i = anchor + 1; i <= clause.last; i++) {
    const word = words[i] as Word;
    const matches = typeof particle === 'string' ? word.lower === particle : particle.test(word.lower);
    if (matches && closesClause(lexicon, words, clause, i)) return true;
  }
  return false;
}

/** The form of `word` that anchors `cue`, or null; `split` forms need their particle at the clause's end. */
function anchorForm(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, cue: Cue, i: number): VerbFormKind | null | false {
  const word = words[i] as Word;
  if (!cue.verbs) return cue.terms[0]?.test(word.lower) ? guessForm(words, i, cue) : false;
  // `kündigt … an` is `ankündigen`: a finite verb whose clause closes on a separable particle is another verb.
  const particle = lexicon.lang === 'de' && findParticle(lexicon, words, clause, i, lexicon.classes.get('separable-particle') as RegExp);
  const kinds: VerbFormKind[] = [];
  for (const form of lexicon.forms.get(word.lower) ?? []) {
    if (!cue.verbs.has(form.lemma)) continue;
    if (particle && form.kind === 'finite') continue;
    if (form.kind === 'split' && !findParticle(lexicon, words, clause, i, form.particle ?? '')) continue;
    kinds.push(form.kind);
  }
  // `blockiert` is a present and a participle: a participle only beside an auxiliary.
  if (lexicon.lang === 'de' && kinds.includes('participle') && kinds.includes('finite')) return findClassWord(lexicon, words, clause.first, clause.last, 'auxiliary') !== null ? 'participle' : 'finite';
  return kinds[0] ?? false;
}

function matchCueAt(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, cue: Cue, anchor: number): boolean {
  if (cue.previous && !cue.previous.test(words[anchor - 1]?.lower ?? '')) return false;
  for (const term of cue.verbs ? cue.terms : cue.terms.slice(1)) {
    let found = false;
    for (let i = clause.first; i <= clause.last && !found; i++) found = i !== anchor && term.test((words[i] as Word).lower);
    if (!found) return false;
  }
  if (cue.particle && !findParticle(lexicon, words, clause, anchor, cue.particle)) return false;
  if (cue.unless && findParticle(lexicon, words, clause, anchor, cue.unless)) return false;
  if (cue.context) {
    // The object that sets the type stands in the cue's own conjunct: `sperrt den Account von X und hat Y gesperrt`.
    const { first, last } = findConjunct(lexicon, words, clause, anchor);
    let found = false;
    for (let i = first; i <= last && !found; i++) found = isClass(lexicon, cue.context, (words[i] as Word).lower);
    if (!found) return false;
  }
  return true;
}

/**
 * Every cue row that fires in `clause`. `blocked` marks words inside entity
 * mentions, which never anchor a cue. Nominal cues give way when a verbal cue
 * fires in the same clause (`den Schutz … eingestellt` is an ending, not a protection),
 * and providing nouns give way to withdrawing ones.
 */
export function matchCues(
  lexicon: ActionLexicon,
  words: readonly Word[],
  clause: Clause,
  clauseIndex: number,
  blocked: ReadonlySet<number>,
): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = clause.first; i <= clause.last; i++) {
    if (blocked.has(i)) continue;
    const word = words[i] as Word;
    if (!isAnchor(lexicon, word.lower)) continue;
    for (const cue of lexicon.cues) {
      const form = anchorForm(lexicon, words, clause, cue, i);
      if (form !== false && matchCueAt(lexicon, words, clause, cue, i)) hits.push({ cue, anchor: i, clause: clauseIndex, form });
    }
  }
  if (hits.some((hit) => !hit.cue.noun)) return hits.filter((hit) => !hit.cue.noun);
  // `die Kündigung des Schutzes`: the withdrawing noun governs the providing one.
  if (hits.some((hit) => polarityOf(hit.cue.action) === 'withdraw')) return hits.filter((hit) => polarityOf(hit.cue.action) === 'withdraw');
  return hits;
}

/** The modality rows that fire in words[from..to] (inclusive), in their terms' order. */
export function matchModality(rows: readonly Modality[], words: readonly Word[], from: number, to: number): Modality[] {
  return rows.filter((row) => {
    for (let i = from; i <= to; i++) {
      if (!row.terms[0]?.test((words[i] as Word).lower)) continue;
      let at = i;
      let ok = true;
      for (const term of row.terms.slice(1)) {
        let j = at + 1;
        const limit = row.adjacent ? Math.min(at + 1, to) : to;
        while (j <= limit && !term.test((words[j] as Word).lower)) j++;
        if (j > limit) {
          ok = false;
          break;
        }
        at = j;
      }
      if (ok) return true;
    }
    return false;
  });
}

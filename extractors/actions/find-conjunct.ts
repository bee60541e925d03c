import { isClass, type ActionLexicon } from './load-action-data.ts';
import type { Clause, Word } from './split-words.ts';

// A participle or infinitive at the end belongs to the whole clause (`hat 8chan und Kiwi Farms gesperrt`): only finite verbs count.
const NON_FINITE = ['Participle', 'PastParticiple', 'Infinitive', 'Gerund'];
const TENSES = ['PresentTense', 'PastTense', 'FutureTense', 'Auxiliary', 'Copula'];

function isFiniteWord(lexicon: ActionLexicon, word: Word): boolean {
  if (word.inName) return false;
  if (isClass(lexicon, 'auxiliary', word.lower)) return true;
  // The German tagger calls some adjectives verbs (`großen`): a finite verb carries a tense.
  return word.tags.has('Verb') && TENSES.some((tag) => word.tags.has(tag)) && !NON_FINITE.some((tag) => word.tags.has(tag));
}

// The joints of a clause are read once: every cue, context test and role of the clause asks for its conjunct.
const splitsByClause = new WeakMap<Clause, number[]>();

/** The conjunctions of `clause` that join two clauses (a finite verb on both sides), in order. */
function findSplits(lexicon: ActionLexicon, words: readonly Word[], clause: Clause): number[] {
  let splits = splitsByClause.get(clause);
  if (splits) return splits;
  splits = [];
  const joints: number[] = [];
  for (let i = clause.first + 1; i < clause.last; i++) if (isClass(lexicon, 'clause-joint', (words[i] as Word).lower) && !(words[i] as Word).inName) joints.push(i);
  let start = clause.first;
  for (let k = 0; k < joints.length; k++) {
    const joint = joints[k] as number;
    const end = (joints[k + 1] ?? clause.last + 1) - 1;
    let before = false;
    let after = false;
    for (let i = start; i < joint; i++) before ||= isFiniteWord(lexicon, words[i] as Word);
    for (let i = joint + 1; i <= end; i++) after ||= isFiniteWord(lexicon, words[i] as Word);
    if (!before || !after) continue;
    splits.push(joint);
    start = joint + 1;
  }
  splitsByClause.set(clause, splits);
  return splits;
}

/**
 * The conjunct of `clause` that holds word `at`: `und`/`et` joins two clauses when a finite
 * verb stands on both sides (`Cloudflare sperrt 8chan und Twitter hat Parler gesperrt`,
 * `Google tat dies und entfernte Fortnite`); with a verb on one side only it joins
 * phrases (`Google und Apple haben …`, `sperrte 8chan und Kiwi Farms`).
 */
export function findConjunct(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, at: number): { first: number; last: number } {
  let first = clause.first;
  let last = clause.last;
  for (const joint of findSplits(lexicon, words, clause)) {
    if (joint < at) first = joint + 1;
    else {
      last = joint - 1;
      break;
    }
  }
  return { first, last };
}

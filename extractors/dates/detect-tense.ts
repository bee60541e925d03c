import type { DateRules } from './compile-date-rules.ts';
import type { Tense } from './resolve-date.ts';

// Clause edges: a date's verb is usually in its own clause, between commas or dashes.
const CLAUSE_EDGE = /[,;:–—()«»„“”"]/gu;

function tenseOf(text: string, rules: DateRules): Tense | null {
  let past = false;
  let future = false;
  for (const cue of rules.tenseCues) {
    if (!cue.regex.test(text)) continue;
    if (cue.tense === 'past') past = true;
    else future = true;
  }
  // News mostly reports what happened: a past cue wins over a future one.
  if (past) return 'past';
  return future ? 'future' : null;
}

/** Index of the first element of the sorted `values` that is ≥ `target` (values.length when none). */
function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tense of the clause around [start, end) in `sentence` (offsets relative to
 * it), falling back to the whole sentence when the clause has no cue. Built once
 * per sentence: clause edges are found once and each clause and the sentence are
 * read once, so a sentence of many dates and no comma costs linear time.
 */
export function createTenseDetector(sentence: string, rules: DateRules): (start: number, end: number) => Tense {
  const edges = Array.from(sentence.matchAll(CLAUSE_EDGE), (match) => match.index);
  const clauses = new Map<string, Tense | null>();
  let whole: Tense | null | undefined;
  return (start, end) => {
    const before = lowerBound(edges, start) - 1;
    const from = before >= 0 ? edges[before]! + 1 : 0;
    const to = edges[lowerBound(edges, end)] ?? sentence.length;
    const key = `${from}:${to}`;
    let tense = clauses.get(key);
    if (tense === undefined) {
      tense = tenseOf(sentence.slice(from, to), rules);
      clauses.set(key, tense);
    }
    if (tense !== null) return tense;
    // `??=` would read the sentence again whenever it has no cue (null).
    if (whole === undefined) whole = tenseOf(sentence, rules);
    return whole ?? 'unknown';
  };
}

import type { DateRules } from './compile-date-rules.ts';
import type { Tense } from './resolve-date.ts';

// Clause edges: a date's verb is usually in its own clause, between commas or dashes.
const CLAUSE_EDGE = /[,;:–—()«»„“”"]/u;

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

/**
 * The tense of the clause around [start, end) in `sentence` (offsets relative to
 * it), falling back to the whole sentence when the clause has no cue.
 */
export function detectTense(sentence: string, start: number, end: number, rules: DateRules): Tense {
  let from = start;
  while (from > 0 && !CLAUSE_EDGE.test(sentence[from - 1] ?? '')) from--;
  let to = end;
  while (to < sentence.length && !CLAUSE_EDGE.test(sentence[to] ?? '')) to++;
  return tenseOf(sentence.slice(from, to), rules) ?? tenseOf(sentence, rules) ?? 'unknown';
}

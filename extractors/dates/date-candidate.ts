import type { DateMeaning } from './resolve-date.ts';

/** A matched expression, with offsets into the article, before resolution. */
export interface DateCandidate {
  start: number;
  end: number;
  /** `dates/<finder>:<row id>`, recorded on the fact. */
  rule: string;
  meaning: DateMeaning;
}

/**
 * Keeps the longest of overlapping candidates (earlier-listed wins a tie), so
 * `am 12. Juli 2019` beats `Juli 2019` and `2019`, then sorts by position.
 */
export function pickLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  if (candidates.length === 0) return [];
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  // Characters already taken, so each candidate checks its own span rather than every kept one
  // (a sentence of thousands of dates made that quadratic).
  const from = Math.min(...candidates.map((c) => c.start));
  const taken = new Uint8Array(Math.max(...candidates.map((c) => c.end)) - from);
  const kept: DateCandidate[] = [];
  for (const { c } of ranked) {
    if (taken.subarray(c.start - from, c.end - from).includes(1)) continue;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

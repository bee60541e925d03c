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
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: DateCandidate[] = [];
  for (const { c } of ranked) {
    if (kept.some((k) => c.start < k.end && c.end > k.start)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The simplest useful pass over text: one regular expression splitting it into words. */
const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

export interface Ceiling {
  words: number;
  ms: number;
  mbPerSecond: number;
}

/**
 * The ceiling: a plain single-threaded word split over the same texts the pipeline
 * read. Run `rounds` times and the best is kept, since one pass over a few MB
 * takes only milliseconds and the first includes regex JIT warm-up.
 */
export function measureCeiling(texts: readonly string[], rounds = 3): Ceiling {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  let best = Infinity;
  let words = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    words = 0;
    for (const text of texts) words += countWords(text);
    best = Math.min(best, performance.now() - started);
  }
  return { words, ms: best, mbPerSecond: best > 0 ? bytes / 1e6 / (best / 1000) : Infinity };
}

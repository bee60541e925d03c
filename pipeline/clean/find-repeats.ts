import type { Region } from '../../schemas/region.ts';

// Counted in non-space characters, so a copy whose paragraphs were run together
// (`esprit.« Nous` for `esprit.\n\n« Nous`) still matches the original.
const SHINGLE = 48;
const MIN_REPEAT = 200;
const MAX_GAP = 300;

/**
 * Finds text that the article repeats: stretches of at least MIN_REPEAT
 * non-space characters that already occurred earlier. The later copy is marked
 * (gaps up to MAX_GAP between repeated stretches are bridged: scrapers that
 * append a second copy also re-render its link lists a little differently).
 */
export function findRepeats(text: string): Region[] {
  const dense: number[] = []; // dense index -> offset in text
  let packed = '';
  for (let i = 0; i < text.length; i++) {
    if (!/\s/u.test(text[i]!)) {
      dense.push(i);
      packed += text[i];
    }
  }
  if (packed.length < MIN_REPEAT * 2) return [];
  const firstSeen = new Map<string, number>();
  const covered: Array<[number, number]> = [];
  for (let i = 0; i + SHINGLE <= packed.length; i++) {
    const shingle = packed.slice(i, i + SHINGLE);
    const first = firstSeen.get(shingle);
    if (first === undefined) firstSeen.set(shingle, i);
    else if (first + SHINGLE <= i) {
      const last = covered[covered.length - 1];
      if (last && i <= last[1] + MAX_GAP) last[1] = i + SHINGLE;
      else covered.push([i, i + SHINGLE]);
    }
  }
  return covered
    .filter(([start, end]) => end - start >= MIN_REPEAT)
    .map(([start, end]) => ({ start: dense[start]!, end: dense[end - 1]! + 1, kind: 'repeat' as const, rule: 'clean/repeated-text' }));
}

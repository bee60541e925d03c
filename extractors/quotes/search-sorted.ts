/**
 * Binary search over items sorted by a start offset, so that looking up the
 * sentence, quotation or mention at an offset costs O(log n) per lookup and
 * the extractor stays linear in long texts with many quotations.
 */
export function countStartingAtOrBefore<T>(items: readonly T[], at: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (startOf(items[mid] as T) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The last item starting at or before `at` (sorted by start), or undefined. */
export function findLastStartingAtOrBefore<T>(items: readonly T[], at: number, startOf: (item: T) => number): T | undefined {
  return items[countStartingAtOrBefore(items, at, startOf) - 1];
}

/** Line starts and ends by binary search over the text's line breaks (`lastIndexOf` per lookup is O(line length)). */
export interface LineIndex {
  /** Offset of the first character of the line holding `at`. */
  startOf(at: number): number;
  /** Offset of the line break ending the line holding `at`, or the text's length. */
  endOf(at: number): number;
}

export function makeLineIndex(text: string): LineIndex {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const self = (b: number) => b;
  return {
    startOf: (at) => (findLastStartingAtOrBefore(breaks, at - 1, self) ?? -1) + 1,
    endOf: (at) => breaks[countStartingAtOrBefore(breaks, at - 1, self)] ?? text.length,
  };
}

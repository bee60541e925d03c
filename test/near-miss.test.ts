import { describe, expect, it } from 'vitest';
import { isNearMiss, isOneEditApart } from '../extractors/entities/resolve-entities.ts';

/** Optimal string alignment distance, the textbook matrix: the reference the one-pass check must agree with. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const up = d[i - 1]!;
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('isOneEditApart', () => {
  it('agrees with the edit distance (swaps of neighbours count one) on every pair of short strings over {a, b, c}', () => {
    const words = [''];
    for (let n = 1; n <= 4; n++) for (const w of words.filter((x) => x.length === n - 1)) words.push(`${w}a`, `${w}b`, `${w}c`);
    for (const a of words) for (const b of words) expect(isOneEditApart(a, b), `${a}|${b}`).toBe(referenceDistance(a, b) === 1);
  });

  it('takes a misspelt name for the known one, never a different number or first letter', () => {
    expect(isNearMiss('cloudfare', 'cloudflare')).toBe(true);
    expect(isNearMiss('cluodflare', 'cloudflare')).toBe(true);
    expect(isNearMiss('cloudflair', 'cloudflare')).toBe(false);
    expect(isNearMiss('8chan.org', '4chan.org')).toBe(false);
    expect(isNearMiss('xloudflare', 'cloudflare')).toBe(false);
  });
});

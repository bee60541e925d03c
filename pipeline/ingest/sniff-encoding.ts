/** What the first bytes of a file say about its encoding when it is not plain UTF-8. */
export type Sniffed = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bomBytes: number } | { encoding: 'utf-16le' | 'utf-16be'; bomBytes: 0; guessed: true };

/**
 * A byte-order mark names UTF-8 or UTF-16; without one, NUL bytes at every other
 * position of the first bytes are UTF-16 of mostly Latin text, not a binary file.
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  const pairs = Math.min(256, head.length >> 1);
  if (pairs >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenNul++;
      if (head[2 * i + 1] === 0) oddNul++;
    }
    if (oddNul >= pairs * 0.8 && evenNul === 0) return { encoding: 'utf-16le', bomBytes: 0, guessed: true };
    if (evenNul >= pairs * 0.8 && oddNul === 0) return { encoding: 'utf-16be', bomBytes: 0, guessed: true };
  }
  return { encoding: 'utf-8', bomBytes: 0 };
}

export function describeEncoding(sniffed: Sniffed): string {
  const name = sniffed.encoding.toUpperCase().replace('UTF-16', 'UTF-16');
  return 'guessed' in sniffed ? `${name} without a byte-order mark (NUL bytes at every other position)` : `${name} (by its byte-order mark)`;
}

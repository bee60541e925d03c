/** One line of a byte stream, or the number of bytes of a line too long to hold. */
export type LineItem = { kind: 'line'; line: number; bytes: Buffer } | { kind: 'too-long'; line: number; bytes: number };

/**
 * Splits a byte stream into lines without decoding first, so a bad line stays
 * one bad line. A line's pieces are joined once, when its end arrives (joining
 * at every chunk made one long line quadratic); a line past `maxLineBytes` is
 * not held at all, only counted. When `isCut()` says the stream was cut short,
 * its unterminated last line is dropped.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number, isCut: () => boolean = () => false): AsyncGenerator<LineItem> {
  let pieces: Buffer[] = [];
  let held = 0;
  let skipped = -1; // bytes of the current line when it is too long, else -1
  let line = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, newline);
      if (skipped >= 0 || held + piece.length > maxLineBytes) yield { kind: 'too-long', line, bytes: Math.max(skipped, held) + piece.length };
      else yield { kind: 'line', line, bytes: pieces.length ? Buffer.concat([...pieces, piece]) : piece };
      pieces = [];
      held = 0;
      skipped = -1;
      line++;
      from = newline + 1;
    }
    const rest = chunk.subarray(from);
    if (rest.length === 0) continue;
    if (skipped >= 0) skipped += rest.length;
    else if (held + rest.length > maxLineBytes) {
      skipped = held + rest.length;
      pieces = [];
      held = 0;
    } else {
      pieces.push(rest);
      held += rest.length;
    }
  }
  // A stream cut at its byte limit ends inside a line: that line is incomplete, not bad.
  if (isCut()) return;
  if (skipped >= 0) yield { kind: 'too-long', line, bytes: skipped };
  else if (held > 0) yield { kind: 'line', line, bytes: Buffer.concat(pieces) };
}

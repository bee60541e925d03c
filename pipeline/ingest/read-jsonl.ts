import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { decodeUtf8, InputError, readChunks, type ByteSource, type ReadState } from './read-file-text.ts';
import { describeEncoding, sniffEncoding } from './sniff-encoding.ts';
import { splitLines } from './split-lines.ts';
import type { InputLimits } from './input-limits.ts';
import { mapRecord } from './map-record.ts';

/** The first chunk again, then the rest: what was peeked at is still read. */
async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * JSON Lines, streamed: memory holds one line at a time whatever the dump's
 * size, a line past `maxRecordBytes` is skipped with a message, and reading
 * stops after `maxFileBytes` decompressed bytes. A file whose first line holds
 * NUL bytes, or that is UTF-16, is not read further.
 */
export async function* readJsonl(source: ByteSource, display: string, limits: InputLimits, onRawBytes?: (n: number) => void): AsyncGenerator<IngestItem> {
  const state: ReadState = { bytes: 0, truncated: false };
  const chunks = readChunks(source, limits.maxFileBytes, state, onRawBytes);
  const first = await chunks.next();
  if (first.done) return;
  const sniffed = sniffEncoding(first.value);
  if (sniffed.encoding !== 'utf-8') {
    await chunks.return(undefined);
    yield makeIngestProblem('unsupported-encoding', `${display}:1: the file is ${describeEncoding(sniffed)}; JSON Lines must be UTF-8`, display, 1);
    return;
  }
  const firstLineEnd = first.value.indexOf(0x0a);
  if (first.value.subarray(0, firstLineEnd === -1 ? first.value.length : firstLineEnd).includes(0)) {
    // A binary file (or a gzip bomb of zeros) is not JSON Lines at all: stop before inflating the rest.
    await chunks.return(undefined);
    yield makeIngestProblem('binary-file', `${display}:1: File looks binary (contains NUL bytes), not text`, display, 1);
    return;
  }
  for await (const item of splitLines(prepend(first.value, chunks), limits.maxRecordBytes, () => state.truncated)) {
    const line = item.line;
    if (item.kind === 'too-long') {
      yield makeIngestProblem('record-too-large', `${display}:${line}: a line of ${item.bytes} bytes, more than --max-record-bytes (${limits.maxRecordBytes}); skipped`, display, line);
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(item.bytes, line);
    } catch (error) {
      const e = error as InputError;
      yield makeIngestProblem(e.ruleId, `${display}:${line}: ${e.message}`, display, line);
      if (e.ruleId === 'binary-file' && line === 1) return; // a binary file is not JSON Lines at all
      continue;
    }
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      yield makeIngestProblem('malformed-json', `${display}:${line}: malformed JSON (${(error as Error).message})`, display, line);
      continue;
    }
    yield mapRecord(raw, display, line, line - 1, text);
  }
  if (state.truncated) {
    yield makeIngestProblem('file-too-large', `${display}: more than --max-file-bytes (${limits.maxFileBytes}) bytes once decompressed; the rest was not read`, display, null);
  }
}

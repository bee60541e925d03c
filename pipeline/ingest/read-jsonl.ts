import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { decodeUtf8, InputError, openByteStream } from './read-file-text.ts';
import { mapRecord } from './map-record.ts';

/** Splits a byte stream into lines without decoding first, so a bad line stays one bad line. */
async function* splitLines(path: string, onRawBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of openByteStream(path, onRawBytes)) {
    let buffer = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let newline = buffer.indexOf(0x0a);
    while (newline !== -1) {
      yield buffer.subarray(0, newline);
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    rest = Buffer.from(buffer);
  }
  if (rest.length) yield rest;
}

/** JSON Lines, streamed: memory holds one line at a time whatever the dump's size. */
export async function* readJsonl(path: string, display: string, onRawBytes?: (n: number) => void): AsyncGenerator<IngestItem> {
  let line = 0;
  for await (const bytes of splitLines(path, onRawBytes)) {
    line++;
    let text: string;
    try {
      text = decodeUtf8(bytes, line);
    } catch (error) {
      const e = error as InputError;
      yield makeIngestProblem(e.ruleId, `${display}:${line}: ${e.message}`, display, line);
      if (e.ruleId === 'binary-file' && line === 1) return; // a binary file is not JSON Lines at all
      continue;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      yield makeIngestProblem('malformed-json', `${display}:${line}: malformed JSON (${(error as Error).message})`, display, line);
      continue;
    }
    yield mapRecord(raw, display, line, line - 1);
  }
}

import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputLimits } from './input-limits.ts';
import { sniffEncoding } from './sniff-encoding.ts';

export class InputError extends Error {
  constructor(readonly ruleId: string, message: string, readonly line: number | null = null) {
    super(message);
  }
}

/** A file to read: its path (a Buffer when the name is not UTF-8) and whether it is gzipped. */
export interface ByteSource {
  path: string | Buffer;
  gzip: boolean;
}

/** The raw byte stream of a file, gunzipped when it is a `.gz`; destroying it closes the file. */
export function openByteStream(source: ByteSource, onRawBytes?: (n: number) => void): Readable {
  const raw = createReadStream(source.path);
  if (onRawBytes) raw.on('data', (chunk: Buffer | string) => onRawBytes(chunk.length));
  if (!source.gzip) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => raw.destroy());
  return raw.pipe(gunzip);
}

/** How much of a file was read, and whether it held more than the limit allowed. */
export interface ReadState {
  bytes: number;
  truncated: boolean;
}

/**
 * The decompressed chunks of a file, cut after `maxBytes`: reading stops there
 * (a gzip bomb is never inflated further) and `state.truncated` is set.
 */
export async function* readChunks(source: ByteSource, maxBytes: number, state: ReadState, onRawBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of openByteStream(source, onRawBytes) as AsyncIterable<Buffer>) {
    const room = maxBytes - state.bytes;
    if (chunk.length > room) {
      if (room > 0) yield chunk.subarray(0, room);
      state.bytes = maxBytes;
      state.truncated = true;
      return;
    }
    state.bytes += chunk.length;
    yield chunk;
  }
}

export function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** Byte offset of the first invalid UTF-8 sequence (decoding line by line is enough to place it). */
function findInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return lineStart;
      }
      lineStart = i + 1;
    }
  }
  return 0;
}

/**
 * Decodes one chunk of bytes as strict UTF-8. Text files with NUL bytes are
 * binary; invalid sequences are reported with the line they occur on.
 */
export function decodeUtf8(bytes: Uint8Array, firstLine: number, decoder = new TextDecoder('utf-8', { fatal: true }), stream = false): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError('binary-file', 'File looks binary (contains NUL bytes), not text', firstLine + countNewlines(bytes, nul));
  }
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new InputError('invalid-utf8', 'Invalid UTF-8', firstLine + countNewlines(bytes, findInvalidUtf8(bytes)));
  }
}

/**
 * Reads a whole file that holds one record (a `.txt` article, a `.json` array),
 * decoding as it streams: a file past `maxRecordBytes` is refused before it is
 * held, and a long valid text is never taken for invalid UTF-8. UTF-8 and
 * UTF-16 (by its byte-order mark, or its NUL bytes) are read; a BOM is dropped.
 */
export async function readWholeFile(source: ByteSource, limits: InputLimits): Promise<string> {
  const cut = Math.min(limits.maxFileBytes, limits.maxRecordBytes);
  const state: ReadState = { bytes: 0, truncated: false };
  const parts: string[] = [];
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let utf16 = false;
  let line = 1;
  for await (const chunk of readChunks(source, cut, state)) {
    if (!decoder) {
      const sniffed = sniffEncoding(chunk);
      utf16 = sniffed.encoding !== 'utf-8';
      decoder = new TextDecoder(sniffed.encoding, { fatal: true });
    }
    if (utf16) {
      try {
        parts.push(decoder.decode(chunk, { stream: true }));
      } catch {
        throw new InputError('invalid-utf16', 'Invalid UTF-16', null);
      }
      continue;
    }
    parts.push(decodeUtf8(chunk, line, decoder, true));
    line += countNewlines(chunk);
  }
  if (state.truncated) {
    const rule = cut === limits.maxRecordBytes ? 'record-too-large' : 'file-too-large';
    throw new InputError(rule, `File holds more than ${cut} bytes (${cut === limits.maxRecordBytes ? '--max-record-bytes' : '--max-file-bytes'}); it is held whole, so it was not read`);
  }
  try {
    parts.push(decoder?.decode() ?? '');
  } catch {
    throw new InputError(utf16 ? 'invalid-utf16' : 'invalid-utf8', utf16 ? 'Invalid UTF-16 (the file ends inside a character)' : 'Invalid UTF-8 (the file ends inside a character)', utf16 ? null : line);
  }
  return parts.join('');
}

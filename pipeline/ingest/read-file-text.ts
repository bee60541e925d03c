import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export class InputError extends Error {
  constructor(readonly ruleId: string, message: string, readonly line: number | null = null) {
    super(message);
  }
}

/** The raw byte stream of a file, gunzipped when its name ends in `.gz`. */
export function openByteStream(path: string, onRawBytes?: (n: number) => void): Readable {
  const raw = createReadStream(path);
  if (onRawBytes) raw.on('data', (chunk: Buffer | string) => onRawBytes(chunk.length));
  if (!path.toLowerCase().endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/**
 * Decodes one chunk of bytes as strict UTF-8. Text files with NUL bytes are
 * binary; invalid sequences are reported with the line they occur on.
 */
export function decodeUtf8(bytes: Buffer, firstLine: number): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError('binary-file', 'File looks binary (contains NUL bytes), not text', firstLine + countNewlines(bytes, nul));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('invalid-utf8', 'Invalid UTF-8', firstLine + countNewlines(bytes, findInvalidUtf8(bytes)));
  }
}

function countNewlines(bytes: Buffer, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

/** Byte offset of the first invalid UTF-8 sequence (decoding line by line is enough to place it). */
function findInvalidUtf8(bytes: Buffer): number {
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

/** Reads a whole (small) file: used for one-article `.txt` files and `.json` arrays. */
export async function readWholeFile(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of openByteStream(path)) chunks.push(chunk as Buffer);
  const text = decodeUtf8(Buffer.concat(chunks), 1);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { readWholeFile, type ByteSource } from './read-file-text.ts';
import type { InputLimits } from './input-limits.ts';
import { mapRecord } from './map-record.ts';

type Element = { text: string; line: number };

/** The elements of a JSON array, and the line where anything but white space follows its `]` (null when nothing does). */
export interface SplitArray {
  elements: Element[];
  trailingLine: number | null;
}

/**
 * Splits a top-level JSON array into its element texts with their line numbers,
 * so one malformed record is reported on its own line and the others still load.
 * Returns null when the text is not an array.
 */
export function splitJsonArray(text: string): SplitArray | null {
  let i = 0;
  let line = 1;
  const skipSpace = (): void => {
    while (i < text.length && /\s/u.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  skipSpace();
  if (text[i] !== '[') return null;
  i++;
  const elements: Element[] = [];
  for (;;) {
    skipSpace();
    if (i >= text.length) return { elements, trailingLine: null }; // unterminated: what was read still counts
    if (text[i] === ']') {
      i++;
      skipSpace();
      return { elements, trailingLine: i < text.length ? line : null };
    }
    const start = i;
    const startLine = line;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    elements.push({ text: text.slice(start, i), line: startLine });
    if (text[i] === ',') i++;
  }
}

/** A `.json` file holding an array of records (read whole: use JSON Lines for big dumps). */
export async function* readJson(source: ByteSource, display: string, limits: InputLimits): AsyncGenerator<IngestItem> {
  const text = await readWholeFile(source, limits);
  const split = splitJsonArray(text);
  if (!split) {
    yield makeIngestProblem('malformed-json', `${display}:1: expected a JSON array of records`, display, 1);
    return;
  }
  for (const [index, element] of split.elements.entries()) {
    let raw: unknown;
    try {
      raw = JSON.parse(element.text);
    } catch (error) {
      yield makeIngestProblem('malformed-json', `${display}:${element.line}: malformed JSON in record ${index + 1} (${(error as Error).message})`, display, element.line);
      continue;
    }
    yield mapRecord(raw, display, element.line, index, element.text);
  }
  if (split.trailingLine !== null) {
    yield makeIngestProblem('trailing-data', `${display}:${split.trailingLine}: text after the array's closing \`]\` (ignored)`, display, split.trailingLine);
  }
}

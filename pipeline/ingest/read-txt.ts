import { basename } from 'node:path';
import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { readWholeFile, type ByteSource } from './read-file-text.ts';
import type { InputLimits } from './input-limits.ts';

// The seed format's metadata line: ` date 2021-01` (leading space), before the text.
const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[ \t]+|[ \t]*\r?\n)/u;

/** One article per text file; a leading ` date YYYY-MM` header is metadata, not text. */
export async function* readTxt(source: ByteSource, display: string, limits: InputLimits): AsyncGenerator<IngestItem> {
  const raw = await readWholeFile(source, limits);
  const header = DATE_HEADER.exec(raw);
  const text = header ? raw.slice(header[0].length) : raw;
  if (text.trim() === '') {
    yield makeIngestProblem('empty-text', `${display}: file has no text`, display, 1);
    return;
  }
  const name = basename(display).replace(/\.gz$/iu, '');
  yield {
    kind: 'article',
    input: {
      ref: { file: display, line: null, source: name },
      text,
      url: null,
      title: null,
      published: header?.[1] ?? null,
      publishedFrom: header ? 'header' : null,
      declaredLanguage: null,
      outlet: null,
    },
  };
}

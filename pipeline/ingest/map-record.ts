import { zJsonRecord } from '../../schemas/article-input.ts';
import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { findNumberLiteral } from './find-number-literal.ts';

function describeType(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Maps one parsed JSON record to an article, or to a problem naming file and
 * line. `source` is the record's JSON text: an integer id past 2^53 keeps its digits from it.
 */
export function mapRecord(raw: unknown, file: string, line: number | null, index: number, source?: string): IngestItem {
  const where = line === null ? `record ${index + 1}` : `line ${line}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return makeIngestProblem('invalid-record', `${file}:${where}: expected a JSON object`, file, line);
  }
  if (!('text' in raw) || (raw as { text: unknown }).text === undefined || (raw as { text: unknown }).text === null) {
    return makeIngestProblem('missing-text', `${file}:${where}: record has no "text"`, file, line);
  }
  const text = (raw as { text: unknown }).text;
  if (typeof text !== 'string') {
    return makeIngestProblem('invalid-record', `${file}:${where}: "text" is ${describeType(text)}, expected a string`, file, line);
  }
  const id = (raw as { id?: unknown }).id;
  if (typeof id === 'number' && !Number.isSafeInteger(id) && source !== undefined) {
    const digits = findNumberLiteral(source, 'id');
    if (digits !== null) raw = { ...raw, id: digits };
  }
  const parsed = zJsonRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return makeIngestProblem('invalid-record', `${file}:${where}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`, file, line);
  }
  const record = parsed.data;
  if (record.text.trim() === '') {
    return makeIngestProblem('empty-text', `${file}:${where}: record "${record.id}" has empty text`, file, line);
  }
  return {
    kind: 'article',
    input: {
      ref: { file, line, source: record.id },
      text: record.text,
      url: record.url ?? null,
      title: record.title ?? null,
      published: record.published ?? null,
      publishedFrom: record.published ? 'record' : null,
      declaredLanguage: record.language ?? null,
      outlet: record.source ?? null,
    },
  };
}

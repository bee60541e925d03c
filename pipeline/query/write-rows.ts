import type { QueryResult, RowStream } from './run-sql.ts';
import { formatTable, showValue } from './format-table.ts';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl';

export interface OutputOptions {
  format: OutputFormat;
  /** Wrap table cells to this many columns; undefined prints them whole. */
  width?: number | undefined;
}

/** The result as text in the chosen format; only the table is ever wrapped or cut. */
export function formatRows(result: QueryResult, options: OutputOptions): string {
  const { columns, rows } = result;
  switch (options.format) {
    case 'csv':
      return [columns, ...rows.map((r) => columns.map((c) => showValue(r[c])))].map((line) => `${line.map(quoteCsv).join(',')}\r\n`).join('');
    case 'json':
      return `${JSON.stringify(rows.map((r) => toJsonRow(columns, r)), null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(toJsonRow(columns, r))}\n`).join('');
    case 'table':
      return formatTable(columns, rows, options.width);
  }
}

/** Rows of a table held before it is printed (`--limit`); CSV and JSON stream every row. */
export const DEFAULT_TABLE_LIMIT = 1000;

/** What `writeRows` printed: the rows, and whether a table left some out. */
export interface Written {
  shown: number;
  more: boolean;
}

/**
 * Writes rows as they come from SQLite: CSV, JSON and JSON Lines row by row (so
 * memory holds one row however many there are), a table once its first `limit`
 * rows are read (0: every row), since its widths need them all. `write`
 * returns false once the reader has gone (`| head`): reading stops there.
 */
export function writeRows(stream: RowStream, options: OutputOptions & { limit: number }, write: (text: string) => boolean): Written {
  const { columns } = stream;
  if (options.format === 'table') {
    const rows: Array<Record<string, unknown>> = [];
    let more = false;
    for (const row of stream.rows) {
      if (options.limit > 0 && rows.length === options.limit) {
        more = true;
        break;
      }
      rows.push(row);
    }
    write(formatTable(columns, rows, options.width));
    return { shown: rows.length, more };
  }
  let buffer = '';
  let open = true;
  const put = (text: string): void => {
    buffer += text;
    if (buffer.length >= 1 << 16) {
      open = write(buffer);
      buffer = '';
    }
  };
  let shown = 0;
  if (options.format === 'csv') put(`${columns.map(quoteCsv).join(',')}\r\n`);
  if (options.format === 'json') put('[');
  for (const row of stream.rows) {
    if (!open) break;
    if (options.format === 'csv') put(`${columns.map((c) => quoteCsv(showValue(row[c]))).join(',')}\r\n`);
    else if (options.format === 'jsonl') put(`${JSON.stringify(toJsonRow(columns, row))}\n`);
    // As JSON.stringify(rows, null, 2) prints the whole array.
    else put(`${shown ? ',' : ''}\n  ${JSON.stringify(toJsonRow(columns, row), null, 2).replaceAll('\n', '\n  ')}`);
    shown++;
  }
  if (options.format === 'json') put(shown ? '\n]\n' : ']\n');
  if (open && buffer) write(buffer);
  return { shown, more: false };
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function quoteCsv(field: string): string {
  return /[",\r\n]/u.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function toJsonRow(columns: readonly string[], row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const value = row[c];
    out[c] = value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value ?? null;
  }
  return out;
}

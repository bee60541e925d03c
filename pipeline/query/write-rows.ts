import type { QueryResult } from './run-sql.ts';
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

import type { Sqlite } from '../db/open-db.ts';
import { locateSqlError } from './locate-sql-error.ts';

/** A query's answer: column names in order, and one object per row. */
export interface QueryResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

/** A failure to tell the analyst about; the CLI prints it and exits 1. */
export class QueryError extends Error {}

/**
 * Runs one read-only statement. The statement is refused before it runs when
 * SQLite says it would write; the read-only connection is the second guard.
 */
export function runReadOnlySql(db: Sqlite, sql: string, params: Record<string, unknown> = {}): QueryResult {
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    throw new QueryError(describeSqlError(sql, (error as Error).message));
  }
  if (!statement.readonly) {
    throw new QueryError(`refusing to run a statement that writes: ${firstWord(sql)} — \`pnpm query\` only reads the database`);
  }
  if (!statement.reader) {
    throw new QueryError(`${firstWord(sql)} returns no rows; \`pnpm query\` runs SELECT (or WITH … SELECT, PRAGMA, EXPLAIN) statements`);
  }
  const columns = statement.columns().map((c) => c.name);
  try {
    const rows = (Object.keys(params).length ? statement.all(params) : statement.all()) as Array<Record<string, unknown>>;
    return { columns, rows };
  } catch (error) {
    throw new QueryError(describeSqlError(sql, (error as Error).message));
  }
}

function firstWord(sql: string): string {
  return /^\s*(\w+)/u.exec(sql)?.[1]?.toUpperCase() ?? 'this statement';
}

/** SQLite's message, plus where in the SQL it points when the message names a token. */
function describeSqlError(sql: string, message: string): string {
  const place = locateSqlError(sql, message);
  if (!place) return `SQL error: ${message}`;
  return `SQL error: ${message} (line ${place.line}, column ${place.column})\n  ${place.lineText}\n  ${' '.repeat(place.column - 1)}^`;
}

import type { Sqlite } from '../db/open-db.ts';
import { locateSqlError } from './locate-sql-error.ts';

/** A query's answer: column names in order, and one object per row. */
export interface QueryResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

/** A query's answer as it comes: rows are read from SQLite one at a time. */
export interface RowStream {
  columns: string[];
  rows: Iterable<Record<string, unknown>>;
}

/** Called between rows; throws a QueryError once the query's time is up. */
export type DeadlineCheck = () => void;

/** The time limit of one query, checked between rows (`pnpm query --timeout`). */
export function createQueryDeadline(seconds: number, now: () => number = () => performance.now()): DeadlineCheck {
  if (seconds <= 0) return () => {};
  const end = now() + seconds * 1000;
  return () => {
    if (now() > end) throw new QueryError(`stopped after ${seconds} s (--timeout ${seconds}; 0 for no limit); add a LIMIT or a WHERE, or raise the limit`);
  };
}

// Pragmas that only report, but which SQLite marks as possibly writing: the read-only connection refuses any change.
const REPORTING_PRAGMA = /^\s*PRAGMA\s+(?:\w+\.)?journal_mode\s*;?\s*$/iu;

/** A failure to tell the analyst about; the CLI prints it and exits 1. */
export class QueryError extends Error {}

/**
 * Prepares one read-only statement. The statement is refused before it runs
 * when SQLite says it would write; the read-only connection is the second guard.
 */
export function streamReadOnlySql(db: Sqlite, sql: string, params: Record<string, unknown> = {}, checkDeadline: DeadlineCheck = () => {}): RowStream {
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    throw new QueryError(describeSqlError(sql, (error as Error).message));
  }
  if (!statement.readonly && !REPORTING_PRAGMA.test(sql)) {
    throw new QueryError(`refusing to run a statement that writes: ${firstWord(sql)} — \`pnpm query\` only reads the database`);
  }
  if (!statement.reader) {
    throw new QueryError(`${firstWord(sql)} returns no rows; \`pnpm query\` runs SELECT (or WITH … SELECT, PRAGMA, EXPLAIN) statements`);
  }
  const columns = statement.columns().map((c) => c.name);
  const prepared = statement;
  function* rows(): Generator<Record<string, unknown>> {
    try {
      const iterator = (Object.keys(params).length ? prepared.iterate(params) : prepared.iterate()) as IterableIterator<Record<string, unknown>>;
      try {
        for (const row of iterator) {
          checkDeadline();
          yield row;
        }
      } finally {
        iterator.return?.();
      }
    } catch (error) {
      if (error instanceof QueryError) throw error;
      throw new QueryError(describeSqlError(sql, (error as Error).message));
    }
  }
  return { columns, rows: rows() };
}

/** Runs one read-only statement and holds every row (the reports, whose answers are small). */
export function runReadOnlySql(db: Sqlite, sql: string, params: Record<string, unknown> = {}): QueryResult {
  const { columns, rows } = streamReadOnlySql(db, sql, params);
  return { columns, rows: [...rows] };
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

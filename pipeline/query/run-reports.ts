import type { Sqlite } from '../db/open-db.ts';
import { countPatches } from './count-patches.ts';
import { CLAIM_ID_SQL, REPORT_SQL } from './reports.ts';
import { resolveEntityIds, type NameRole } from './resolve-names.ts';
import { QueryError, runReadOnlySql, type QueryResult } from './run-sql.ts';
import { suggestNames } from './suggest-names.ts';

export interface ClaimFilters {
  provider?: string;
  target?: string;
  action?: string;
  since?: string;
  until?: string;
  lang?: string;
}

/** A JSON array of the entity ids a name stands for, or NULL (no filter) when no name was given. */
function idsParam(db: Sqlite, name: string | undefined, role: NameRole): string | null {
  return name === undefined ? null : JSON.stringify(resolveEntityIds(db, name, role));
}

export function readClaims(db: Sqlite, f: ClaimFilters): QueryResult {
  return runReadOnlySql(db, REPORT_SQL.claims, {
    providers: idsParam(db, f.provider, 'provider'),
    targets: idsParam(db, f.target, 'target'),
    action: f.action ?? null,
    since: f.since ?? null,
    until: f.until ?? null,
    lang: f.lang ?? null,
  });
}

export function readTimeline(db: Sqlite, f: { provider?: string; target?: string }): QueryResult {
  if (f.target !== undefined) return runReadOnlySql(db, REPORT_SQL.targetHistory, { targets: idsParam(db, f.target, 'target') });
  return runReadOnlySql(db, REPORT_SQL.providerTimeline, { providers: idsParam(db, f.provider, 'provider') });
}

/** Each word becomes an FTS5 string, so `8chan` or `d'Amazon` cannot be read as query syntax; all must occur. */
export function toMatchQuery(words: string): string | null {
  const terms = words.split(/\s+/u).filter(Boolean).map((w) => `"${w.replaceAll('"', '""')}"`);
  return terms.length ? terms.join(' ') : null;
}

export function readQuotes(db: Sqlite, f: { speaker?: string; search?: string }): QueryResult {
  return runReadOnlySql(db, REPORT_SQL.quotes, {
    speakers: idsParam(db, f.speaker, 'speaker'),
    search: f.search === undefined ? null : toMatchQuery(f.search),
  });
}

/** Sources of one claim; a unique prefix of its id is enough. */
export function readSources(db: Sqlite, claimId: string): QueryResult {
  const ids = runReadOnlySql(db, CLAIM_ID_SQL, { id: claimId }).rows.map((r) => String(r['id']));
  if (ids.length > 1) throw new QueryError(`claim id "${claimId}" is ambiguous: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`);
  const [id] = ids;
  if (id === undefined) {
    const all = runReadOnlySql(db, 'SELECT id FROM claims', {}).rows.map((r) => ({ alias: String(r['id']), name: String(r['id']) }));
    const closest = suggestNames(claimId, all);
    throw new QueryError(`no claim with id "${claimId}"; ${closest.length ? `closest: ${closest.join(', ')}` : '`pnpm query claims` lists the ids'}`);
  }
  return runReadOnlySql(db, REPORT_SQL.sources, { claim: id });
}

/** Counts from the database, plus reviewer patches, which live in files until they get a table. */
export function readStats(db: Sqlite): QueryResult {
  const result = runReadOnlySql(db, REPORT_SQL.stats);
  const patches = countPatches();
  return { columns: result.columns, rows: [...result.rows, { what: 'patches', detail: patches.note, status: null, count: patches.count }] };
}

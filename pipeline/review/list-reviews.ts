import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { loadPatches } from './load-patches.ts';

export type ListStatus = 'applied' | 'stale' | 'rejected' | 'pending';

export interface PatchState {
  file: string;
  target: string | null;
  author: string | null;
  created: string | null;
  status: ListStatus;
  message: string | null;
}

/** Each patch file in apply order with the state of its latest application; `pending` when these bytes never ran. */
export function listReviews(db: Sqlite | undefined, dir: string): PatchState[] {
  return loadPatches(dir).map((file) => {
    const last = db
      ? (prepareCached(db, 'SELECT status, message FROM reviews WHERE file = ? AND sha256 = ? ORDER BY id DESC LIMIT 1').get(file.file, file.sha256) as { status: ListStatus; message: string | null } | undefined)
      : undefined;
    return {
      file: file.file, target: file.patch?.target ?? null, author: file.patch?.author ?? null, created: file.patch?.created ?? null,
      status: last?.status ?? 'pending', message: last?.message ?? file.error ?? null,
    };
  });
}

export interface HistoryRow {
  file: string; sha256: string; target: string | null; result_id: string | null; kind: string | null; author: string | null; reason: string | null;
  status: string; message: string | null; before: unknown; after: unknown; run_id: number | null; applied_at: string;
}

/** Every recorded application of a patch that targeted the record or produced it, oldest first. */
export function readHistory(db: Sqlite, id: string): HistoryRow[] {
  const rows = prepareCached(db, `SELECT file, sha256, target, result_id, kind, author, reason, status, message, before, after, run_id, applied_at
    FROM reviews WHERE target = ? OR result_id = ? ORDER BY id`).all(id, id) as Array<HistoryRow & { before: string | null; after: string | null }>;
  return rows.map((r) => ({ ...r, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null }));
}

import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Sqlite } from './open-db.ts';

export interface RunOwner {
  id: number;
  pid: number | null;
  host: string | null;
  started_at: string;
}

/** Raised at start when another pipeline run is writing to the database. */
export class DatabaseInUseError extends Error {
  constructor(readonly owner: RunOwner) {
    super(`the database is in use by run ${owner.id} (process ${owner.pid ?? '?'} on ${owner.host ?? '?'}, started ${owner.started_at})`);
  }
}

/**
 * True while the process that started a `running` run may still be writing:
 * on this host, when its process exists; on another host, always (it cannot be
 * asked). Runs from before the owner was recorded are taken for dead.
 */
export function isLive(owner: RunOwner): boolean {
  if (owner.pid === null) return false;
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return !isZombie(owner.pid);
  } catch (error) {
    // EPERM: the process exists under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True for a process that has exited but not been reaped (`Z` in /proc/PID/stat): a
 * pipeline killed with its group lingers so where PID 1 reaps no orphans (containers).
 * Elsewhere, without /proc, the signal test alone decides.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** The live run writing to the database, if any. */
export function findLiveRun(db: Sqlite): RunOwner | undefined {
  const running = db.prepare(`SELECT id, pid, host, started_at FROM runs WHERE status = 'running' ORDER BY id`).all() as RunOwner[];
  return running.find(isLive);
}

/**
 * Inside one immediate transaction (so two starting runs are serialised):
 * refuses when a live run holds the database, marks runs whose process is gone
 * `interrupted`, and records the new run with this process as its owner.
 */
export function claimDatabase(db: Sqlite, run: { startedAt: string; programVersion: string; inputs: readonly string[] }): number {
  return db.transaction(() => {
    const live = findLiveRun(db);
    if (live) throw new DatabaseInUseError(live);
    db.prepare(`UPDATE runs SET status = 'interrupted' WHERE status = 'running'`).run();
    const info = db
      .prepare('INSERT INTO runs (started_at, program_version, inputs, pid, host) VALUES (?, ?, ?, ?, ?)')
      .run(run.startedAt, run.programVersion, JSON.stringify(run.inputs), process.pid, hostname());
    return Number(info.lastInsertRowid);
  }).immediate();
}

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleStore } from '../pipeline/db/article-store.ts';
import { DatabaseInUseError } from '../pipeline/db/live-runs.ts';
import { openSqlite } from '../pipeline/db/open-db.ts';
import { runCli } from './helpers/run-cli.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { createPipelineConfig as config } from '../pipeline/pipeline-config.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { query } from './helpers/review-run.ts';

const tempDir = useTempDir();
const RUN = { startedAt: '2026-01-01T00:00:00Z', programVersion: 'test', inputs: [] };
const COUNTS = { read: 0, new: 0, duplicate: 0, skipped: 0, problems: 0 };

describe('one writer per database', () => {
  it('refuses a second run while the first is live, and marks only a dead run interrupted', () => {
    const db = join(tempDir(), 'c.sqlite');
    // A run whose process is gone: the pid of a child that has exited.
    const dead = spawnSync('true').pid;
    const setup = openSqlite(db);
    setup.prepare(`INSERT INTO runs (started_at, program_version, inputs, pid, host) VALUES ('2025-01-01', 'old', '[]', ?, ?)`).run(dead, (spawnSync('hostname').stdout?.toString() ?? '').trim());
    setup.close();
    const first = ArticleStore.open(db, RUN);
    expect(() => ArticleStore.open(db, RUN)).toThrow(DatabaseInUseError);
    expect(query(db, 'SELECT id, status FROM runs ORDER BY id')).toEqual([{ id: 1, status: 'interrupted' }, { id: 2, status: 'running' }]);
    first.finishRun('completed', RUN.startedAt, COUNTS, {});
    first.close();
    const second = ArticleStore.open(db, RUN);
    expect(query(db, 'SELECT status FROM runs ORDER BY id')).toEqual([{ status: 'interrupted' }, { status: 'completed' }, { status: 'running' }]);
    second.close();
  });

  it('exits 1 with a clear message on a database in use', () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const held = ArticleStore.open(db, RUN);
    try {
      const review = runCli('review', ['apply', '--db', db, '--patches', join(dir, 'none')], dir);
      expect(review.status).toBe(1);
      expect(review.stderr).toMatch(/^review: the database is in use by run 1 .*; the pipeline applies the patches when it finishes\n$/u);
      const refused = runCli('pipeline', ['empty.jsonl', '--db', db, '--quiet'], dir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^pipeline: .*the database is in use by run 1 \(process \d+ on .*\); one pipeline writes to a database at a time: let it finish, or pass --wait SECONDS\n$/u);
    } finally {
      held.close();
    }
    // Closed unfinished: over, so no longer in the way.
    expect(query(db, 'SELECT status FROM runs ORDER BY id')).toEqual([{ status: 'interrupted' }]);
  });

  it('waits for the database with a wait time, and refuses when the time is up', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const options = { paths: ['empty.jsonl'], dbPath: db, cwd: dir, ...config(), now: () => new Date(RUN.startedAt), workers: 0 };
    const held = ArticleStore.open(db, RUN);
    await expect(runPipeline({ ...options, waitForDbMs: 300 })).rejects.toThrow(DatabaseInUseError);
    let done = false;
    const waiting = runPipeline({ ...options, waitForDbMs: 60_000 }).finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(done).toBe(false);
    held.finishRun('completed', RUN.startedAt, COUNTS, {});
    held.close();
    expect((await waiting).status).toBe('completed');
    expect(query(db, 'SELECT status FROM runs ORDER BY id')).toEqual([{ status: 'completed' }, { status: 'completed' }]);
  });
});

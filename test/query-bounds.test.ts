import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../pipeline/db/open-db.ts';
import { createQueryDeadline, QueryError } from '../pipeline/query/run-sql.ts';
import { ROOT, runCli } from './helpers/run-cli.ts';

const db = join(mkdtempSync(join(tmpdir(), 'claims-bounds-')), 'q.sqlite');
const ENDLESS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c';

beforeAll(() => openSqlite(db).close());

describe('queries are bounded', () => {
  it('streams JSON Lines and stops a query that runs past --timeout with a message', () => {
    // Megabytes of rows: more than runCli's buffer holds.
    const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}pipeline/cli/query.ts`, ENDLESS, '--db', db, '--jsonl', '--timeout', '1'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('query: stopped after 1 s (--timeout 1; 0 for no limit); add a LIMIT or a WHERE, or raise the limit\n');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect(JSON.parse(lines[0]!)).toEqual({ x: 1 });
  });

  it('shows the first 1,000 rows of a table by default and says so; --limit 0 shows all', () => {
    const sql = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500) SELECT x FROM c';
    const cut = runCli('query', [sql, '--db', db]);
    expect(cut.status).toBe(0);
    expect(cut.stdout.trimEnd().split('\n')).toHaveLength(1002);
    expect(cut.stderr).toBe('query: the first 1000 rows are shown (--limit 1000; 0 for all, or --csv/--jsonl for every row)\n');
    const all = runCli('query', [sql, '--db', db, '--limit', '0']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(1502);
    expect(all.stderr).toBe('');
  });

  it('stops reading when the reader of its output goes away (`| head`)', async () => {
    const child = spawn(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}pipeline/cli/query.ts`, ENDLESS, '--db', db, '--csv', '--timeout', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });

  it('ends a step that returns no row past the limit from a watchdog thread', () => {
    const started = performance.now();
    const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}pipeline/cli/query.ts`, ENDLESS.replace('SELECT x FROM c', 'SELECT count(*) FROM c'), '--db', db, '--timeout', '1'], { encoding: 'utf8' });
    // tsx passes the killed child on as exit code 128 + 9.
    expect(run.signal ?? run.status).toBe(run.signal ? 'SIGKILL' : 137);
    expect(run.stderr).toBe('query: stopped after 1 s (--timeout 1; 0 for no limit): one step of the statement ran that long without returning a row\n');
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('runs a read-only PRAGMA journal_mode, and still refuses to set it', () => {
    const read = runCli('query', ['PRAGMA journal_mode', '--db', db, '--json']);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toEqual([{ journal_mode: 'wal' }]);
    const write = runCli('query', ['PRAGMA journal_mode = DELETE', '--db', db]);
    expect(write.status).toBe(1);
    expect(write.stderr).toMatch(/refusing to run a statement that writes: PRAGMA/u);
  });

  it('has no time limit at --timeout 0', () => {
    let now = 0;
    const none = createQueryDeadline(0, () => now);
    now = 1e12;
    expect(none).not.toThrow();
    const limited = createQueryDeadline(2, () => now);
    now += 2001;
    expect(limited).toThrow(QueryError);
  });
});

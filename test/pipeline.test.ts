import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, spawnCli, ROOT } from './helpers/run-cli.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { MIGRATIONS } from '../pipeline/db/migrations.ts';

const tempDir = useTempDir();
const SEEDS = join(ROOT, 'seeds');

function query<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function runJson(args: string[], cwd = ROOT) {
  const result = runCli('pipeline', [...args, '--json'], cwd);
  expect(result.stderr).toBe('');
  return { ...result, summary: JSON.parse(result.stdout) };
}

describe('pnpm pipeline', () => {
  it('stores the five seeds, four German and one French, with their sources', () => {
    const db = join(tempDir(), 'c.sqlite');
    const { status, summary } = runJson([SEEDS, '--db', db]);
    expect(status).toBe(0);
    expect(summary).toMatchObject({ read: 5, new: 5, duplicate: 0, perLanguage: { de: 4, fr: 1 }, problems: 0 });
    expect(query(db, 'SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY language')).toEqual([
      { language: 'de', n: 4 },
      { language: 'fr', n: 1 },
    ]);
    expect(query<{ source: string }>(db, 'SELECT source FROM article_sources ORDER BY source').map((r) => r.source)).toEqual(readdirSync(SEEDS).sort());
    expect(query(db, `SELECT published, published_from FROM articles WHERE published IS NOT NULL`)).toEqual([{ published: '2021-01-11', published_from: 'byline' }]);
    expect(query(db, 'PRAGMA user_version')).toEqual([{ user_version: Math.max(...MIGRATIONS.map((m) => m.version)) }]);
  });

  it('prints a readable summary on stderr by default', () => {
    const db = join(tempDir(), 'c.sqlite');
    const result = runCli('pipeline', [SEEDS, '--db', db]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/read 5 articles: 5 new/u);
    expect(result.stderr).toMatch(/languages: de 4, fr 1/u);
    expect(result.stderr).toMatch(/time per stage \(summed over \d+ workers\): ingest/u);
    expect(result.stderr).toMatch(/start-up: first article extracted \d+\.\d s after the process started/u);
    expect(runCli('pipeline', [SEEDS, '--db', db, '--quiet']).stderr).toBe('');
  });

  it('adds nothing on a second run over the same input', () => {
    const db = join(tempDir(), 'c.sqlite');
    runJson([SEEDS, '--db', db]);
    const { summary } = runJson([SEEDS, '--db', db]);
    expect(summary).toMatchObject({ read: 5, new: 0, duplicate: 5 });
    expect(query(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 5 }]);
    expect(query(db, 'SELECT count(*) AS n FROM article_sources')).toEqual([{ n: 5 }]);
  });

  it('stores an article found in two dumps once, with both sources, and adds only new ones', () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    mkdirSync(join(dir, 'dump1'));
    copyFileSync(join(SEEDS, '000_e345e510c77197fe.txt'), join(dir, 'dump1', 'a.txt'));
    runJson(['dump1', '--db', db], dir);
    const seedText = readFileSync(join(SEEDS, '000_e345e510c77197fe.txt'), 'utf8');
    const fresh = 'Der Registrar hat die Domain des Forums gesperrt, wie das Unternehmen am Dienstag in einer Mitteilung erklärte.';
    writeFileSync(join(dir, 'dump2.jsonl'), [JSON.stringify({ id: 'rec-1', text: seedText }), JSON.stringify({ id: 'rec-2', text: fresh })].join('\n'));
    const { summary } = runJson(['dump2.jsonl', '--db', db], dir);
    expect(summary).toMatchObject({ read: 2, new: 1, duplicate: 1 });
    expect(query(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 2 }]);
    const sources = query<{ source: string }>(db, `SELECT s.source FROM article_sources s JOIN article_sources t USING (article_id) WHERE t.source = 'rec-1' ORDER BY s.source`);
    expect(sources.map((s) => s.source)).toEqual(['a.txt', 'rec-1']);
  });

  it('stores an article repeated within one dump once with every source', () => {
    const dir = tempDir();
    const text = 'Le fournisseur a mis fin à sa relation avec le forum, a indiqué la société lundi dans un communiqué.';
    writeFileSync(join(dir, 'd.jsonl'), [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, text })).join('\n'));
    const { summary } = runJson(['d.jsonl', '--db', join(dir, 'c.sqlite')], dir);
    expect(summary).toMatchObject({ read: 3, new: 1, duplicate: 2 });
    expect(query(join(dir, 'c.sqlite'), 'SELECT count(*) AS n FROM article_sources')).toEqual([{ n: 3 }]);
  });

  it('skips other languages and too-short texts with the reason, and records problems in the database', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.jsonl'), [
      JSON.stringify({ id: 'en', text: 'The hosting company said on Monday that it had ended its contract with the forum.' }),
      JSON.stringify({ id: 'short', text: 'Ok.' }),
      '{"id": "broken"',
    ].join('\n'));
    const db = join(dir, 'c.sqlite');
    const { status, summary } = runJson(['d.jsonl', '--db', db], dir);
    expect(status).toBe(0);
    expect(summary.skipped).toEqual({ 'language-en': 1, 'too-short': 1 });
    expect(query(db, `SELECT status, error FROM articles ORDER BY error`)).toEqual([
      { status: 'skipped', error: 'language-en' },
      { status: 'skipped', error: 'too-short' },
    ]);
    expect(query(db, 'SELECT rule_id, file, line FROM messages')).toEqual([{ rule_id: 'ingest/malformed-json', file: 'd.jsonl', line: 3 }]);
  });

  it('exits 1 under --strict on a bad record, 2 on a usage error, 1 when the database cannot be opened', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.jsonl'), '{"id": "x", "text": "Ein gültiger Text über den Anbieter."}\nnot json\n');
    expect(runCli('pipeline', ['d.jsonl', '--db', join(dir, 'c.sqlite')], dir).status).toBe(0);
    const strict = runCli('pipeline', ['d.jsonl', '--db', join(dir, 's.sqlite'), '--strict'], dir);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/d\.jsonl:2/u);
    const usage = runCli('pipeline', ['--no-such-option'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/unknown option/u);
    writeFileSync(join(dir, 'not-a-db.sqlite'), 'this is not a database');
    const broken = runCli('pipeline', [SEEDS, '--db', join(dir, 'not-a-db.sqlite')], dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/not-a-db\.sqlite/u);
  });

  it('leaves a valid database when killed mid-run, and the next run finishes the work', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    const count = 3000;
    const lines = Array.from({ length: count }, (_, i) =>
      JSON.stringify({ id: `a${i}`, text: `Artikel Nummer ${i}: Der Anbieter hat die Zusammenarbeit mit dem Forum beendet, wie das Unternehmen mitteilte. ${'Weitere Einzelheiten folgen im Laufe des Tages. '.repeat(20)}` }),
    );
    writeFileSync(join(dir, 'big.jsonl'), lines.join('\n'));
    // Two workers: an interrupted parallel run must resume without duplicates.
    const child = spawnCli('pipeline', ['big.jsonl', '--db', db, '--batch-size', '20', '--workers', '2'], dir);
    // Kill once some batches are committed, well before the end.
    const deadline = Date.now() + 30_000;
    let stored = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        stored = query<{ n: number }>(db, 'SELECT count(*) AS n FROM articles')[0]!.n;
      } catch {
        stored = 0;
      }
      if (stored > 0) break;
    }
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(stored).toBeGreaterThan(0);
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const { summary } = runJson(['big.jsonl', '--db', db], dir);
    expect(summary.new + summary.duplicate).toBe(count);
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles')).toEqual([{ n: count, d: count }]);
    expect(query(db, 'SELECT count(*) AS n FROM article_sources')).toEqual([{ n: count }]);
    expect(query(db, `SELECT status FROM runs ORDER BY id`)).toEqual([{ status: 'interrupted' }, { status: 'completed' }]);
  });
});

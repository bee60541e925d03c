import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, ROOT } from './helpers/run-cli.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { dumpDb } from './helpers/dump-db.ts';
import { findExternal } from './helpers/external-data.ts';
import { createPipelineConfig } from './helpers/failing-config.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { readGnad } from '../pipeline/bench/read-gnad.ts';
import { readWikinews } from '../pipeline/bench/read-wikinews.ts';
import { writeBenchInput } from '../pipeline/bench/write-bench-input.ts';

const tempDir = useTempDir();
const SEEDS = join(ROOT, 'seeds');

/** Runs the CLI with `workers` threads into a fresh database; returns its dump and its export. */
function runWith(workers: number, input: string, dir: string): { dump: Record<string, unknown[]>; exported: string } {
  const db = join(dir, `w${workers}.sqlite`);
  const run = runCli('pipeline', [input, '--db', db, '--workers', String(workers), '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const exported = runCli('export', ['--db', db], dir);
  expect(exported.status).toBe(0);
  return { dump: dumpDb(db), exported: exported.stdout };
}

describe('extraction on a pool of worker threads', () => {
  it('stores the same database and export with 1 and 4 workers on the seeds', () => {
    const dir = tempDir();
    const one = runWith(1, SEEDS, dir);
    const four = runWith(4, SEEDS, dir);
    expect(one.dump.claims?.length).toBeGreaterThan(10);
    expect(four.dump).toEqual(one.dump);
    expect(four.exported).toBe(one.exported);
  });

  const gnad = findExternal('10kgnad-de-news');
  const wikinews = findExternal('winer-fr-wikinews');
  it.skipIf(!gnad || !wikinews)('stores the same database and export with 1 and 4 workers on a sample of each news corpus', async () => {
    const dir = tempDir();
    const input = join(dir, 'sample.jsonl');
    const articles = [...(await readGnad(gnad!, 40)), ...readWikinews(wikinews!, 40)];
    // Every tenth article again under another id, interleaved: its sources must merge however the workers finish.
    const copies = articles.filter((_, i) => i % 10 === 3).map((a) => ({ ...a, id: `${a.id}-copy` }));
    await writeBenchInput(input, articles.flatMap((a, i) => (i % 10 === 6 ? [a, copies[Math.floor(i / 10)]!] : [a])));
    const one = runWith(1, input, dir);
    const four = runWith(4, input, dir);
    expect(one.dump.articles).toHaveLength(80);
    expect(one.dump.article_sources).toHaveLength(88);
    expect(four.dump).toEqual(one.dump);
    expect(four.exported).toBe(one.exported);
  });

  it('records the error of an article whose extractor throws or whose worker dies, and goes on', async () => {
    const dir = tempDir();
    const sentence = 'Der Hoster Cloudflare hat am Montag den Dienst für die Website 8chan beendet, teilte das Unternehmen mit.';
    writeFileSync(
      join(dir, 'marked.jsonl'),
      [`${sentence} THROW-HERE`, `${sentence} EXIT-HERE`, sentence].map((text, i) => JSON.stringify({ id: `m${i}`, text, language: 'de' })).join('\n'),
    );
    const db = join(dir, 'c.sqlite');
    const result = await runPipeline({
      paths: [SEEDS, join(dir, 'marked.jsonl')],
      dbPath: db,
      cwd: dir,
      ...createPipelineConfig(),
      now: () => new Date('2026-11-21T12:00:00Z'),
      workers: 2,
      configModule: new URL('./helpers/failing-config.ts', import.meta.url).href,
    });
    expect(result.status).toBe('completed');
    expect(result.summary).toMatchObject({ read: 8, new: 8, errors: 2 });
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare(`SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status`).all()).toEqual([
        { status: 'error', n: 2 },
        { status: 'extracted', n: 6 },
      ]);
      const messages = sqlite.prepare(`SELECT rule_id, file, line, reason FROM messages WHERE fatal = 1 ORDER BY line`).all() as Array<{ rule_id: string; file: string; line: number; reason: string }>;
      expect(messages.map((m) => [m.rule_id, m.file, m.line])).toEqual([
        ['extract/saboteur-failed', 'marked.jsonl', 1],
        ['pipeline/article-failed', 'marked.jsonl', 2],
      ]);
      expect(messages[1]?.reason).toMatch(/worker died/u);
      // The unmarked copy was extracted after the dead worker was replaced.
      expect(sqlite.prepare(`SELECT count(*) FROM claim_sources cs JOIN articles a ON a.id = cs.article_id JOIN article_sources s ON s.article_id = a.id WHERE s.line = 3`).pluck().get()).toBeGreaterThan(0);
    } finally {
      sqlite.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from './helpers/temp-dir.ts';
import { createPipelineConfig } from './helpers/failing-config.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { createDeadline } from '../pipeline/workers/article-budget.ts';

const tempDir = useTempDir();
const SENTENCE = 'Der Hoster Cloudflare hat am Montag den Dienst für die Website 8chan beendet, teilte das Unternehmen mit.';

/** Runs the marked articles through the pipeline with a time budget; returns each line's status and fatal rule. */
async function runMarked(markers: readonly string[], workers: number, articleTimeoutMs: number): Promise<Array<{ line: number; status: string; rule_id: string | null }>> {
  const dir = tempDir();
  const input = join(dir, 'marked.jsonl');
  writeFileSync(input, markers.map((marker, i) => JSON.stringify({ id: `m${i}`, text: `${SENTENCE} ${marker}`, language: 'de' })).join('\n'));
  const db = join(dir, 'c.sqlite');
  const result = await runPipeline({
    paths: [input],
    dbPath: db,
    cwd: dir,
    ...createPipelineConfig(),
    now: () => new Date('2026-11-21T12:00:00Z'),
    workers,
    articleTimeoutMs,
    configModule: new URL('./helpers/failing-config.ts', import.meta.url).href,
  });
  expect(result.status).toBe('completed');
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(`SELECT s.line, a.status, m.rule_id FROM articles a JOIN article_sources s ON s.article_id = a.id
      LEFT JOIN messages m ON m.article_id = a.id AND m.fatal = 1 ORDER BY s.line`).all() as Array<{ line: number; status: string; rule_id: string | null }>;
  } finally {
    sqlite.close();
  }
}

describe('the time budget per article', () => {
  it('fails an article that never ends on a worker, replaces the worker and goes on', async () => {
    const rows = await runMarked(['eins', 'LOOP-HERE', 'zwei'], 1, 1500);
    expect(rows).toEqual([
      { line: 1, status: 'extracted', rule_id: null },
      { line: 2, status: 'error', rule_id: 'pipeline/article-timeout' },
      { line: 3, status: 'extracted', rule_id: null },
    ]);
  });

  it('fails a slow article on the main thread (--workers 0) at the next step', async () => {
    const rows = await runMarked(['SLOW-HERE', 'eins'], 0, 300);
    expect(rows).toEqual([
      { line: 1, status: 'error', rule_id: 'pipeline/article-timeout' },
      { line: 2, status: 'extracted', rule_id: null },
    ]);
  });

  it('has no deadline with a budget of 0', () => {
    let now = 0;
    const check = createDeadline(0, () => now);
    now = 1e12;
    expect(check).not.toThrow();
    const limited = createDeadline(10, () => now);
    now += 11;
    expect(limited).toThrow(/10 ms/u);
  });
});

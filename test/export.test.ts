import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zExport, zExportArticle, zExportClaim } from '../schemas/export.ts';
import Database from 'better-sqlite3';
import { runCli, ROOT } from './helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'claims-export-'));
const db = join(dir, 'c.sqlite');

beforeAll(() => {
  expect(runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--quiet']).status).toBe(0);
});

describe('pnpm export', () => {
  it('writes one JSON document that the export schema accepts, with every offset slice-exact', () => {
    const result = runCli('export', ['--db', db]);
    expect(result.status).toBe(0);
    const exported = zExport.parse(JSON.parse(result.stdout));
    expect(exported.articles.map((a) => a.source)).toHaveLength(5);
    const texts = new Map(exported.articles.map((a) => [a.source, textOf(a.id)]));
    for (const article of exported.articles) {
      const text = texts.get(article.source)!;
      const spans = [
        ...article.entities.flatMap((e) => e.mentions),
        ...article.dates,
        ...article.quotes,
        ...article.actions.map((a) => a.evidence),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const claim of exported.claims) {
      for (const source of claim.sources) expect(texts.get(source.article)!.slice(source.start, source.end)).toBe(source.text);
    }
  });

  it('names articles by file name so they line up with gold', () => {
    const exported = zExport.parse(JSON.parse(runCli('export', ['--db', db]).stdout));
    const gold = JSON.parse(readFileSync(`${ROOT}test/gold/seeds.gold.json`, 'utf8')) as Array<{ article: string }>;
    expect(exported.articles.map((a) => a.source).sort()).toEqual(gold.map((g) => g.article).sort());
    expect(exported.articles.find((a) => a.source === '003_ad9d463d49d881be.txt')?.published).toBe('2021-01-11');
  });

  it('limits to one article and its claims with --article, and writes JSON Lines with --format jsonl to --out', () => {
    const out = join(dir, 'one.jsonl');
    expect(runCli('export', ['--db', db, '--article', '003_ad9d463d49d881be.txt', '--format', 'jsonl', '--out', out]).status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    const articles = lines.filter((l) => l.kind === 'article');
    expect(articles).toHaveLength(1);
    zExportArticle.parse(articles[0]);
    const claims = lines.filter((l) => l.kind === 'claim').map((l) => zExportClaim.parse(l));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.sources.some((s) => s.article === '003_ad9d463d49d881be.txt')).toBe(true);
  });

  it('says which command creates a missing database, and names an unknown article', () => {
    const missing = runCli('export', ['--db', join(dir, 'none.sqlite')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/pnpm pipeline/u);
    const unknown = runCli('export', ['--db', db, '--article', 'nope.txt']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/nope\.txt/u);
  });
});

/** The stored text is not part of the export; read it through SQLite. */
function textOf(id: string): string {
  const handle = new Database(db, { readonly: true });
  try {
    return (handle.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text;
  } finally {
    handle.close();
  }
}

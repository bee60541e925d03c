import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Export } from '../schemas/export.ts';
import { openSqlite } from '../pipeline/db/open-db.ts';
import { readExportArticles, readExportClaims } from '../pipeline/export/read-export.ts';
import { runCli, ROOT } from './helpers/run-cli.ts';
import { expectGolden } from './helpers/golden.ts';
import { useTempDir } from './helpers/temp-dir.ts';

// Golden files are rewritten only on purpose: `UPDATE_GOLDEN=1 pnpm vitest run test/seeds-golden.test.ts`,
// and the diff reviewed in a commit of its own.
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const SEEDS = readdirSync(`${ROOT}seeds`).sort();

function runSeeds(): { exported: Export; texts: Map<string, string>; regions: Map<string, Array<{ start: number; end: number }>> } {
  const db = join(mkdtempSync(join(tmpdir(), 'claims-golden-')), 'c.sqlite');
  expect(runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--quiet']).status).toBe(0);
  const handle = openSqlite(db, { readonly: true });
  try {
    const exported = { articles: [...readExportArticles(handle)], claims: readExportClaims(handle) };
    const texts = new Map<string, string>();
    const regions = new Map<string, Array<{ start: number; end: number }>>();
    for (const a of exported.articles) {
      texts.set(a.id, (handle.prepare('SELECT text FROM articles WHERE id = ?').get(a.id) as { text: string }).text);
      regions.set(a.id, handle.prepare('SELECT start, "end" FROM regions WHERE article_id = ?').all(a.id) as Array<{ start: number; end: number }>);
    }
    return { exported, texts, regions };
  } finally {
    handle.close();
  }
}

let first: ReturnType<typeof runSeeds>;
beforeAll(() => {
  first = runSeeds();
});

describe('seed articles', () => {
  it.each(SEEDS)('%s matches its golden file', (seed) => {
    const article = first.exported.articles.find((a) => a.source === seed)!;
    const claims = first.exported.claims.filter((c) => c.sources.some((s) => s.article === seed));
    const file = `${ROOT}test/golden/${seed.replace(/\.txt$/u, '')}.json`;
    expectGolden(file, { article, claims }, UPDATE);
  });

  it('places no fact inside boilerplate and every offset on its slice of the text', () => {
    for (const article of first.exported.articles) {
      const text = first.texts.get(article.id)!;
      const regions = first.regions.get(article.id)!;
      const spans = [...article.entities.flatMap((e) => e.mentions), ...article.dates, ...article.quotes, ...article.actions.map((a) => a.evidence)];
      for (const span of spans) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
        const inside = regions.find((r) => span.start < r.end && span.end > r.start);
        expect(inside, `${article.source}: «${span.text}» overlaps boilerplate`).toBeUndefined();
      }
    }
  });

  it('gives identical ids and facts on a second run into a fresh database', () => {
    expect(runSeeds().exported).toEqual(first.exported);
  });
});

describe('golden files', () => {
  const tempDir = useTempDir();

  it('fails on a missing golden file unless asked to write it', () => {
    const file = join(tempDir(), 'new-seed.json');
    expect(() => expectGolden(file, { a: 1 }, false)).toThrow(/new-seed\.json is missing: write it on purpose with UPDATE_GOLDEN=1/u);
    expectGolden(file, { a: 1 }, true);
    expectGolden(file, { a: 1 }, false);
    expect(() => expectGolden(file, { a: 2 }, false)).toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGnadLine, readGnad } from '../pipeline/bench/read-gnad.ts';
import { readWikinews } from '../pipeline/bench/read-wikinews.ts';
import { repeatArticles, writeBenchInput } from '../pipeline/bench/write-bench-input.ts';
import { countWords, measureCeiling } from '../pipeline/bench/measure-ceiling.ts';
import { zBenchResult } from '../pipeline/bench/bench-result.ts';
import { formatBench, formatHostileTable } from '../pipeline/bench/format-bench.ts';
import { makeHostileTexts } from '../pipeline/bench/hostile-texts.ts';
import { runHostile } from '../pipeline/bench/run-hostile.ts';
import { ROOT, runCli } from './helpers/run-cli.ts';
import type { BenchArticle } from '../pipeline/bench/corpus-types.ts';
import { findExternal } from './helpers/external-data.ts';
import { useTempDir } from './helpers/temp-dir.ts';

describe('parseGnadLine', () => {
  it.each([
    ['Sport;Ein Tor in Wien.', 'Sport', 'Ein Tor in Wien.'],
    ["Web;'Er sagte: ''Nein''; dann ging er.'", 'Web', "Er sagte: 'Nein'; dann ging er."],
    ["Kultur;'Ein ; im Text'", 'Kultur', 'Ein ; im Text'],
  ])('%s', (line, label, text) => {
    expect(parseGnadLine(line)).toEqual({ label, text });
  });

  it('rejects a line without a label', () => {
    expect(parseGnadLine('no separator')).toBeNull();
  });
});

const GNAD = findExternal('10kgnad-de-news');
const WIKINEWS = findExternal('winer-fr-wikinews');

describe('corpus readers', () => {
  it.skipIf(!GNAD)('reads the first German articles of 10kGNAD test.csv', async () => {
    const articles = await readGnad(GNAD!, 3);
    expect(articles).toHaveLength(3);
    expect(articles[0]?.text.startsWith('Die Gewerkschaft GPA-djp lanciert')).toBe(true);
    for (const a of articles) {
      expect(a.language).toBe('de');
      expect(a.text).not.toMatch(/^'|^(Web|Sport|Wirtschaft|Panorama|International|Inland|Etat|Wissenschaft|Kultur);/u);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(3);
  });

  it.skipIf(!WIKINEWS)('reads the first French WikiNews articles in file order', () => {
    const articles = readWikinews(WIKINEWS!, 2);
    expect(articles.map((a) => a.id)).toEqual(['winer-2016-01-2016_01_01-001', 'winer-2016-01-2016_01_01-002']);
    expect(articles[0]?.text.startsWith('France : attaque à Valence')).toBe(true);
    expect(articles.every((a) => a.language === 'fr')).toBe(true);
  });
});

describe('repeatArticles', () => {
  const articles: BenchArticle[] = [
    { id: 'a', text: 'Die Bahn baut.', language: 'de' },
    { id: 'b', text: 'La SNCF construit. ', language: 'fr' },
  ];

  it('makes N distinct copies of each article with a marker in its language', () => {
    const copies = repeatArticles(articles, 3);
    expect(copies).toHaveLength(6);
    expect(new Set(copies.map((c) => c.text)).size).toBe(6);
    expect(new Set(copies.map((c) => c.id)).size).toBe(6);
    expect(copies.map((c) => c.text)).toContain('Die Bahn baut. (Kopie 3.)');
    expect(copies.map((c) => c.text)).toContain('La SNCF construit. (copie 2.)');
    expect(copies.slice(0, 2)).toEqual(articles);
  });

  it('leaves the articles alone for one copy', () => {
    expect(repeatArticles(articles, 1)).toEqual(articles);
  });
});

describe('writeBenchInput', () => {
  const tempDir = useTempDir();

  it('writes one {id, text, language} record per line and counts text bytes', async () => {
    const path = join(tempDir(), 'in.jsonl');
    const bytes = await writeBenchInput(path, [{ id: 'x', text: 'Größe\nzwei', language: 'de' }]);
    expect(bytes).toBe(Buffer.byteLength('Größe\nzwei'));
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([{ id: 'x', text: 'Größe\nzwei', language: 'de' }]);
  });
});

describe('ceiling', () => {
  it.each([
    ["L'été 2024 à Zürich – 3,5 Mio. €", 8],
    ['', 0],
    ['„Wir bauen“, sagte sie.', 4],
  ])('counts words in %j', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('measures all texts and reports a throughput', () => {
    const ceiling = measureCeiling(['ein zwei', 'drei'], 2);
    expect(ceiling.words).toBe(3);
    expect(ceiling.mbPerSecond).toBeGreaterThan(0);
  });
});

describe('hostile texts', () => {
  it('makes each text of the asked size, real articles first', () => {
    const texts = makeHostileTexts(5000, join(ROOT, 'seeds'));
    expect(texts[0]?.name).toMatch(/^real/u);
    expect(texts.length).toBeGreaterThanOrEqual(8);
    expect(texts.every((t) => t.text.length === 5000)).toBe(true);
  });

  it('times each text on a worker and reports one that runs out of its budget as timed out', async () => {
    const texts = makeHostileTexts(2000, join(ROOT, 'seeds')).slice(0, 3);
    const results = await runHostile(texts, 30_000);
    expect(results.map((r) => [r.name, r.finished])).toEqual(texts.map((t) => [t.name, true]));
    expect(Object.keys(results[0]!.extractorMs).sort()).toEqual(['actions', 'dates', 'entities', 'quotes']);
    expect(results[0]?.ratio).toBe(1);
    const table = formatHostileTable([...results, { name: 'slow', chars: 2000, ms: 31_000, finished: false, extractorMs: {}, ratio: 0 }], 30_000);
    expect(table).toContain('| slow | 2000 | > 30 |');
    expect(table).toContain('timed out');
  }, 60_000);
});

describe('pnpm bench', () => {
  it('rejects an unknown language as a usage error', () => {
    expect(runCli('bench', ['--lang', 'en']).status).toBe(2);
  });

  it.skipIf(!GNAD)('runs the whole pipeline on 5 German articles and prints the JSON shape', () => {
    const run = runCli('bench', ['--limit', '5', '--lang', 'de', '--json', '--workers', '2', '--no-hostile']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { limit: number; results: unknown[] };
    expect(out.limit).toBe(5);
    expect(out.results).toHaveLength(1);
    const result = zBenchResult.parse(out.results[0]);
    expect(result).toMatchObject({ corpus: 'de 10kGNAD', workers: 2, articles: 5, counts: { read: 5, new: 5 }, rerun: { duplicate: 5, new: 0 } });
    expect(Object.keys(result.extractorMs).sort()).toEqual(['actions', 'dates', 'entities', 'quotes']);
    expect(result.stageMs).toHaveProperty('extract');
    expect(result.dbBytes).toBeGreaterThan(0);
    expect(result.startupMs).not.toBeNull();
    expect(result.compromise.tagged).toBeGreaterThan(0);
    expect(result.mainThreadOnly.mbPerSecond).toBeGreaterThan(0);
    expect(formatBench([result])).toContain('| de 10kGNAD | 2 | 5 |');
  }, 120_000);
});

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AnyExtractor } from '../extractors/types.ts';
import { DATA_DIR, useDataDir } from '../extractors/text/load-data.ts';
import { createExtractors, DATA_FOLDERS } from '../pipeline/extractors.ts';
import { describeExtractorVersion, findReextractReasons, formatVersion, hashDataFolders } from '../pipeline/extractor-version.ts';
import { ROOT, runCli } from './helpers/run-cli.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const tempDir = useTempDir();

/** A copy of the project's data folder to break or edit. */
function copyData(): string {
  const dir = join(tempDir(), 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  return `${dir}/`;
}

function editJson(file: string, edit: (data: { description: string; rows: Array<Record<string, unknown>> }) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { description: string; rows: Array<Record<string, unknown>> };
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}

describe('extractor versions', () => {
  it('are the code version plus a hash of the data per language', () => {
    const versions = Object.fromEntries(createExtractors().map((e) => [e.id, e.version]));
    expect(Object.keys(versions)).toEqual(['entities', 'dates', 'quotes', 'actions']);
    expect(versions['entities']).toMatch(/^1\.1\.0\+de\.[0-9a-f]{12}\+fr\.[0-9a-f]{12}$/u);
    for (const version of Object.values(versions)) expect(version).toMatch(/^[\w.]+\+de\.[0-9a-f]{12}\+fr\.[0-9a-f]{12}$/u);
  });

  it("change the German hash alone for a German file, both for a language-neutral one, and nothing else's", () => {
    const dir = copyData();
    const before = { actions: hashDataFolders(dir, DATA_FOLDERS['actions']!, ['de', 'fr']), quotes: hashDataFolders(dir, DATA_FOLDERS['quotes']!, ['de', 'fr']) };
    editJson(`${dir}actions/cues.de.json`, (data) => data.rows.pop());
    const german = hashDataFolders(dir, DATA_FOLDERS['actions']!, ['de', 'fr']);
    expect(german['de']).not.toBe(before.actions['de']);
    expect(german['fr']).toBe(before.actions['fr']);
    editJson(`${dir}gazetteer/providers.json`, (data) => void (data.description += ' '));
    const neutral = hashDataFolders(dir, DATA_FOLDERS['actions']!, ['de', 'fr']);
    expect(neutral['de']).not.toBe(german['de']);
    expect(neutral['fr']).not.toBe(german['fr']);
    expect(hashDataFolders(dir, DATA_FOLDERS['quotes']!, ['de', 'fr'])).toEqual(before.quotes);
  });
});

describe('findReextractReasons', () => {
  const extractor = (id: string, version: string, languages = ['de', 'fr']) => ({ id, version, languages }) as unknown as AnyExtractor;
  const now = [extractor('entities', '1.0.0+de.aaa+fr.bbb'), extractor('actions', '1+de.ccc+fr.ddd')];
  const stored = (extractorVersion: string, language: string | null = 'de', status = 'extracted') => ({ extractorVersion, language, status });
  const current = describeExtractorVersion('0.1.0', now);

  it.each([
    ['the same versions', stored(current), []],
    ['a German article after a German lexicon change', stored('program@0.1.0 entities@1.0.0+de.aaa+fr.bbb actions@1+de.old+fr.ddd'), ['actions: de data changed']],
    ['a French article after a German lexicon change', stored('program@0.1.0 entities@1.0.0+de.aaa+fr.bbb actions@1+de.old+fr.ddd', 'fr'), []],
    ['a skipped article after a lexicon change', stored('program@0.1.0 entities@1.0.0+de.old+fr.old actions@1+de.old+fr.old', 'en', 'skipped'), []],
    ['a failed article after a lexicon change', stored('program@0.1.0 entities@1.0.0+de.aaa+fr.bbb actions@1+de.old+fr.ddd', 'de', 'error'), ['actions: de data changed']],
    ['a new code version', stored('program@0.1.0 entities@0.9.0+de.aaa+fr.bbb actions@1+de.ccc+fr.ddd'), ['entities: code 0.9.0 → 1.0.0']],
    ['a version from before data hashes', stored('program@0.1.0 entities@1.0.0 actions@1'), ['entities: de data changed', 'actions: de data changed']],
    ['an extractor added and one removed', stored('program@0.1.0 entities@1.0.0+de.aaa+fr.bbb quotes@1+de.x+fr.y'), ['actions: new extractor', 'quotes: removed']],
    ['a new program version, even for a skipped article', stored('program@0.0.9 entities@1.0.0+de.aaa+fr.bbb actions@1+de.ccc+fr.ddd', 'en', 'skipped'), ['program 0.0.9 → 0.1.0']],
  ])('%s', (_, article, reasons) => {
    expect(findReextractReasons(article, '0.1.0', now)).toEqual(reasons);
  });

  it('formats a version without spaces, so the run version splits on them', () => {
    expect(formatVersion('1', { de: 'ab', fr: 'cd' })).toBe('1+de.ab+fr.cd');
  });
});

interface Trace {
  created: string[];
  configured: string[];
  afterRun: string[];
  messages: string[];
}

/** What creating one extractor loads, in a fresh process where nothing else has loaded anything yet. */
function traceDataFiles(id: string): Trace {
  const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}test/helpers/trace-data-files.ts`, id], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Trace;
}

describe('data loaded when the extractors are created', () => {
  it.each(Object.keys(DATA_FOLDERS))('%s loads all its data when created, from its listed folders only', (id) => {
    const trace = traceDataFiles(id);
    const folders = new Set(trace.created.map((file) => file.split('/')[0]));
    expect([...folders].sort()).toEqual([...DATA_FOLDERS[id]!].sort());
    // Both languages' files are loaded, not only those the first article needs.
    for (const lang of ['de', 'fr']) expect(trace.created.some((file) => file.endsWith(`.${lang}.json`)), lang).toBe(true);
    // The whole configuration is loaded before the first article: a run over the seeds reads no further file.
    expect(trace.afterRun).toEqual(trace.configured);
    expect(trace.messages).toEqual([]);
  });

  it('takes its data folder before anything is loaded, never after', () => {
    createExtractors();
    expect(() => useDataDir(tempDir())).toThrow(/has already loaded data from/u);
    expect(() => useDataDir(DATA_DIR)).not.toThrow();
  });
});

describe('pnpm pipeline --data-dir', () => {
  it('stops before the first article, exit 1, naming the file and the zod path of a broken data file', () => {
    const dir = copyData();
    editJson(`${dir}actions/cues.de.json`, (data) => void (data.rows[3]!['action'] = 'delete_everything'));
    const db = join(tempDir(), 'c.sqlite');
    const run = runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--data-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^pipeline: Invalid data file ${dir}actions/cues\\.de\\.json at rows\\.3\\.action: `, 'u'));
    expect(existsSync(db)).toBe(false);
    writeFileSync(`${dir}actions/cues.de.json`, '{ "rows": [');
    const syntax = runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--data-dir', dir]);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toContain(`pipeline: Cannot load data file ${dir}actions/cues.de.json: `);
  });

  it('extracts again the stored articles whose language a changed lexicon serves, and says why', () => {
    const dir = copyData();
    const db = join(tempDir(), 'c.sqlite');
    const pipeline = (): { reextracted: number; duplicate: number; reextractReasons: Record<string, number> } => {
      const run = runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--data-dir', dir, '--json']);
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { reextracted: number; duplicate: number; reextractReasons: Record<string, number> };
    };
    const cueRules = (): string[] => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return sqlite.prepare(`SELECT DISTINCT rule FROM claim_sources WHERE rule LIKE 'actions/de/terminate-kuendigen%'`).pluck().all() as string[];
      } finally {
        sqlite.close();
      }
    };
    pipeline();
    expect(cueRules().length).toBeGreaterThan(0);
    // An operator drops a German cue row: the four German seeds come back without its claims, the French one is left alone.
    editJson(`${dir}actions/cues.de.json`, (data) => void (data.rows = data.rows.filter((row) => row['id'] !== 'terminate-kuendigen')));
    expect(pipeline()).toMatchObject({ reextracted: 4, duplicate: 1, reextractReasons: { 'actions: de data changed': 4 } });
    expect(cueRules()).toEqual([]);
    expect(pipeline()).toMatchObject({ reextracted: 0, duplicate: 5, reextractReasons: {} });
    const text = runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--data-dir', dir, '--reextract']);
    expect(text.stderr).toMatch(/read 5 articles: 0 new, 5 re-extracted, 0 duplicate\/already stored\n {2}re-extracted because: --reextract 5\n/u);
  });
});

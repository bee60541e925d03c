import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from './helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'claims-query-'));
const db = join(dir, 'q.sqlite');

type Row = Record<string, string | number | null>;

/** Runs `pnpm query … --json` on the seeds database and parses the rows. */
function queryJson(args: readonly string[]): Row[] {
  const result = runCli('query', [...args, '--db', db, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Row[];
}

beforeAll(() => {
  expect(runCli('pipeline', [`${ROOT}seeds`, '--db', db, '--quiet']).status).toBe(0);
});

describe('pnpm query reports on the seeds database', () => {
  it('claims --provider matches names case-insensitively and lists Cloudflare ending service to 8chan', () => {
    const rows = queryJson(['claims', '--provider', 'CLOUDFLARE']);
    const exact = queryJson(["SELECT id FROM claims_view WHERE provider = 'Cloudflare'"]);
    expect(rows.map((r) => r['id']).sort()).toEqual(exact.map((r) => r['id']).sort());
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r['provider']))).toEqual(new Set(['Cloudflare']));
    expect(rows).toContainEqual(expect.objectContaining({ action: 'terminate_service', target: '8chan', articles: 3, sources: 5 }));
    expect(rows[0]).toMatchObject({ target: 'The Daily Stormer', date: '2017' });
  });

  it('claims --provider AWS finds Amazon Web Services through its gazetteer alias', () => {
    const rows = queryJson(['claims', '--provider', 'AWS']);
    expect(rows).toEqual([expect.objectContaining({ provider: 'Amazon Web Services', action: 'terminate_service', target: 'Parler', date: '2021-01-11' })]);
  });

  it('claims --lang fr keeps claims with a French source only', () => {
    const rows = queryJson(['claims', '--lang', 'fr']);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(String(row['languages']).split(',')).toContain('fr');
    expect(rows.map((r) => r['provider'])).toContain('Voxility');
    expect(rows.map((r) => r['provider'])).not.toContain('Twilio');
  });

  it('claims filters by target, action and dates (partial dates count as their whole period)', () => {
    expect(queryJson(['claims', '--target', 'parler', '--action', 'remove_listing']).map((r) => r['provider'])).toEqual(['Apple', 'Google']);
    expect(queryJson(['claims', '--since', '2021', '--until', '2021-01-31']).map((r) => r['date'])).toEqual(['2021-01-11', '2021-01', '2021-01']);
    expect(queryJson(['claims', '--until', '2017-08-16']).map((r) => r['id'])).toEqual(['claim_56caff346f1dea85', 'claim_69becb9fbe82ac12']);
  });

  it('timeline lists one provider in date order, or one target with every provider', () => {
    const cloudflare = queryJson(['timeline', '--provider', 'cloudflare']);
    expect(cloudflare[0]).toMatchObject({ provider: 'Cloudflare', date: '2017', target: 'The Daily Stormer' });
    const parler = queryJson(['timeline', '--target', 'Parler']);
    expect(parler.slice(0, 3).map((r) => r['provider'])).toEqual(['Apple', 'Google', 'Amazon Web Services']);
    expect(parler.slice(3).every((r) => r['date'] === null && r['target'] === 'Parler')).toBe(true);
  });

  it('quotes by speaker and by full-text search, where query syntax in the words is harmless', () => {
    const prince = queryJson(['quotes', '--speaker', 'matthew prince']);
    expect(prince.length).toBeGreaterThan(3);
    for (const row of prince) expect(row['speaker']).toBe('Matthew Prince');
    const hass = queryJson(['quotes', '--search', 'Hass online']);
    expect(hass.map((r) => r['id'])).toEqual(['quote_a53a160d9a92d711']);
    expect(queryJson(['quotes', '--search', 'AND "('])).toEqual([]);
  });

  it('sources lists each sentence of a claim with its article name and position; a prefix is enough', () => {
    const rows = queryJson(['sources', 'claim_c727854e']);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r['source']))).toEqual(new Set(['000_e345e510c77197fe.txt', '001_6cec372cf2ec8b87.txt', '004_c7c0fdee7e534112.txt']));
    expect(rows[0]).toMatchObject({ start: 23, end: 124, language: 'de' });
    expect(String(rows[0]?.['text'])).toMatch(/^Cloudflare zieht Konsequenzen/u);
  });

  it('stats counts articles by language and status, entities, claims, quotes and patches', () => {
    const rows = queryJson(['stats']);
    const [truth] = queryJson(["SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM entities) AS entities"]);
    const count = (what: string, detail: string | null) => rows.find((r) => r['what'] === what && (detail === null || r['detail'] === detail))?.['count'];
    expect(count('articles', 'de')).toBe(4);
    expect(count('articles', 'fr')).toBe(1);
    expect(count('entities', 'all')).toBe(truth?.['entities']);
    expect(count('claims', null)).toBe(truth?.['claims']);
    expect(count('quotes', null)).toBe(truth?.['quotes']);
    expect(rows.find((r) => r['what'] === 'patches')).toMatchObject({ count: 0, detail: 'data/patches/*.json' });
  });
});

describe('pnpm query output formats', () => {
  const sql = 'SELECT id, text FROM quotes ORDER BY id';

  it('json, jsonl and csv carry the same rows, long text uncut', () => {
    const json = queryJson([sql]);
    expect(json.length).toBeGreaterThan(20);
    const jsonl = runCli('query', [sql, '--db', db, '--jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Row);
    expect(jsonl).toEqual(json);
    const csv = parseCsv(runCli('query', [sql, '--db', db, '--csv']).stdout);
    expect(csv[0]).toEqual(['id', 'text']);
    expect(csv.slice(1)).toEqual(json.map((r) => [r['id'], r['text']]));
  });

  it('prints the whole table into a pipe, and wraps it to --width', () => {
    const longest = queryJson(['SELECT text FROM quotes ORDER BY length(text) DESC LIMIT 1'])[0]?.['text'] as string;
    const piped = runCli('query', [sql, '--db', db]);
    expect(piped.stdout.split('\n')[0]).toMatch(/^id +text$/u);
    // Line breaks inside a cell would break the table: they print as spaces.
    expect(piped.stdout).toContain(longest.replace(/[\r\n\t]+/gu, ' '));
    const narrow = runCli('query', [sql, '--db', db, '--width', '60']).stdout;
    for (const line of narrow.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(narrow).not.toContain(longest);
  });
});

describe('pnpm query refuses to write and explains its errors', () => {
  it.each(['INSERT INTO runs (started_at, program_version, inputs) VALUES (1, 1, 1)', 'UPDATE claims SET status = \'rejected\'', 'DROP TABLE claims'])('refuses %s and leaves the file as it was', (statement) => {
    const before = hashFile(db);
    const [claims] = queryJson(['SELECT count(*) AS n FROM claims WHERE status = \'extracted\'']);
    const result = runCli('query', [statement, '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to run a statement that writes/u);
    expect(hashFile(db)).toBe(before);
    expect(queryJson(['SELECT count(*) AS n FROM claims WHERE status = \'extracted\''])).toEqual([claims]);
  });

  it('says `pnpm pipeline` creates a missing database', () => {
    const result = runCli('query', ['stats', '--db', join(dir, 'none.sqlite')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no database at .*none\.sqlite.*pnpm pipeline/u);
  });

  it('suggests the closest names for a name that matches nothing', () => {
    const result = runCli('query', ['claims', '--provider', 'Cloudflair', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no provider named "Cloudflair".*closest provider names: Cloudflare/u);
    expect(runCli('query', ['timeline', '--target', 'Kiwi Farm', '--db', db]).stderr).toMatch(/closest target names: Kiwi Farms/u);
  });

  it("gives SQLite's message and where it points for bad SQL", () => {
    const syntax = runCli('query', ['SELECT id\nFORM claims', '--db', db]);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toMatch(/near "claims": syntax error \(line 2, column 6\)/u);
    expect(runCli('query', ['SELECT nope FROM claims', '--db', db]).stderr).toMatch(/no such column: nope \(line 1, column 8\)/u);
  });

  it('exits 2 on an unknown option or a malformed value', () => {
    expect(runCli('query', ['claims', '--bogus', '--db', db]).status).toBe(2);
    expect(runCli('query', ['claims', '--since', 'last week', '--db', db]).status).toBe(2);
  });
});

function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** RFC 4180, enough to read back what --csv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r') continue;
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  return rows;
}

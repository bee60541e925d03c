import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimIdFor } from '../pipeline/db/write-facts.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { SEEDS, patch, query, readExport, runSeeds, writePatch } from './helpers/review-run.ts';

const tempDir = useTempDir();

const CLOUDFLARE = 'ent_738e22f0acab814c';
const KIWI_FARMS = 'ent_662d3fabbe804da0';
const KIWIFARMS_RU = 'ent_a05ee9152c1e72f0';
const BLOCK_KIWI = claimIdFor(CLOUDFLARE, 'block_access', KIWI_FARMS, false);
const TERMINATE_KIWI = claimIdFor(CLOUDFLARE, 'terminate_service', KIWI_FARMS, false);
const TERMINATE_8CHAN = claimIdFor(CLOUDFLARE, 'terminate_service', 'ent_242c45d5d9f4cc80', false);

let dirs = 0;
function folder(): string {
  const dir = join(tempDir(), String(++dirs));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** One patch of every kind that touches the seeds. */
function writeAll(dir: string): void {
  writePatch(dir, 'action.json', patch(BLOCK_KIWI, [{ op: 'test', path: '/action', value: 'block_access' }, { op: 'replace', path: '/action', value: 'terminate_service' }]));
  writePatch(dir, 'date.json', patch(TERMINATE_8CHAN, [{ op: 'replace', path: '/date', value: '2019-08-05' }]));
  writePatch(dir, 'quote.json', patch('quote_c8827e00be755b48', [{ op: 'replace', path: '/status', value: 'rejected' }]));
  writePatch(dir, 'merge.json', patch(KIWIFARMS_RU, [{ op: 'replace', path: '/id', value: KIWI_FARMS }]));
}

/** Everything a correction can change, in a fixed order. */
function dump(db: string): unknown {
  return {
    claims: query(db, 'SELECT * FROM claims ORDER BY id'),
    sources: query(db, 'SELECT * FROM claim_sources ORDER BY claim_id, article_id, start'),
    quotes: query(db, 'SELECT id, speaker_id, status FROM quotes ORDER BY id'),
    entities: query(db, 'SELECT * FROM entities ORDER BY id'),
    aliases: query(db, 'SELECT * FROM entity_aliases ORDER BY entity_id, normalized'),
    mentions: query(db, 'SELECT * FROM mentions ORDER BY article_id, start'),
    export: readExport(db),
  };
}

describe('bad patches', () => {
  it('names the file and the operation, records the patch as rejected or stale, and applies the others', async () => {
    const dir = folder();
    const patches = join(dir, 'patches');
    writePatch(patches, '1-json.json', '{ "target": ');
    writePatch(patches, '2-unknown.json', patch('claim_0000000000000000', [{ op: 'replace', path: '/status', value: 'rejected' }]));
    writePatch(patches, '3-stale.json', patch(BLOCK_KIWI, [{ op: 'test', path: '/action', value: 'suspend_account' }, { op: 'replace', path: '/status', value: 'rejected' }]));
    writePatch(patches, '4-schema.json', patch(BLOCK_KIWI, [{ op: 'replace', path: '/action', value: 'ban_forever' }]));
    writePatch(patches, '5-path.json', patch(BLOCK_KIWI, [{ op: 'test', path: '/negated', value: false }, { op: 'replace', path: '/nowhere/deep', value: 1 }]));
    writePatch(patches, '6-text.json', patch('new:claim', [
      { op: 'replace', path: '/provider/id', value: CLOUDFLARE }, { op: 'replace', path: '/action', value: 'block_access' },
      { op: 'replace', path: '/target/id', value: KIWI_FARMS }, { op: 'add', path: '/sources/-', value: { article: '002_7424c447e960d984.txt', start: 0, end: 5, text: 'wrong' } },
    ]));
    writePatch(patches, '7-good.json', patch('quote_c8827e00be755b48', [{ op: 'replace', path: '/status', value: 'rejected' }]));
    const db = join(dir, 'c.sqlite');
    const { reviews } = await runSeeds(db, patches);
    const byFile = Object.fromEntries(reviews.map((r) => [r.file, r]));
    expect(byFile['1-json.json']).toMatchObject({ status: 'rejected', message: expect.stringMatching(/^invalid JSON/) });
    expect(byFile['2-unknown.json']).toMatchObject({ status: 'rejected', message: expect.stringContaining('"claim_0000000000000000": no claim, quote, entity or article') });
    expect(byFile['3-stale.json']).toMatchObject({ status: 'stale', message: 'op 0 (test /action): the record changed: expected "suspend_account", now "block_access"' });
    expect(byFile['4-schema.json']).toMatchObject({ status: 'rejected', message: expect.stringMatching(/^the patched claim fails the schema: \/action/) });
    expect(byFile['5-path.json']).toMatchObject({ status: 'rejected', message: 'op 1 (replace /nowhere/deep): the path does not exist in the record' });
    expect(byFile['6-text.json']).toMatchObject({ status: 'rejected', message: expect.stringContaining('/sources/0: text does not match') });
    expect(byFile['7-good.json']).toMatchObject({ status: 'applied' });
    // Nothing of the bad patches reached the database.
    expect(query(db, 'SELECT action, status FROM claims WHERE id = ?', BLOCK_KIWI)).toEqual([{ action: 'block_access', status: 'extracted' }]);
    expect(query(db, `SELECT count(*) AS n FROM claim_sources WHERE rule = 'review/patch'`)).toEqual([{ n: 0 }]);
    expect(query(db, 'SELECT file, status FROM reviews ORDER BY file')).toEqual([
      { file: '1-json.json', status: 'rejected' }, { file: '2-unknown.json', status: 'rejected' }, { file: '3-stale.json', status: 'stale' },
      { file: '4-schema.json', status: 'rejected' }, { file: '5-path.json', status: 'rejected' }, { file: '6-text.json', status: 'rejected' }, { file: '7-good.json', status: 'applied' },
    ]);
  });

  it('turns stale when the extraction changed under a test op, showing the current value', async () => {
    const dir = folder();
    const patches = join(dir, 'patches');
    const db = join(dir, 'c.sqlite');
    const first = join(SEEDS, '000_e345e510c77197fe.txt');
    await runSeeds(db, join(dir, 'none'), { paths: [first] });
    const sources = query<{ article: string; start: number; end: number; text: string }>(db, `SELECT '000_e345e510c77197fe.txt' AS article, start, "end", text FROM claim_sources WHERE claim_id = ? ORDER BY start`, TERMINATE_8CHAN);
    writePatch(patches, 'date.json', patch(TERMINATE_8CHAN, [{ op: 'test', path: '/sources', value: sources }, { op: 'replace', path: '/date', value: '2019-08-05' }]));
    expect((await runSeeds(db, patches, { paths: [first] })).reviews).toMatchObject([{ status: 'applied' }]);
    const { reviews } = await runSeeds(db, patches, { reextract: true });
    expect(reviews).toMatchObject([{ status: 'stale', message: expect.stringMatching(/^op 0 \(test \/sources\): the record changed: expected \[\{"article":"000_e345e510c77197fe.txt".*, now \[/) }]);
  });
});

describe('re-application', () => {
  it('is idempotent: a second run applies nothing and changes nothing', async () => {
    const dir = folder();
    const patches = join(dir, 'patches');
    writeAll(patches);
    const db = join(dir, 'c.sqlite');
    expect((await runSeeds(db, patches)).reviews.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const before = dump(db);
    const reviews = query(db, 'SELECT count(*) AS n FROM reviews');
    expect((await runSeeds(db, patches)).reviews.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(dump(db)).toEqual(before);
    expect(query(db, 'SELECT count(*) AS n FROM reviews')).toEqual(reviews);
  });

  it('applies again after a re-extraction re-creates the records, to the same result', async () => {
    const dir = folder();
    const patches = join(dir, 'patches');
    writeAll(patches);
    const db = join(dir, 'c.sqlite');
    await runSeeds(db, patches);
    const before = dump(db);
    const { reviews } = await runSeeds(db, patches, { reextract: true });
    expect(reviews.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(dump(db)).toEqual(before);
    expect(query(db, 'SELECT count(*) AS n FROM claims WHERE id = ?', BLOCK_KIWI)).toEqual([{ n: 0 }]);
    expect(query(db, 'SELECT count(*) AS n FROM claims WHERE id = ?', TERMINATE_KIWI)).toEqual([{ n: 1 }]);
  });

  it('rebuilds the same corrected database from scratch with the same inputs and patches', async () => {
    const dir = folder();
    const patches = join(dir, 'patches');
    writeAll(patches);
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    await runSeeds(a, patches);
    await runSeeds(a, patches, { reextract: true });
    await runSeeds(b, patches);
    expect(dump(b)).toEqual(dump(a));
  });
});

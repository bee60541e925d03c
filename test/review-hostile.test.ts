import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimIdFor } from '../pipeline/db/write-facts.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { SEEDS, patch, query, runSeeds, writePatch } from './helpers/review-run.ts';

const tempDir = useTempDir();
const FIRST = join(SEEDS, '000_e345e510c77197fe.txt');
const CLOUDFLARE = 'ent_738e22f0acab814c';
const TERMINATE_8CHAN = claimIdFor(CLOUDFLARE, 'terminate_service', 'ent_242c45d5d9f4cc80', false);

describe('a patch can only fail itself', () => {
  it('rejects a prototype key, a move into its own child, a folder and a link loop by name, and applies the others', async () => {
    const dir = tempDir();
    const patches = join(dir, 'patches');
    writePatch(patches, '1-proto.json', patch(TERMINATE_8CHAN, [{ op: 'add', path: '/__proto__/polluted', value: 1 }]));
    writePatch(patches, '2-move.json', patch(TERMINATE_8CHAN, [{ op: 'move', from: '/provider', path: '/provider/id' }]));
    mkdirSync(join(patches, '3-folder.json'));
    symlinkSync('4-loop.json', join(patches, '4-loop.json'));
    // Saved by an editor that writes a UTF-8 byte-order mark.
    writeFileSync(join(patches, '5-bom.json'), `\ufeff${JSON.stringify(patch(TERMINATE_8CHAN, [{ op: 'replace', path: '/date', value: '2019-08-05' }]))}`);
    const result = await runSeeds(join(dir, 'c.sqlite'), patches, { paths: [FIRST] });
    expect(result.status).toBe('completed');
    expect(result.reviews.map((r) => [r.file, r.status])).toEqual([
      ['3-folder.json', 'rejected'], ['4-loop.json', 'rejected'], ['1-proto.json', 'rejected'], ['2-move.json', 'rejected'], ['5-bom.json', 'applied'],
    ]);
    const messages = Object.fromEntries(result.reviews.map((r) => [r.file, r.message]));
    expect(messages['3-folder.json']).toMatch(/a folder/u);
    expect(messages['4-loop.json']).toMatch(/loop/u);
    expect(messages['1-proto.json']).toMatch(/^op 0 \(add \/__proto__\/polluted\)/u);
    expect(messages['2-move.json']).toMatch(/^op 0 \(move \/provider\/id\)/u);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(query(join(dir, 'c.sqlite'), 'SELECT date FROM claims WHERE id = ?', TERMINATE_8CHAN)).toEqual([{ date: '2019-08-05' }]);
  });

  it('corrects the publication date of an article that has quotes (records compared by value, not key order)', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    await runSeeds(db, join(dir, 'none'), { paths: [SEEDS] });
    const [article] = query<{ id: string }>(db, 'SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id) ORDER BY a.id LIMIT 1');
    expect(article).toBeDefined();
    const patches = join(dir, 'patches');
    writePatch(patches, 'date.json', patch(article!.id, [{ op: 'replace', path: '/published', value: '2021-01-09' }]));
    const { reviews } = await runSeeds(db, patches, { paths: [SEEDS] });
    expect(reviews).toMatchObject([{ status: 'applied', message: null }]);
    expect(query(db, 'SELECT published FROM articles WHERE id = ?', article!.id)).toEqual([{ published: '2021-01-09' }]);
  });

  it('re-applies nothing on unchanged input when several patches target one record', async () => {
    const dir = tempDir();
    const patches = join(dir, 'patches');
    writePatch(patches, 'a-date.json', patch(TERMINATE_8CHAN, [{ op: 'replace', path: '/date', value: '2019-08-05' }]));
    writePatch(patches, 'b-status.json', patch(TERMINATE_8CHAN, [{ op: 'replace', path: '/status', value: 'rejected' }]));
    writePatch(patches, 'c-date.json', patch(TERMINATE_8CHAN, [{ op: 'replace', path: '/date', value: '2019-08-04' }]));
    const db = join(dir, 'c.sqlite');
    expect((await runSeeds(db, patches, { paths: [FIRST] })).reviews.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const rows = query(db, 'SELECT count(*) AS n FROM reviews');
    for (let run = 0; run < 2; run++) {
      expect((await runSeeds(db, patches, { paths: [FIRST] })).reviews.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    }
    expect(query(db, 'SELECT count(*) AS n FROM reviews')).toEqual(rows);
    expect(query(db, 'SELECT date, status FROM claims WHERE id = ?', TERMINATE_8CHAN)).toEqual([{ date: '2019-08-04', status: 'rejected' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { claimIdFor } from '../pipeline/db/write-facts.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { patch, query, readExport, runSeeds, writePatch } from './helpers/review-run.ts';

const tempDir = useTempDir();

const CLOUDFLARE = 'ent_738e22f0acab814c';
const KIWI_FARMS = 'ent_662d3fabbe804da0';
const KIWIFARMS_RU = 'ent_a05ee9152c1e72f0';
const DDOS_GUARD = 'ent_86935c2b10b2ae0e';
const MATTHEW_PRINCE = 'ent_ff60bcc6a00dcdc3';

/** Runs the seeds once with the given patches; returns the database path and the run's review outcomes. */
let runs = 0;
async function run(patches: Record<string, unknown>) {
  const dir = join(tempDir(), String(++runs));
  mkdirSync(dir, { recursive: true });
  const patchesDir = join(dir, 'patches');
  for (const [file, p] of Object.entries(patches)) writePatch(patchesDir, file, p);
  const db = join(dir, 'c.sqlite');
  const result = await runSeeds(db, patchesDir);
  return { db, patchesDir, result };
}

const claimOf = (db: string, id: string) => query<{ id: string; action: string; status: string; date: string | null; provider_id: string; target_id: string }>(db, 'SELECT * FROM claims WHERE id = ?', id)[0];

describe('corrections, patch file to database and export', () => {
  it('fixes the action of a claim: it moves to its new id with its sources', async () => {
    const old = claimIdFor(CLOUDFLARE, 'block_access', KIWI_FARMS, false);
    const moved = claimIdFor(CLOUDFLARE, 'terminate_service', KIWI_FARMS, false);
    const { db, result } = await run({ 'a.json': patch(old, [{ op: 'test', path: '/action', value: 'block_access' }, { op: 'replace', path: '/action', value: 'terminate_service' }]) });
    expect(result.reviews).toEqual([expect.objectContaining({ status: 'applied', resultId: moved })]);
    expect(claimOf(db, old)).toBeUndefined();
    expect(claimOf(db, moved)).toMatchObject({ action: 'terminate_service' });
    expect(query<{ n: number }>(db, 'SELECT count(*) AS n FROM claim_sources WHERE claim_id = ?', moved)[0]!.n).toBeGreaterThan(0);
    expect(query(db, 'SELECT action, polarity FROM claims_view WHERE id = ?', moved)).toEqual([{ action: 'terminate_service', polarity: 'withdraw' }]);
    const exported = readExport(db);
    expect(exported.claims.find((c) => c.id === moved)?.action).toBe('terminate_service');
    expect(exported.claims.find((c) => c.id === old)).toBeUndefined();
  });

  it('fixes the date of a claim', async () => {
    const id = claimIdFor(CLOUDFLARE, 'terminate_service', 'ent_242c45d5d9f4cc80', false);
    const { db } = await run({ 'a.json': patch(id, [{ op: 'replace', path: '/date', value: '2019-08-05' }]) });
    expect(query(db, 'SELECT date, date_min, date_max FROM claims_view WHERE id = ?', id)).toEqual([{ date: '2019-08-05', date_min: '2019-08-05', date_max: '2019-08-05' }]);
    expect(readExport(db).claims.find((c) => c.id === id)?.date).toBe('2019-08-05');
  });

  it('fixes the provider and the target of a claim, naming the target by name', async () => {
    const old = claimIdFor(DDOS_GUARD, 'provide_service', KIWIFARMS_RU, false);
    const moved = claimIdFor(CLOUDFLARE, 'provide_service', KIWI_FARMS, false);
    const { db } = await run({
      'a.json': patch(old, [{ op: 'replace', path: '/provider/id', value: CLOUDFLARE }, { op: 'replace', path: '/target', value: { id: '', name: 'Kiwi Farms' } }]),
    });
    expect(claimOf(db, old)).toBeUndefined();
    expect(claimOf(db, moved)).toMatchObject({ provider_id: CLOUDFLARE, target_id: KIWI_FARMS });
    expect(readExport(db).claims.find((c) => c.id === moved)?.sources.length).toBeGreaterThan(0);
  });

  it('rejects a false claim: kept in the database, hidden from the views and the export', async () => {
    const { db: plain } = await run({});
    const target = query<{ id: string }>(plain, `SELECT id FROM claims_view WHERE provider = 'BitMitigate' AND action = 'provide_service' AND negated = 0`)[0]!.id;
    const { db } = await run({ 'a.json': patch(target, [{ op: 'replace', path: '/status', value: 'rejected' }]) });
    expect(claimOf(db, target)).toMatchObject({ status: 'rejected' });
    expect(query(db, 'SELECT * FROM claims_view WHERE id = ?', target)).toEqual([]);
    expect(readExport(db).claims.find((c) => c.id === target)).toBeUndefined();
    expect(readExport(db).articles.flatMap((a) => a.actions).some((a) => a.provider.name === 'BitMitigate' && a.action === 'provide_service' && !a.negated)).toBe(false);
  });

  it('rejects a false quote and fixes the speaker of another', async () => {
    const { db } = await run({
      'a.json': patch('quote_c8827e00be755b48', [{ op: 'replace', path: '/status', value: 'rejected' }]),
      'b.json': patch('quote_7b7eb47e91653372', [{ op: 'test', path: '/speaker/id', value: CLOUDFLARE }, { op: 'replace', path: '/speaker', value: { id: MATTHEW_PRINCE, name: 'Matthew Prince' } }]),
    });
    expect(query(db, 'SELECT status FROM quotes WHERE id = ?', 'quote_c8827e00be755b48')).toEqual([{ status: 'rejected' }]);
    expect(query(db, 'SELECT speaker_id FROM quotes WHERE id = ?', 'quote_7b7eb47e91653372')).toEqual([{ speaker_id: MATTHEW_PRINCE }]);
    const quotes = readExport(db).articles.flatMap((a) => a.quotes);
    expect(quotes.find((q) => q.id === 'quote_c8827e00be755b48')).toBeUndefined();
    expect(quotes.find((q) => q.id === 'quote_7b7eb47e91653372')?.speaker).toEqual({ id: MATTHEW_PRINCE, name: 'Matthew Prince' });
  });

  it('merges two entities: aliases and mentions follow, claims are re-keyed', async () => {
    const { db } = await run({ 'a.json': patch(KIWIFARMS_RU, [{ op: 'replace', path: '/id', value: KIWI_FARMS }]) });
    expect(query(db, 'SELECT * FROM entities WHERE id = ?', KIWIFARMS_RU)).toEqual([]);
    expect(query(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias = ?', KIWI_FARMS, 'KiwiFarms.ru')).toHaveLength(1);
    expect(query(db, 'SELECT count(*) AS n FROM mentions WHERE entity_id = ?', KIWIFARMS_RU)).toEqual([{ n: 0 }]);
    expect(claimOf(db, claimIdFor(DDOS_GUARD, 'provide_service', KIWIFARMS_RU, false))).toBeUndefined();
    expect(claimOf(db, claimIdFor(DDOS_GUARD, 'provide_service', KIWI_FARMS, false))).toMatchObject({ target_id: KIWI_FARMS });
    expect(query(db, `SELECT target FROM claims_view WHERE provider = 'DDoS-Guard'`)).toContainEqual({ target: 'Kiwi Farms' });
  });

  it('splits a wrongly merged entity: the alias and its mentions move to a new entity', async () => {
    // The seeds' convention joins `Amazon` to Amazon Web Services; a reviewer who wants
    // the company apart splits it off.
    const { db: plain } = await run({});
    const aws = query<{ id: string }>(plain, `SELECT id FROM entities WHERE name = 'Amazon Web Services'`)[0]!.id;
    const aliases = query<{ alias: string }>(plain, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias', aws).map((r) => r.alias);
    expect(aliases).toContain('Amazon');
    const { db, result } = await run({
      'a.json': patch(aws, [{ op: 'test', path: '/aliases', value: aliases }, { op: 'add', path: '/split', value: [{ name: 'Amazon', type: 'organization', aliases: ['Amazon'] }] }]),
    });
    expect(result.reviews[0]).toMatchObject({ status: 'applied' });
    const amazon = query<{ id: string }>(db, `SELECT id FROM entities WHERE name = 'Amazon'`)[0]!.id;
    expect(query<{ alias: string }>(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ?', aws).map((r) => r.alias)).not.toContain('Amazon');
    expect(query(db, 'SELECT DISTINCT text FROM mentions WHERE entity_id = ?', amazon)).toEqual([{ text: 'Amazon' }]);
    expect(query(db, 'SELECT count(*) AS n FROM mentions WHERE entity_id = ? AND text = ?', aws, 'Amazon')).toEqual([{ n: 0 }]);
  });

  it('adds a claim the rules missed, with its source sentence', async () => {
    const { db: plain } = await run({});
    const text = query<{ text: string }>(plain, `SELECT text FROM articles WHERE id = 'art_81949d6cade09e90'`)[0]!.text;
    const sentence = 'Die Druckkampagne wurde von der Transgender-Twitch-Streamerin und YouTuberin Clara Sorrenti gestartet';
    const start = text.indexOf(sentence);
    const added = claimIdFor('ent_e32ac33fa53a3db6', 'suspend_account', KIWI_FARMS, false);
    const { db, result } = await run({
      'a.json': patch('new:claim', [
        { op: 'replace', path: '/provider', value: { id: '', name: 'Twitch' } },
        { op: 'replace', path: '/action', value: 'suspend_account' },
        { op: 'replace', path: '/target/id', value: KIWI_FARMS },
        { op: 'replace', path: '/date', value: '2022-09' },
        { op: 'add', path: '/sources/-', value: { article: '002_7424c447e960d984.txt', start, end: start + sentence.length, text: sentence } },
      ]),
    });
    expect(result.reviews[0]).toMatchObject({ status: 'applied', resultId: added });
    expect(query(db, 'SELECT provider, action, target, date, sources FROM claims_view WHERE id = ?', added)).toEqual([{ provider: 'Twitch', action: 'suspend_account', target: 'Kiwi Farms', date: '2022-09', sources: 1 }]);
    expect(query(db, `SELECT rule FROM claim_sources WHERE claim_id = ?`, added)).toEqual([{ rule: 'review/patch' }]);
    expect(readExport(db).claims.find((c) => c.id === added)?.sources).toEqual([{ article: '002_7424c447e960d984.txt', start, end: start + sentence.length, text: sentence }]);
  });
});

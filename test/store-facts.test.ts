import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ArticleStore } from '../pipeline/db/article-store.ts';
import { claimIdFor } from '../pipeline/db/write-facts.ts';
import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { ActionFact } from '../schemas/action.ts';
import type { EntityFact } from '../schemas/entity.ts';
import { makeDoc } from './helpers/make-doc.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const tempDir = useTempDir();

function entity(name: string, type: EntityFact['type'], text: string, mentionText = name): EntityFact {
  const start = text.indexOf(mentionText);
  return { id: `ent_${name}`, name, type, wikidataId: null, mentions: [{ start, end: start + mentionText.length, text: mentionText, rule: 'test' }] };
}

function action(text: string, date: string | null, over: Partial<ActionFact> = {}): ActionFact {
  return {
    provider: { id: 'ent_Cloudflare', name: 'Cloudflare' }, action: 'terminate_service', target: { id: 'ent_8chan', name: '8chan' },
    date, negated: false, hedged: false, evidence: { start: 0, end: text.length, text }, rule: 'actions/test', ...over,
  };
}

function doc(text: string, lang: 'de' | 'fr', source: string, date: string | null, extra: Partial<ArticleDoc['facts']> = {}): ArticleDoc {
  const entities = [entity('Cloudflare', 'organization', text), entity('8chan', 'site', text)];
  return makeDoc(text, lang, { source, facts: { entities, actions: [action(text, date)], ...extra } });
}

function store(dbPath: string, docs: ArticleDoc[]): void {
  const s = ArticleStore.open(dbPath, { startedAt: '2026-01-01T00:00:00Z', programVersion: 'test', inputs: [] });
  s.writeBatch(docs.map((d) => ({ kind: 'doc' as const, doc: d, extractorVersion: 'v1' })));
  s.close();
}

const de = 'Cloudflare beendet den Schutz für 8chan.';
const fr = 'Cloudflare met fin à sa relation avec 8chan.';

describe('claims in the database', () => {
  it('merges one claim asserted by a German and a French article, with a source each and a stable id', () => {
    const db = join(tempDir(), 'c.sqlite');
    store(db, [doc(de, 'de', 'a.txt', '2019-08-05'), doc(fr, 'fr', 'b.txt', '2019-08-05')]);
    const handle = new Database(db, { readonly: true });
    const claims = handle.prepare('SELECT * FROM claims_view').all();
    expect(claims).toEqual([expect.objectContaining({
      id: claimIdFor('ent_Cloudflare', 'terminate_service', 'ent_8chan', false),
      provider: 'Cloudflare', action: 'terminate_service', target: '8chan', date: '2019-08-05', articles: 2, sources: 2,
    })]);
    expect((claims[0] as { languages: string }).languages.split(',').sort()).toEqual(['de', 'fr']);
    expect(handle.prepare('SELECT count(*) AS n FROM claim_sources').get()).toEqual({ n: 2 });
    handle.close();
  });

  it('keeps the earliest and latest date when sources disagree, and one claim for two sentences of one article', () => {
    const db = join(tempDir(), 'c.sqlite');
    const text = `${de} ${de}`;
    const twice = makeDoc(text, 'de', {
      source: 'a.txt',
      facts: {
        entities: [entity('Cloudflare', 'organization', text), entity('8chan', 'site', text)],
        actions: [action(de, '2019-08-05'), { ...action(de, '2019-08-04'), evidence: { start: de.length + 1, end: text.length, text: de } }],
      },
    });
    store(db, [twice]);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT date, date_min, date_max, sources FROM claims_view').all()).toEqual([{ date: null, date_min: '2019-08-04', date_max: '2019-08-05', sources: 2 }]);
    handle.close();
  });

  it('keeps a negated assertion as a claim of its own, and removes claims no sentence asserts any more', () => {
    const db = join(tempDir(), 'c.sqlite');
    const negated = doc(de, 'de', 'a.txt', null, {});
    negated.facts.actions.push(action(de, null, { negated: true, action: 'provide_service' }));
    store(db, [negated]);
    let handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT action, negated FROM claims ORDER BY negated').all()).toEqual([
      { action: 'terminate_service', negated: 0 }, { action: 'provide_service', negated: 1 },
    ]);
    handle.close();
    store(db, [{ ...negated, facts: { ...negated.facts, actions: [] } }]);
    handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 0 });
    handle.close();
  });

  it('orders the provider timeline and target history by date and finds evidence by full-text search', () => {
    const db = join(tempDir(), 'c.sqlite');
    const older = 'Cloudflare beendet den Schutz für The Daily Stormer.';
    const olderDoc = makeDoc(older, 'de', {
      source: 'c.txt',
      facts: {
        entities: [entity('Cloudflare', 'organization', older), entity('The Daily Stormer', 'site', older)],
        actions: [action(older, '2017-08-16', { target: { id: 'ent_The Daily Stormer', name: 'The Daily Stormer' } })],
      },
    });
    store(db, [doc(de, 'de', 'a.txt', '2019-08-05'), olderDoc]);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT date, target FROM provider_timeline WHERE provider = ?').all('Cloudflare')).toEqual([
      { date: '2017-08-16', target: 'The Daily Stormer' }, { date: '2019-08-05', target: '8chan' },
    ]);
    expect(handle.prepare('SELECT provider, action FROM target_history WHERE target = ?').all('8chan')).toEqual([{ provider: 'Cloudflare', action: 'terminate_service' }]);
    expect(handle.prepare(`SELECT kind, text FROM search WHERE search MATCH 'stormer'`).all()).toEqual([{ kind: 'evidence', text: older }]);
    handle.close();
  });
});

describe('entities, dates and quotes in the database', () => {
  it('stores entities once across articles with every surface form as an alias', () => {
    const db = join(tempDir(), 'c.sqlite');
    const text = 'Der Cloudflare-Chef äußerte sich.';
    const a = makeDoc(text, 'de', { source: 'a.txt', facts: { entities: [entity('Cloudflare', 'organization', text, 'Cloudflare')] } });
    const b = makeDoc('Cloudflares Dienste', 'de', { source: 'b.txt', facts: { entities: [entity('Cloudflare', 'organization', 'Cloudflares Dienste', 'Cloudflares')] } });
    store(db, [a, b]);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT count(*) AS n FROM entities').get()).toEqual({ n: 1 });
    expect(handle.prepare('SELECT alias FROM entity_aliases ORDER BY alias').all()).toEqual([{ alias: 'Cloudflare' }, { alias: 'Cloudflares' }]);
    expect(handle.prepare('SELECT count(*) AS n FROM mentions').get()).toEqual({ n: 2 });
    handle.close();
  });

  it('stores dates with value, granularity and anchor', () => {
    const db = join(tempDir(), 'c.sqlite');
    const d = makeDoc('Am Montag', 'de', { source: 'a.txt', facts: { dates: [{ start: 0, end: 9, text: 'Am Montag', value: '2021-01-11', granularity: 'day', anchor: '2021-01-11', rule: 'dates/weekday' }] } });
    store(db, [d]);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT text, value, granularity, anchor FROM dates').all()).toEqual([{ text: 'Am Montag', value: '2021-01-11', granularity: 'day', anchor: '2021-01-11' }]);
    handle.close();
  });

  it('links the same words quoted in two articles, and a near-identical quotation by the same speaker, as one group', () => {
    const db = join(tempDir(), 'c.sqlite');
    const words = 'Wir werden dieser Website keine Dienste mehr anbieten, weil sie gesetzlos ist';
    const variant = 'Wir werden dieser Website keine Dienste mehr anbieten, denn sie ist gesetzlos';
    const prince = entity('Matthew Prince', 'person', `Matthew Prince: ${words}`);
    const quote = (text: string, id: string) => ({ id, start: 16, end: 16 + text.length, text, speaker: { id: prince.id, name: prince.name }, cue: 'sagte', rule: 'quotes/test' });
    store(db, [
      makeDoc(`Matthew Prince: ${words}`, 'de', { source: 'a.txt', facts: { entities: [prince], quotes: [quote(words, 'q_same')] } }),
      makeDoc(`Matthew Prince: ${words}`.replace('Prince', 'Prince') + ' ', 'de', { source: 'b.txt', facts: { entities: [prince], quotes: [quote(words, 'q_same')] } }),
      makeDoc(`Matthew Prince: ${variant}`, 'de', { source: 'c.txt', facts: { entities: [prince], quotes: [quote(variant, 'q_variant')] } }),
    ]);
    const handle = new Database(db, { readonly: true });
    const rows = handle.prepare('SELECT group_id FROM quotes').all() as Array<{ group_id: string }>;
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.group_id)).size).toBe(1);
    handle.close();
  });
});

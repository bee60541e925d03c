import { describe, expect, it } from 'vitest';
import { evaluate } from '../pipeline/eval/evaluate.ts';
import type { Export, ExportArticle } from '../schemas/export.ts';
import type { GoldArticle } from '../schemas/gold.ts';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
const ref = (name: string) => ({ id: `id-${name}`, name });

function goldArticle(over: Partial<GoldArticle>): GoldArticle {
  return { article: 'a.txt', language: 'de', published: null, entities: [], actions: [], quotes: [], dates: [], ...over };
}
function sysArticle(over: Partial<ExportArticle>): ExportArticle {
  return { id: 'x', source: 'a.txt', language: 'de', published: null, status: 'extracted', entities: [], dates: [], quotes: [], actions: [], ...over };
}
const entity = (name: string, type: 'person' | 'organization' | 'site' | 'location' = 'organization') => ({ id: `id-${name}`, name, type, mentions: [span(name)] });
const run = (gold: GoldArticle[], exported: Export) => evaluate(gold, exported).report;

describe('entities', () => {
  const gold = [goldArticle({ entities: [{ name: 'Kiwi Farms', type: 'site', aliases: ['Kiwifarms'] }, { name: 'Matthew Prince', type: 'person', aliases: [] }] })];

  it('matches canonical names and aliases after NFKC, case folding and hyphen/space collapsing', () => {
    const report = run(gold, { articles: [sysArticle({ entities: [entity('KIWIFARMS', 'site'), entity('Matthew-Prince', 'person')] })], claims: [] });
    expect(report.entities!.all).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  it('counts a second system entity for the same gold entity as a false positive, and a miss as a false negative', () => {
    const report = run(gold, { articles: [sysArticle({ entities: [entity('Kiwi Farms', 'site'), entity('Kiwifarms', 'site'), entity('Prince')] })], claims: [] });
    expect(report.entities!.all).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });
});

describe('quotes', () => {
  const gold = [goldArticle({
    entities: [{ name: 'Matthew Prince', type: 'person', aliases: ['Prince'] }],
    quotes: [{ speaker: 'Matthew Prince', text: 'Wir haben eine außergewöhnliche Entscheidung getroffen, sagte er heute.' }, { speaker: null, text: 'Danke für nichts' }],
  })];

  it('matches when the texts share at least half of the shorter one’s tokens, then scores the speaker', () => {
    const quotes = [
      { id: 'q1', ...span('eine außergewöhnliche Entscheidung getroffen'), speaker: ref('Prince') },
      { id: 'q2', ...span('Danke für gar nichts'), speaker: ref('Prince') },
    ];
    const report = run(gold, { articles: [sysArticle({ quotes })], claims: [] });
    expect(report.quotes!.all).toMatchObject({ tp: 2, fp: 0, fn: 0, speakerAccuracy: 0.5 });
  });

  it('does not match below half overlap', () => {
    const quotes = [{ id: 'q1', ...span('Wir sind ein Netzwerkanbieter und keine Polizei'), speaker: null }];
    const report = run(gold, { articles: [sysArticle({ quotes })], claims: [] });
    expect(report.quotes!.all).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });
});

describe('dates', () => {
  const gold = [goldArticle({ dates: [{ text: 'am Wochenende', value: null }, { text: 'am Wochenende', value: null }, { text: '2018', value: '2018' }] })];

  it('matches overlapping texts once each, in document order, then scores the value', () => {
    const dates = [
      { ...span('Wochenende', 10), value: null },
      { ...span('Im Jahr 2018', 40), value: '2017' },
      { ...span('am Wochenende', 80), value: null },
      { ...span('am Montag', 120), value: null },
    ];
    const report = run(gold, { articles: [sysArticle({ dates })], claims: [] });
    expect(report.dates!.all).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(report.dates!.all!.valueAccuracy).toBeCloseTo(0.667, 3);
  });

  it('does not let a shared preposition make two dates overlap', () => {
    const report = run(gold, { articles: [sysArticle({ dates: [{ ...span('am Montag'), value: null }] })], claims: [] });
    expect(report.dates!.all).toMatchObject({ tp: 0, fp: 1, fn: 3 });
  });
});

describe('actions and claims', () => {
  const entities = [
    { name: 'Cloudflare', type: 'organization' as const, aliases: [] },
    { name: 'Kiwi Farms', type: 'site' as const, aliases: ['Kiwifarms'] },
  ];
  const goldAction = (over: object) => ({ provider: 'Cloudflare', action: 'block_access' as const, target: 'Kiwi Farms', date: null, negated: false, evidence: 'x', ...over });
  const sysAction = (over: object) => ({ provider: ref('Cloudflare'), action: 'terminate_service' as const, target: ref('Kiwifarms'), date: null, negated: false, hedged: false, evidence: span('x'), ...over });

  it('matches on provider, target, polarity and negation, then scores type and date', () => {
    const gold = [goldArticle({ entities, actions: [goldAction({ date: '2022-09-03' }), goldAction({ action: 'provide_service', negated: true })] })];
    const actions = [sysAction({ date: '2022-09-03' }), sysAction({ action: 'provide_service', negated: false })];
    const report = run(gold, { articles: [sysArticle({ actions })], claims: [] });
    expect(report.actions!.all).toMatchObject({ tp: 1, fp: 1, fn: 1, actionAccuracy: 0, dateAccuracy: 1 });
  });

  it('keeps one action per key, the most specific type', () => {
    const gold = [goldArticle({ entities, actions: [goldAction({})] })];
    const actions = [sysAction({}), sysAction({ action: 'block_access' }), sysAction({})];
    const report = run(gold, { articles: [sysArticle({ actions })], claims: [] });
    expect(report.actions!.all).toMatchObject({ tp: 1, fp: 0, fn: 0, actionAccuracy: 1 });
  });

  it('scores claims across articles and languages, with source completeness', () => {
    const gold = [
      goldArticle({ article: 'a.txt', language: 'de', entities, actions: [goldAction({})] }),
      goldArticle({ article: 'b.txt', language: 'fr', entities, actions: [goldAction({ action: 'terminate_service' })] }),
    ];
    const claim = { id: 'c1', provider: ref('Cloudflare'), action: 'block_access' as const, polarity: 'withdraw' as const, target: ref('Kiwi Farms'), date: null, negated: false, sources: [{ article: 'a.txt', ...span('x') }] };
    const report = run(gold, { articles: [], claims: [claim] });
    expect(report.claims!.all).toMatchObject({ tp: 1, fp: 0, fn: 0, sourceCompleteness: 0 });
    expect(report.claims!.de).toMatchObject({ tp: 1, sourceCompleteness: 1 });
    expect(report.claims!.fr).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('grouping and empty input', () => {
  it('groups by language and reports every area even when nothing was found', () => {
    const gold = [goldArticle({ article: 'a.txt', language: 'de', entities: [{ name: 'Apple', type: 'organization', aliases: [] }] }), goldArticle({ article: 'b.txt', language: 'fr' })];
    const report = run(gold, { articles: [], claims: [] });
    expect(Object.keys(report)).toEqual(['entities', 'dates', 'quotes', 'actions', 'claims']);
    expect(report.entities).toMatchObject({ de: { tp: 0, fn: 1, r: 0 }, fr: { tp: 0, fn: 0, p: 1, r: 1 }, all: { fn: 1 } });
  });

  it('scores an empty gold against an empty export as perfect', () => {
    expect(run([], { articles: [], claims: [] }).actions!.all).toMatchObject({ p: 1, r: 1, f1: 1 });
  });
});

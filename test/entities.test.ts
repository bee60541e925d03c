import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../extractors/entities/create-entity-extractor.ts';
import { entityIdFor } from '../extractors/entities/entity-id.ts';
import { lookupEntity } from '../extractors/entities/gazetteer.ts';
import { isNearMiss } from '../extractors/entities/resolve-entities.ts';
import { makeDoc } from './helpers/make-doc.ts';

const extractor = createEntityExtractor();
const run = (text: string, lang: 'de' | 'fr') => extractor.extract(makeDoc(text, lang));
const names = (text: string, lang: 'de' | 'fr') => run(text, lang).map((e) => e.name).sort();

describe('createEntityExtractor', () => {
  it('declares its contract', () => {
    expect(extractor).toMatchObject({ id: 'entities', provides: 'entities', requires: [], languages: ['de', 'fr'] });
  });
});

describe('gazetteer names and canonical forms', () => {
  const cases: Array<[string, 'de' | 'fr', string[]]> = [
    ['Cloudflare kündigt den Schutz von 8Chan.', 'de', ['8chan', 'Cloudflare']],
    ['Die Massaker in den USA und in Neuseeland.', 'de', ['New Zealand', 'United States']],
    ['Parler wurde aus der Cloud der Amazon Web Services geworfen, AWS schwieg.', 'de', ['Amazon Web Services', 'Parler']],
    ['Der Schutz der Website Daily Stormer endete.', 'de', ['The Daily Stormer']],
    ['Kiwifarms und KiwiFarms.ru sind zwei Seiten.', 'de', ['Kiwi Farms', 'KiwiFarms.ru']],
    ['Vertreter der republikanischen Partei kamen.', 'de', ['Republican Party']],
    ['Il est illégal aux États-Unis et en Russie.', 'fr', ['Russia', 'United States']],
    ['La décision de Cloudflare a surpris Voxility.', 'fr', ['Cloudflare', 'Voxility']],
  ];
  it.each(cases)('%s (%s)', (text, lang, expected) => {
    expect(names(text, lang)).toEqual(expected);
  });
});

describe('compound and elided forms: the span covers the name only; an inflected word is spanned whole, as NER corpora mark it', () => {
  const cases: Array<[string, 'de' | 'fr', string, string[]]> = [
    ['Der Cloudflare-Chef sprach.', 'de', 'Cloudflare', ['Cloudflare']],
    ['Cloudflares Kunden sind Websites.', 'de', 'Cloudflare', ['Cloudflares']],
    ['Ein Cloudflare-Konkurrent übernahm.', 'de', 'Cloudflare', ['Cloudflare']],
    ["La décision d'Amazon est tombée.", 'fr', 'Amazon Web Services', ['Amazon']],
    ["Le directeur de l'Observatoire Internet de Stanford a parlé.", 'fr', 'Stanford Internet Observatory', ['Observatoire Internet de Stanford']],
  ];
  it.each(cases)('%s', (text, lang, name, spans) => {
    const entity = run(text, lang).find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.text)).toEqual(spans);
    for (const m of entity?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('names not in the gazetteer', () => {
  const cases: Array<[string, 'de' | 'fr', string, string]> = [
    ['Die Kampagne wurde von der Streamerin Clara Sorrenti gestartet.', 'de', 'Clara Sorrenti', 'person'],
    ['Laut Sprecherin Anna Berger ist das falsch.', 'de', 'Anna Berger', 'person'],
    ['Die Firma Nordwind teilte das mit.', 'de', 'Nordwind', 'organization'],
    ['Der Dienst wird von TeraNode bereitgestellt.', 'de', 'TeraNode', 'organization'],
    ['Die Seite beispiel-forum.net ging offline.', 'de', 'beispiel-forum.net', 'site'],
    ['Das Verteidigungsministerium schwieg.', 'de', 'Verteidigungsministerium', 'organization'],
    ['Selon le porte-parole Jean Martin, tout va bien.', 'fr', 'Jean Martin', 'person'],
    ["L'hébergeur Nordhost a coupé le service.", 'fr', 'Nordhost', 'organization'],
  ];
  it.each(cases)('%s', (text, lang, name, type) => {
    expect(run(text, lang).find((e) => e.name === name)?.type).toBe(type);
  });
});

describe('the German capitalised-noun trap', () => {
  const mustNotMatch = [
    'Die Druckkampagne wurde gestartet.',
    'Abscheuliche Inhalte schaffen keine Notsituation.',
    'Besucher kamen am Montag.',
    'Der Netzwerkbetreiber kündigt in einem Blog-Eintrag an.',
    'Die Zusammenarbeit wird mit sofortiger Wirkung beendet.',
    'Ohne Schutz dürfte die Website nicht mehr erreichbar sein.',
    'Gab sich der Chef noch kämpferisch, folgte nun die Resignation.',
    'Der Backup-Plan war fertig.',
  ];
  it.each(mustNotMatch)('%s', (text) => {
    expect(names(text, 'de')).toEqual([]);
  });
  it('French capitalised words that the article writes in lower case are not names', () => {
    expect(names('Suite à une action du fournisseur, par la suite rien.', 'fr')).toEqual([]);
    expect(names('Il est temps. Tout le monde le sait.', 'fr')).toEqual([]);
  });
});

describe('resolution within an article', () => {
  it('resolves titled and surname-only forms to the full name', () => {
    const text = 'CEO Matthew Prince sagte das. Später schrieb Herr Prince erneut, und Prince blieb dabei.';
    const [prince, ...rest] = run(text, 'de');
    expect(rest).toEqual([]);
    expect(prince?.name).toBe('Matthew Prince');
    expect(prince?.mentions.map((m) => m.text)).toEqual(['Matthew Prince', 'Prince', 'Prince']);
  });
  it('resolves a role + surname for an unknown person', () => {
    const text = 'Der Gründer Nicholas Lim verkaufte die Firma. Lim schrieb dazu einen Blog.';
    const lim = run(text, 'de').find((e) => e.name === 'Nicholas Lim');
    expect(lim?.mentions).toHaveLength(2);
  });
  it('merges a misspelling and a handle into the known entity', () => {
    const text = 'Cloudflare a décidé. Ensuite Cloudfare a coupé 8chan, qui bascule vers @bitmitigate. BitMitigate accepte.';
    const found = run(text, 'fr');
    expect(found.find((e) => e.name === 'Cloudflare')?.mentions.map((m) => m.text)).toEqual(['Cloudflare', 'Cloudfare']);
    expect(found.find((e) => e.name === 'BitMitigate')?.mentions.map((m) => m.text)).toEqual(['@bitmitigate', 'BitMitigate']);
  });
  it('keeps an unknown handle as its own entity', () => {
    expect(names('Il a tweeté à @nordwind_ops hier.', 'fr')).toEqual(['@nordwind_ops']);
  });
  it('skips boilerplate regions', () => {
    const text = 'Foto: Cloudflare. Parler ist offline.';
    const doc = makeDoc(text, 'de', { regions: [{ start: 0, end: 17, kind: 'credit', rule: 'test' }] });
    expect(extractor.extract(doc).map((e) => e.name)).toEqual(['Parler']);
  });
});

describe('near-miss guard', () => {
  const cases: Array<[string, string, boolean]> = [
    ['cloudfare', 'cloudflare', true],
    ['bitmitigte', 'bitmitigate', true],
    ['8chan', '4chan', false],
    ['8kun1', '8kun2', false],
    ['apple', 'apply', false],
    ['epik', 'epic', false],
    ['twitter', 'twitcher', false],
    ['voxility', 'noxility', false],
  ];
  it.each(cases)('%s ~ %s → %s', (a, b, expected) => {
    expect(isNearMiss(a, b)).toBe(expected);
  });
});

describe('ids and lookups', () => {
  it('derives ids from the normalised canonical name', () => {
    expect(entityIdFor('Cloudflare')).toBe(entityIdFor(' cloudflare '));
    expect(entityIdFor('DDoS-Guard')).toBe(entityIdFor('ddos guard'));
    expect(entityIdFor('8chan')).not.toBe(entityIdFor('8kun'));
  });
  it('looks up provider categories by id', () => {
    expect(lookupEntity(entityIdFor('Cloudflare'))?.categories).toContain('cdn-protection');
    expect(lookupEntity(entityIdFor('Apple'))?.categories).toContain('app-store');
    expect(lookupEntity(entityIdFor('Parler'))).toMatchObject({ type: 'site', aliases: ['Parler.com'] });
    expect(lookupEntity('ent_0000000000000000')).toBeUndefined();
  });
});

describe('invariants over the seeds', () => {
  const dir = new URL('../seeds/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s: offsets slice-exact, ids stable across runs', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const lang = file.startsWith('004') ? 'fr' : 'de';
    const first = run(text, lang);
    expect(first.length).toBeGreaterThan(3);
    for (const entity of first) {
      expect(entity.id).toBe(entityIdFor(entity.name));
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(run(text, lang)).toEqual(first);
  });
});

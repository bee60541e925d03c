import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEntityExtractor } from '../extractors/entities/create-entity-extractor.ts';
import { getGazetteer, GAZETTEER_FILES } from '../extractors/entities/gazetteer.ts';
import { cueOf, getLexicon, isCommonWord } from '../extractors/entities/lexicon.ts';
import { loadData } from '../extractors/text/load-data.ts';
import { makeDoc } from './helpers/make-doc.ts';

const extractor = createEntityExtractor();
const zRows = z.object({ rows: z.array(z.object({ id: z.string() }).passthrough()) });

describe('gazetteer data', () => {
  const { entries, byKey } = getGazetteer();
  it('has hundreds of entries with unique ids across files', () => {
    expect(entries.length).toBeGreaterThan(600);
    const ids = GAZETTEER_FILES.flatMap((f) => loadData(f, zRows).rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('gives every alias to one entry only', () => {
    const shared = [...byKey].filter(([, list]) => list.length > 1).map(([key]) => key);
    expect(shared).toEqual([]);
  });
  it.each(entries.map((e) => [e.id, e] as const))('%s: its example finds it', (_, entry) => {
    const found = (['de', 'fr'] as const).some((lang) => extractor.extract(makeDoc(entry.example, lang)).some((e) => e.id === entry.entityId));
    expect(found).toBe(true);
  });
});

describe.each(['de', 'fr'] as const)('cue and non-name lists (%s)', (lang) => {
  const cues = loadData(`entities/cues.${lang}.json`, zRows).rows as Array<{ id: string; kind: string; cue: string; example: string }>;
  const nonNames = loadData(`entities/non-names.${lang}.json`, zRows).rows as Array<{ id: string; kind: string; word: string; example: string }>;
  it('has unique ids and keys', () => {
    expect(new Set(cues.map((r) => r.id)).size).toBe(cues.length);
    expect(new Set(cues.map((r) => r.cue.toLowerCase())).size).toBe(cues.length);
    expect(new Set(nonNames.map((r) => r.id)).size).toBe(nonNames.length);
  });
  it.each(cues.filter((r) => r.kind !== 'location').map((r) => [r.id, r] as const))('%s: the cue types the name in its example', (_, row) => {
    const entities = extractor.extract(makeDoc(row.example, lang));
    const expected = { title: 'person', role: 'person', org: 'organization', site: 'site', speech: 'person' }[row.kind];
    expect(entities.some((e) => e.type === expected)).toBe(true);
  });
  it.each(cues.filter((r) => r.kind === 'location').map((r) => [r.id, r] as const))('%s: is a location cue', (_, row) => {
    expect(cueOf(getLexicon(lang), row.cue)?.kind).toBe('location');
  });
  it.each(nonNames.map((r) => [r.id, r] as const))('%s: is not a name', (_, row) => {
    if (row.kind === 'suffix') {
      expect(isCommonWord(getLexicon(lang), row.example.split(' ')[1] ?? '')).toBe(true);
    } else {
      expect(extractor.extract(makeDoc(row.example, lang)).map((e) => e.name)).not.toContain(row.word);
    }
  });
});

describe('name lists', () => {
  const rows = loadData('entities/name-lists.json', zRows).rows as Array<{ id: string; kind: string; names: string[]; example: string }>;
  it('has unique ids and no name in two rows', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const names = rows.flatMap((r) => r.names);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
  it.each(rows.map((r) => [r.id, r] as const))('%s: its example fires it', (_, row) => {
    const entities = extractor.extract(makeDoc(row.example, 'de'));
    const expected = { 'first-name': 'person', location: 'location', organization: 'organization', 'org-word': 'organization', 'loc-word': 'location' }[row.kind];
    expect(entities.some((e) => e.type === expected)).toBe(true);
  });
});

describe.each(['de', 'fr'] as const)('linked-name heads and links (%s)', (lang) => {
  const rows = loadData(`entities/linked-names.${lang}.json`, zRows).rows as Array<{ id: string; kind: string; word: string; example: string }>;
  it('has unique ids and words', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => `${r.kind}:${r.word}`)).size).toBe(rows.length);
  });
  it.each(rows.filter((r) => r.kind !== 'link').map((r) => [r.id, r] as const))('%s: its example makes a linked name', (_, row) => {
    const mentions = extractor.extract(makeDoc(row.example, lang)).flatMap((e) => e.mentions);
    expect(mentions.some((m) => m.rule === `entities/linked-name:${row.id}`)).toBe(true);
  });
  it.each(rows.filter((r) => r.kind === 'link').map((r) => [r.id, r] as const))('%s: its example holds a linked name with the link', (_, row) => {
    const mentions = extractor.extract(makeDoc(row.example, lang)).flatMap((e) => e.mentions);
    const linked = mentions.filter((m) => m.rule.startsWith('entities/linked-name:'));
    expect(linked.some((m) => m.text.toLowerCase().replace(/’/gu, "'").split(/[\s']+/u).includes(row.word))).toBe(true);
  });
});

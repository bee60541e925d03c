import { describe, expect, it } from 'vitest';
import { extractEntities } from '../extractors/entities/create-entity-extractor.ts';
import { splitSentences } from '../extractors/text/sentences.ts';
import { tokenize } from '../extractors/entities/tokenize.ts';
import { makeDoc } from './helpers/make-doc.ts';

// Generated hostile texts (issue 18). Their speed is measured in the benchmark; here
// the scanners must give the right answer on them, with offsets that slice exactly.
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
// Names that differ in two letters at least (`Qbxb`, `Qcxc`), so none is a misspelling
// of another, and of consonants only, so none ends like a German noun (`-ei`, `-sam`).
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
const letters = (i: number): string => (i < 20 ? '' : letters(Math.floor(i / 20))) + (CONSONANTS[i % 20] ?? 'b');
const distinct = (n: number, make: (name: string) => string): string =>
  Array.from({ length: n }, (_, i) => make(`Q${letters(i)}x${letters(i)}`)).join(' ');

describe('entity scanning on hostile input', () => {
  it.each([
    ['dots', repeat('.', 20_000)],
    ['a. without spaces', repeat('a.', 20_000)],
    ['A. with spaces', repeat('A. ', 20_000)],
    ['hyphen chains', repeat('Aa-', 20_000)],
    ['dotted labels', repeat('ab.cd.', 20_000)],
    ['quotes and dots', `${repeat('.', 5_000)}${repeat('»', 5_000)} Text`],
  ])('%s: no entity, one sentence per line', (_, text) => {
    expect(extractEntities(makeDoc(text, 'de'))).toEqual([]);
    expect(splitSentences(text, 'de').length).toBeLessThanOrEqual(2);
  });

  it('a long dotted run is words and stops, not a domain', () => {
    const tokens = tokenize(repeat('a.', 2_000));
    expect(tokens.some((t) => t.kind === 'domain')).toBe(false);
    expect(tokens.filter((t) => t.kind === 'word')).toHaveLength(1_000);
  });

  it('still finds a domain and a handle after hostile text', () => {
    const text = `${repeat('a.', 4_000)} Die Seite example.com und @example_news.`;
    const tokens = tokenize(text);
    expect(tokens.filter((t) => t.kind === 'domain').map((t) => t.text)).toEqual(['example.com']);
    expect(tokens.filter((t) => t.kind === 'handle').map((t) => t.text)).toEqual(['@example_news']);
  });

  it('a handle longer than 30 characters is no handle', () => {
    expect(tokenize(`@${'a'.repeat(40)}`).some((t) => t.kind === 'handle')).toBe(false);
  });

  it.each([
    ['distinct names after Herr', 2_000, (name: string) => `Herr ${name} kam.`],
    ['distinct handles', 2_000, (name: string) => `@${name}`],
    ['distinct places', 2_000, (name: string) => `in ${name},`],
  ] as const)('%s: one entity each, offsets exact', (_, n, make) => {
    const doc = makeDoc(distinct(n, make), 'de');
    const entities = extractEntities(doc);
    expect(entities).toHaveLength(n);
    for (const m of entities.flatMap((e) => e.mentions)) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});

import { describe, expect, it } from 'vitest';
import { describeActions, loadConstructionTable, type ConstructionRow, type TableLang } from './helpers/construction-table.ts';
import { entityIdFor } from '../extractors/entities/entity-id.ts';
import { lookupEntity } from '../extractors/entities/gazetteer.ts';
import { rankProvider } from '../extractors/actions/rank-provider.ts';

/** The constructions of issue 14, points 1–8, that each table must cover (README.md in test/constructions says what each is). */
const CONSTRUCTIONS: Record<TableLang, readonly string[]> = {
  de: [
    'main-present', 'simple-past', 'compound-past', 'future', 'modal-infinitive', 'infinitive-clause', 'fronted-phrase', 'subordinate',
    'separable-verb', 'passive-agent', 'passive-no-agent', 'nominalisation', 'possessor',
    'coordination-providers', 'coordination-targets', 'platform-as-medium',
    'description-site', 'description-provider', 'role-phrase', 'first-person', 'impersonal',
    'ending', 'negation', 'refusal', 'hedging', 'vocabulary', 'object-type', 'headline',
  ],
  fr: [
    'main-present', 'simple-past', 'compound-past', 'future', 'modal-infinitive', 'infinitive-clause', 'fronted-phrase', 'subordinate',
    'pronominal', 'gerund', 'passive-agent', 'passive-no-agent', 'nominalisation', 'possessor',
    'coordination-providers', 'coordination-targets', 'platform-as-medium',
    'description-site', 'description-provider', 'role-phrase', 'first-person', 'impersonal',
    'ending', 'negation', 'refusal', 'hedging', 'vocabulary', 'object-type', 'headline',
  ],
};
/** Rows that must yield nothing: the same verbs said of other things, providers named without acting. */
const NOTHING = ['other-sense', 'no-action'];
const MIN_PER_CONSTRUCTION = 8;
const MIN_ROWS = 150;
const MIN_EMPTY = 40;

const LANGS: readonly TableLang[] = ['de', 'fr'];
const tables = new Map(LANGS.map((lang) => [lang, loadConstructionTable(lang)]));
const rowsOf = (lang: TableLang): ConstructionRow[] => tables.get(lang) ?? [];

describe.each(LANGS)('construction table actions.%s.json', (lang) => {
  const rows = rowsOf(lang);

  it('has unique ids and texts, each id named for its language and construction', () => {
    const ids = rows.map((row) => row.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(rows.filter((row) => !row.id.startsWith(`${lang}/${row.construction}-`)).map((row) => row.id)).toEqual([]);
    const texts = rows.map((row) => row.text);
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
  });

  it('uses only the listed constructions, and lists each expected action once', () => {
    const known = new Set([...CONSTRUCTIONS[lang], ...NOTHING]);
    expect(rows.filter((row) => !known.has(row.construction)).map((row) => row.id)).toEqual([]);
    expect(rows.filter((row) => new Set(row.expect).size !== row.expect.length).map((row) => row.id)).toEqual([]);
  });

  it('names providers and targets by their gazetteer names, and only providers the gazetteer ranks as such', () => {
    const keys = rows.flatMap((row) => row.expect.map((key) => ({ id: row.id, key })));
    const parts = keys.map(({ id, key }) => {
      const [provider = '', , target = ''] = key.replace(/ (!neg|~hedge)/gu, '').split('>');
      return { id, provider, target };
    });
    const isCanonical = (name: string): boolean => lookupEntity(entityIdFor(name))?.name === name;
    expect(parts.filter(({ provider, target }) => !isCanonical(provider) || !isCanonical(target))).toEqual([]);
    const canProvide = (name: string): boolean => {
      const info = lookupEntity(entityIdFor(name));
      return info !== undefined && rankProvider({ id: entityIdFor(name), type: info.type }, lookupEntity, false) > 0;
    };
    expect(parts.filter(({ provider }) => !canProvide(provider))).toEqual([]);
  });

  it(`covers every construction at least ${MIN_PER_CONSTRUCTION} times`, () => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.construction, (counts.get(row.construction) ?? 0) + 1);
    const short = CONSTRUCTIONS[lang].filter((id) => (counts.get(id) ?? 0) < MIN_PER_CONSTRUCTION);
    expect(short).toEqual([]);
  });

  it(`has at least ${MIN_ROWS} rows and ${MIN_EMPTY} that must yield nothing`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(MIN_ROWS);
    expect(rows.filter((row) => row.expect.length === 0).length).toBeGreaterThanOrEqual(MIN_EMPTY);
    expect(rows.filter((row) => NOTHING.includes(row.construction) && row.expect.length > 0).map((row) => row.id)).toEqual([]);
  });
});

// Rows marked `"status": "fails"` are what the current extractor gets wrong: they run as
// `it.fails`, so a fix shows up as an unexpected pass and the mark is then removed.
describe.each(LANGS)('actions on the %s construction table', (lang) => {
  for (const row of rowsOf(lang)) {
    const run = row.status === 'fails' ? it.fails : it;
    run(`${row.id}: ${row.text}`, () => {
      expect(describeActions(row.text, lang)).toEqual([...row.expect].sort());
    });
  }
});

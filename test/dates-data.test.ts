import { describe, expect, it } from 'vitest';
import { createDateExtractor } from '../extractors/dates/create-date-extractor.ts';
import { loadDateLexicon, type DateLang } from '../extractors/dates/load-date-lexicon.ts';
import { makeDoc } from './helpers/make-doc.ts';

const extractor = createDateExtractor();
const ANCHOR = { value: '2021-01-11', granularity: 'day', from: 'record' } as const;

describe.each(['de', 'fr'] as const)('date lexicon %s', (lang: DateLang) => {
  const lexicon = loadDateLexicon(lang);

  it('has unique ids per file', () => {
    for (const rows of Object.values(lexicon)) {
      const ids = (rows as Array<{ id: string }>).map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('lists each month and weekday form once', () => {
    const forms = [...lexicon.months, ...lexicon.weekdays].flatMap((row) => row.forms.map((f) => f.toLowerCase()));
    expect(new Set(forms).size).toBe(forms.length);
    expect(new Set(lexicon.months.map((row) => row.month)).size).toBe(12);
    expect(new Set(lexicon.weekdays.map((row) => row.weekday)).size).toBe(7);
  });

  it.each(lexicon.relatives.map((row) => [row.id, row.example] as const))('relative %s fires on its example "%s"', (id, example) => {
    const facts = extractor.extract(makeDoc(example, lang, { published: ANCHOR }));
    expect(facts.map((f) => f.rule)).toContain(`dates/relative:${id}`);
  });

  it.each([...lexicon.months, ...lexicon.weekdays].map((row) => [row.id, row.example] as const))('%s fires on its example "%s"', (_id, example) => {
    expect(extractor.extract(makeDoc(example, lang, { published: ANCHOR })).length).toBeGreaterThan(0);
  });
});

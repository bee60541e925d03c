import { describe, expect, it } from 'vitest';
import { scanQuotationMarks } from '../extractors/quotes/scan-quotation-marks.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';
import type { ExtractorMessage } from '../extractors/types.ts';
import { makeDoc } from './helpers/make-doc.ts';
import { buildEntities } from './quotes-helpers.ts';

// Generated hostile texts (issue 18). Before the bounded stack each of them took
// quadratic time (100,000 characters of `„` took 112 s); the time itself is the
// bench's business, these tests check that the result stays bounded and sane.
const SIZE = 50_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

describe('the quotation-mark scanner on hostile input', () => {
  it.each([['„'], ['« '], ['»'], ['‚'], ['›']])('%j repeated: one quotation open from the first mark to the end', (unit) => {
    const text = repeat(unit);
    const { spans } = scanQuotationMarks(text);
    expect(spans.length).toBeLessThanOrEqual(1);
    for (const span of spans) expect(span).toMatchObject({ open: 0, close: text.length, unclosed: true });
  });

  it('nested „»‚…‘«“ repeated: one outermost span per group, the cut last group open to the end', () => {
    const text = repeat('„»‚…‘«“');
    const { spans } = scanQuotationMarks(text);
    const whole = Math.floor(SIZE / 7);
    expect(spans).toHaveLength(whole + 1);
    expect(spans.slice(0, whole).every((s, k) => s.open === 7 * k && s.close === 7 * k + 6 && !s.unclosed)).toBe(true);
    expect(spans[whole]).toMatchObject({ open: 7 * whole, close: SIZE, unclosed: true });
  });

  it('ASCII "" repeated: adjacent pairs, none longer than its two marks', () => {
    const { spans } = scanQuotationMarks(repeat('"'));
    expect(spans).toHaveLength(SIZE / 2);
    expect(spans.every((s) => s.close === s.open + 1)).toBe(true);
  });

  it('openers deeper than real nesting stay text: a closing mark still closes the outermost quotation', () => {
    const text = `„Wir ${'‚'.repeat(1000)}gehen“ jetzt.`;
    expect(scanQuotationMarks(text).spans).toEqual([{ open: 0, close: text.indexOf('“'), openMark: '„', reopened: 0, unclosed: false, unopened: false }]);
  });

  it('a paragraph break in every gap: openers are dropped per paragraph, never carried on', () => {
    const text = repeat('„a\nb ');
    const { spans, unclosed } = scanQuotationMarks(text);
    expect(spans).toEqual([]);
    expect(unclosed).toHaveLength(SIZE / 5);
  });
});

describe('the quote extractor on hostile input', () => {
  const extractor = createQuoteExtractor();

  it.each([['„'], ['„»‚…‘«“'], ['« « « '], ['»«']])('%j repeated: no quotation without words, at most one message', (unit) => {
    const messages: ExtractorMessage[] = [];
    expect(extractor.extract(makeDoc(repeat(unit), 'de'), (m) => messages.push(m))).toEqual([]);
    expect(messages.length).toBeLessThanOrEqual(1);
  });

  it('post signatures and forum markers repeated on one line: bounded, slice-exact', () => {
    const text = repeat('Anna Berger schrieb. — Anna Berger (@ab) 1. Mai 2020 Zitat von Anna Berger ');
    const doc = makeDoc(text, 'de', { facts: { entities: buildEntities(text, [['Anna Berger', 'person']]) } });
    const quotes = extractor.extract(doc);
    expect(quotes.length).toBeLessThan(SIZE / 20);
    expect(quotes.every((q) => text.slice(q.start, q.end) === q.text)).toBe(true);
  });

  it('short quotations in one sentence without an end or a frame: none (a word inside one quotation frames no other)', () => {
    expect(extractor.extract(makeDoc(repeat('„gute Worte“ und '), 'de'))).toEqual([]);
  });

  it('the same quotation repeated thousands of times: every occurrence, slice-exact', () => {
    const unit = '„Wir gehen heute nach Hause“, sagte er. ';
    const text = repeat(unit);
    const quotes = extractor.extract(makeDoc(text, 'de'));
    expect(quotes.length).toBe(Math.floor(SIZE / unit.length));
    expect(quotes.every((q) => text.slice(q.start, q.end) === q.text && q.text === 'Wir gehen heute nach Hause')).toBe(true);
  });
});

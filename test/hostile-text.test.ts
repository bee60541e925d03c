import { describe, expect, it } from 'vitest';
import { splitSentences } from '../extractors/text/sentences.ts';
import { extractDates } from '../extractors/dates/create-date-extractor.ts';
import { getDateRules, type DateRules } from '../extractors/dates/compile-date-rules.ts';
import { createTenseDetector } from '../extractors/dates/detect-tense.ts';
import { pickLongest, type DateCandidate } from '../extractors/dates/date-candidate.ts';
import { capMessages } from '../pipeline/stages/cap-messages.ts';

// Hostile texts from issue 18, generated. Where no count of work can be read, the test's time
// limit stands far (×100 and more) above the linear scan and far below the old quadratic one.
const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

describe('sentence splitting of hostile text', () => {
  it('reads a run of 100,000 full stops as one sentence, in linear time', { timeout: 2000 }, () => {
    const text = repeat('.', 100_000);
    expect(splitSentences(text, 'de')).toEqual([{ start: 0, end: text.length, text }]);
  });

  it('still ends a sentence after a run of terminators and closing quotes', () => {
    const text = 'Er ging?!…“ Dann kam sie... Und dann?';
    expect(splitSentences(text, 'de').map((s) => s.text)).toEqual(['Er ging?!…“', 'Dann kam sie...', 'Und dann?']);
  });
});

/** Date rules whose tense cues count every character they are asked to read. */
function countingRules(base: DateRules): { rules: DateRules; read: () => number } {
  let chars = 0;
  const cue = { test: (text: string): boolean => ((chars += text.length), false) } as unknown as RegExp;
  return { rules: { ...base, tenseCues: [{ regex: cue, tense: 'past' }] }, read: () => chars };
}

describe('dates in hostile text', () => {
  it('reads a sentence of a thousand dates and no comma for their tense once, not once per date', () => {
    const sentence = repeat('12.12.2021 ', 11_000);
    const { rules, read } = countingRules(getDateRules('de'));
    const tenseAt = createTenseDetector(sentence, rules);
    for (let at = 0; at < sentence.length; at += 11) expect(tenseAt(at, at + 10)).toBe('unknown');
    // The clause (here the whole sentence) once, and the sentence as a fallback once.
    expect(read()).toBe(2 * sentence.length);
  });

  it('finds the clause of each date between commas, as before', () => {
    const rules = getDateRules('de');
    const sentence = 'Am 3. Mai wurde er gewählt, am 4. Mai wird er vereidigt';
    const tenseAt = createTenseDetector(sentence, rules);
    expect(tenseAt(3, 9)).toBe('past');
    expect(tenseAt(31, 37)).toBe('future');
  });

  it('keeps the longest of overlapping candidates among thousands, without comparing each pair', { timeout: 2000 }, () => {
    const meaning = { kind: 'calendar', year: null, month: 1, day: 1 } as const;
    const candidates: DateCandidate[] = [];
    for (let i = 0; i < 50_000; i++) {
      candidates.push({ start: i * 10, end: i * 10 + 8, rule: 'long', meaning }, { start: i * 10 + 2, end: i * 10 + 5, rule: 'short', meaning });
    }
    const kept = pickLongest(candidates);
    expect(kept).toHaveLength(50_000);
    expect(kept.every((c) => c.rule === 'long')).toBe(true);
  });

  it('finds every date of `12.12.2021 ` repeated (110 KB)', { timeout: 10_000 }, () => {
    const text = repeat('12.12.2021 ', 110_000);
    const facts = extractDates(text, 'de', '2021-01-11');
    expect(facts).toHaveLength(10_000);
    expect(facts.every((f) => f.value === '2021-12-12' && f.text === text.slice(f.start, f.end))).toBe(true);
  });
});

describe('messages of one article', () => {
  it('keeps the first N messages of a rule and one that counts the rest', () => {
    const message = (ruleId: string, start: number) => ({ reason: 'r', ruleId, source: 's', file: 'f', line: 1, place: { start, end: start + 1 }, fatal: false });
    const messages = [...Array.from({ length: 250 }, (_, i) => message('quotes/unclosed', i)), message('dates/other', 0)];
    const capped = capMessages(messages, 100);
    expect(capped).toHaveLength(102);
    expect(capped.filter((m) => m.ruleId === 'quotes/unclosed')).toHaveLength(101);
    expect(capped.at(-1)).toMatchObject({ ruleId: 'quotes/unclosed', place: null, reason: expect.stringMatching(/^150 more like the above/u) });
    expect(capMessages(messages.slice(0, 5), 100)).toEqual(messages.slice(0, 5));
  });
});

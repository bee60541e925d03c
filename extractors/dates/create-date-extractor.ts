/**
 * The dates extractor (German and French): temporal expressions that name a point
 * in time, normalised against the publication date (`doc.meta.published`).
 *
 * Who does what:
 * - chrono-node (`chrono-node/de`, `chrono-node/fr`, casual parsers) finds calendar
 *   days written with digits: `11.1.2021`, `12.07.2022`, `2021-01-11`, `am 12. Juli`,
 *   `5 août 2019`, `lundi 11 janvier 2021` (rule `dates/chrono`). Only its certain
 *   fields (day, month, year) are used; its own resolution (which reads the clock,
 *   guesses years forward and reads `früh` as Friday) is not.
 * - Lexicon rules from `data/dates/*.<lang>.json` find what chrono misses or
 *   over-matches: month and year (`im August`, `août 2019`, `En 2017`, `2018`:
 *   `dates/month`, `dates/month-year`, `dates/year`), weekdays with parts of the day
 *   (`am späten Sonntagabend`, `lundi matin`: `dates/weekday`) and deictic
 *   expressions (`heute`, `vor wenigen Tagen`, `L’année dernière`, `minuit ce soir`:
 *   `dates/relative:<row id>`). Durations, clock times and counts are never matched.
 * - Overlaps keep the longest span; `resolve-date.ts` normalises each one with the
 *   clause's tense (`detect-tense.ts`) to the finest granularity that is certain,
 *   or null when the publication date is missing or too coarse.
 */
import type { DateFact } from '../../schemas/date.ts';
import type { Extractor } from '../types.ts';
import { isInBoilerplate } from '../text/regions.ts';
import { loadSentenceData, splitSentences } from '../text/sentences.ts';
import { getDateRules } from './compile-date-rules.ts';
import { pickLongest } from './date-candidate.ts';
import { createTenseDetector } from './detect-tense.ts';
import { findCalendarDates } from './find-calendar-dates.ts';
import { findMonthsAndYears, findRelativeDates, findWeekdays } from './find-rule-dates.ts';
import type { DateLang } from './load-date-lexicon.ts';
import { resolveMeaning } from './resolve-date.ts';

export interface ExtractDatesOptions {
  /**
   * `news` (default) takes a year-less date's year from the publication date;
   * `narrative` from the last year the text named (history, encyclopaedic text),
   * as HeidelTime's narrative mode does.
   */
  genre?: 'news' | 'narrative';
}

/** Finds and normalises the dates of `text`, anchored on `anchor` (`YYYY[-MM[-DD]]` or null). */
export function extractDates(text: string, lang: DateLang, anchor: string | null, options: ExtractDatesOptions = {}): DateFact[] {
  const rules = getDateRules(lang);
  const facts: DateFact[] = [];
  let lastYear: number | null = null;
  for (const sentence of splitSentences(text, lang)) {
    const base = sentence.start;
    const candidates = pickLongest([
      ...findCalendarDates(sentence.text, base, lang, rules.monthName),
      ...findMonthsAndYears(sentence.text, base, rules),
      ...findWeekdays(sentence.text, base, rules),
      ...findRelativeDates(sentence.text, base, rules),
    ]);
    const tenseAt = createTenseDetector(sentence.text, rules);
    for (const candidate of candidates) {
      const tense = tenseAt(candidate.start - base, candidate.end - base);
      let meaning = candidate.meaning;
      if (meaning.kind === 'calendar' && meaning.year !== null) lastYear = meaning.year;
      else if (meaning.kind === 'calendar' && options.genre === 'narrative' && lastYear !== null) meaning = { ...meaning, year: lastYear };
      const { value, granularity } = resolveMeaning(meaning, anchor, tense);
      facts.push({
        start: candidate.start,
        end: candidate.end,
        text: text.slice(candidate.start, candidate.end),
        value,
        granularity,
        anchor,
        rule: candidate.rule,
      });
    }
  }
  return facts;
}

/** The dates extractor: validates and compiles both lexicons when created. */
export function createDateExtractor(): Extractor<'dates'> {
  getDateRules('de');
  getDateRules('fr');
  loadSentenceData();
  return {
    id: 'dates',
    version: '1',
    provides: 'dates',
    requires: [],
    languages: ['de', 'fr'],
    extract(doc) {
      const lang: DateLang = doc.meta.language?.code === 'fr' ? 'fr' : 'de';
      const anchor = doc.meta.published?.value ?? null;
      return extractDates(doc.text, lang, anchor).filter((fact) => !isInBoilerplate(doc, fact.start, fact.end));
    },
  };
}

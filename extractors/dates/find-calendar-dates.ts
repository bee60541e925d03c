import * as chronoDe from 'chrono-node/de';
import * as chronoFr from 'chrono-node/fr';
import type { DateCandidate } from './date-candidate.ts';
import type { DateLang } from './load-date-lexicon.ts';

const PARSERS = { de: chronoDe.casual, fr: chronoFr.casual };
// chrono fills unknown fields from its reference; only `isCertain` fields are used, so a
// fixed reference keeps the clock out without changing the result.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
// chrono glues a following clock time onto the date ("5.3.2020 um 14:30 Uhr"): the date ends before it.
// A calendar day shows a numeric date or a month name; chrono also reads "letzten 48 Stunden" as one.
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}/u;
const TRAILING_TIME = /,?\s+(?:um|gegen|ab|à|vers|dès)\s+\d.*$|,?\s+\d{1,2}[:h.]\d{2}(?:\s*Uhr|\s*h)?$/u;

/**
 * Calendar days written with digits (`11.1.2021`, `12. Juli`, `5 août 2019`,
 * `lundi 11 janvier 2021`), found by chrono in `text` (a sentence starting at
 * `base`). Relative words chrono also knows (`Morgen`, `früh` read as Friday)
 * are left to the lexicon rules: a result needs a digit, a certain month and day.
 */
export function findCalendarDates(text: string, base: number, lang: DateLang, monthName: RegExp): DateCandidate[] {
  const found: DateCandidate[] = [];
  // A calendar day needs a digit: chrono runs only on sentences that hold one.
  if (!/\d/u.test(text)) return found;
  for (const result of PARSERS[lang].parse(text, REFERENCE)) {
    const start = result.start;
    if (!/\d/u.test(result.text) || !(NUMERIC_DATE.test(result.text) || monthName.test(result.text))) continue;
    // Phone numbers and versions (03.29.88.43.12): digits run on past chrono's match.
    const before = text.slice(Math.max(0, result.index - 2), result.index);
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 2);
    if (/\d[./]?$/u.test(before) || /^[./]?\d/u.test(after)) continue;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const dateText = result.end ? result.text : result.text.replace(TRAILING_TIME, '');
    found.push({
      start: base + result.index,
      end: base + result.index + dateText.length,
      rule: 'dates/chrono',
      meaning: {
        kind: 'calendar',
        year: start.isCertain('year') ? (start.get('year') ?? null) : null,
        month: start.get('month') ?? null,
        day: start.get('day') ?? null,
      },
    });
  }
  return found;
}

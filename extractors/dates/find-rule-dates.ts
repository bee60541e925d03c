import type { DateCandidate } from './date-candidate.ts';
import { normalizeKey, type DateRules } from './compile-date-rules.ts';
import type { Direction } from './resolve-date.ts';

function* matchAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    else yield match;
  }
}

/** Deictic days, weeks, weekends, months and years (`heute`, `vor zwei Jahren`, `la semaine dernière`). */
export function findRelativeDates(text: string, base: number, rules: DateRules): DateCandidate[] {
  const found: DateCandidate[] = [];
  if (!rules.anyRelative.test(text)) return found;
  for (const rule of rules.relatives) {
    for (const match of matchAll(rule.regex, text)) {
      let offset = rule.offset;
      let range: [number, number] | null = null;
      const n = match.groups?.['n'];
      if (n !== undefined && rule.sign !== null) {
        const word = /^\d+$/u.test(n) ? { value: Number(n), min: Number(n), max: Number(n) } : rules.numbers.get(normalizeKey(n));
        if (!word) continue;
        if (word.value !== null) offset = rule.sign * word.value;
        else range = rule.sign < 0 ? [-word.max, -word.min] : [word.min, word.max];
      }
      found.push({
        start: base + match.index,
        end: base + match.index + match[0].length,
        rule: `dates/relative:${rule.id}`,
        meaning: { kind: 'relative', unit: rule.unit, offset, range },
      });
    }
  }
  return found;
}

/** Weekdays with their lead and parts of the day (`am späten Sonntagabend`, `lundi matin`, `mardi dernier`). */
export function findWeekdays(text: string, base: number, rules: DateRules): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of matchAll(rules.weekday, text)) {
    const groups = match.groups ?? {};
    const weekday = rules.weekdays.get(normalizeKey(groups['wd'] ?? ''));
    if (weekday === undefined) continue;
    const modifiers = [groups['lead'], groups['post']].filter((m): m is string => m !== undefined).map(normalizeKey);
    let direction: Direction | null = null;
    if (modifiers.some((m) => rules.weekdayPast.has(m))) direction = 'past';
    else if (modifiers.some((m) => rules.weekdayFuture.has(m))) direction = 'future';
    found.push({
      start: base + match.index,
      end: base + match.index + match[0].length,
      rule: 'dates/weekday',
      meaning: { kind: 'weekday', weekday, direction },
    });
  }
  return found;
}

/**
 * Months with or without a year (`im August`, `août 2019`, `Ende Mai`) and bare years
 * (`2018`, `En 2017`, `im Jahr 2015`). A bare month needs a lead or a trigger word
 * (`August Bebel` is a name); a year needs 1900–2099 and no count noun after it (`2018 Nutzer`).
 */
export function findMonthsAndYears(text: string, base: number, rules: DateRules): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of matchAll(rules.monthYear, text)) {
    const groups = match.groups ?? {};
    const month = rules.months.get(normalizeKey(groups['month'] ?? ''));
    if (month === undefined) continue;
    const year = groups['year'] === undefined ? null : Number(groups['year']);
    if (groups['lead'] === undefined && year === null && !rules.triggerBefore.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    found.push({
      start: base + match.index,
      end: base + match.index + match[0].length,
      rule: year === null ? 'dates/month' : 'dates/month-year',
      meaning: { kind: 'calendar', year, month, day: null },
    });
  }
  for (const match of matchAll(rules.year, text)) {
    const end = match.index + match[0].length;
    if (rules.countNoun.test(text.slice(end, end + 40))) continue;
    found.push({
      start: base + match.index,
      end: base + end,
      rule: 'dates/year',
      meaning: { kind: 'calendar', year: Number(match.groups?.['year']), month: null, day: null },
    });
  }
  return found;
}

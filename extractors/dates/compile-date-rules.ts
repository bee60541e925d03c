import { alternation, loadDateLexicon, modifierForms, type DateLang, type DateLexicon, type Unit } from './load-date-lexicon.ts';

// Unicode-aware word edges: `\b` is ASCII-only and would split "Über" or "août".
const OPEN = '(?<![\\p{L}\\p{N}])';
const CLOSE = '(?![\\p{L}\\p{N}])';

export interface RelativeRule {
  id: string;
  regex: RegExp;
  unit: Unit;
  offset: number | null;
  sign: -1 | 1 | null;
}

/** The date lexicon of one language, compiled into regexes and maps once. */
export interface DateRules {
  lexicon: DateLexicon;
  relatives: RelativeRule[];
  /** Matches where any of `relatives` may: a cheap test before running each. */
  anyRelative: RegExp;
  /** Number word (lower case) to its value or its vague range. */
  numbers: Map<string, { value: number | null; min: number; max: number }>;
  weekday: RegExp;
  weekdays: Map<string, number>;
  weekdayPast: Set<string>;
  weekdayFuture: Set<string>;
  monthYear: RegExp;
  /** Matches the end of the text before a bare month that licenses it (seit August). */
  triggerBefore: RegExp;
  months: Map<string, number>;
  /** Any month name or abbreviation, anywhere. */
  monthName: RegExp;
  year: RegExp;
  countNoun: RegExp;
  tenseCues: Array<{ regex: RegExp; tense: 'past' | 'future' }>;
}

const compiled = new Map<DateLang, DateRules>();

const key = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ');

function compile(lang: DateLang): DateRules {
  const lexicon = loadDateLexicon(lang);
  const dayParts = alternation(lexicon.dayParts.flatMap((row) => row.forms));
  const numberForms = lexicon.numbers.flatMap((row) => row.forms);
  const fill = (pattern: string, group = '?<n>'): string =>
    pattern
      .replaceAll('{n}', `(${group}\\d{1,3}|${alternation(numberForms)})`)
      .replaceAll('{approx}', `(?:${alternation(modifierForms(lexicon, 'approx'))})`)
      .replaceAll('{daypart}', dayParts);
  const relatives = lexicon.relatives.map((row) => ({
    id: row.id,
    regex: new RegExp(`${OPEN}(?:${fill(row.pattern)})${CLOSE}`, 'gu'),
    unit: row.unit,
    offset: row.offset ?? null,
    sign: row.sign ?? null,
  }));
  // One pass that tells whether any relative rule can match, before each rule scans the sentence.
  const anyRelative = new RegExp(`${OPEN}(?:${lexicon.relatives.map((row) => `(?:${fill(row.pattern, '?:')})`).join('|')})${CLOSE}`, 'u');
  const numbers = new Map<string, { value: number | null; min: number; max: number }>();
  for (const row of lexicon.numbers) {
    for (const form of row.forms) numbers.set(key(form), { value: row.value, min: row.min ?? row.value ?? 1, max: row.max ?? row.value ?? 1 });
  }

  const weekdays = new Map(lexicon.weekdays.flatMap((row) => row.forms.map((form) => [key(form), row.weekday] as const)));
  const past = modifierForms(lexicon, 'weekday-past');
  const future = modifierForms(lexicon, 'weekday-future');
  const lead = alternation([...modifierForms(lexicon, 'weekday-lead'), ...past, ...future]);
  const weekdayNames = alternation([...weekdays.keys()]);
  // German glues the part of the day on (Montagvormittag); both languages may add it after a space.
  const glued = lang === 'de' ? `(?:${lexicon.dayParts.flatMap((row) => row.forms).join('|')})?` : '';
  const after = lang === 'fr' ? `(?:\\s+(?<post>${alternation([...past, ...future])}))?` : '';
  const weekday = new RegExp(
    `${OPEN}(?:(?<lead>${lead})\\s+)?(?<wd>${weekdayNames})${glued}(?:\\s+(?:${dayParts}))?${after}${CLOSE}(?!\\s+[Ss]ainte?${CLOSE})`,
    'gu',
  );

  const months = new Map(lexicon.months.flatMap((row) => row.forms.map((form) => [key(form), row.month] as const)));
  const monthLead = alternation(modifierForms(lexicon, 'lead'));
  const trigger = alternation(modifierForms(lexicon, 'trigger'));
  const monthNames = alternation([...months.keys()].filter((form) => !form.endsWith('.')));
  const monthYear = new RegExp(
    `(?:${OPEN}(?<lead>${monthLead})(?:\\s+|(?<=-)))?${OPEN}(?<month>${monthNames})(?:\\s+(?<year>(?:19|20)\\d{2}))?${CLOSE}(?![.,]?\\d)`,
    'gu',
  );
  const monthName = new RegExp(`${OPEN}(?:${alternation([...months.keys()])})`, 'iu');
  const triggerBefore = new RegExp(`${OPEN}(?:${trigger})\\s+$`, 'u');
  // Years before 1900 only after a word that makes them one (im Jahr 1789, seit 1614, en 1789).
  const oldYearLead = `(?:${alternation(modifierForms(lexicon, 'old-year-lead'))})`;
  const year = new RegExp(
    `(?:${OPEN}(?<lead>${monthLead})\\s+)?(?<![\\d.,:€$£+§-]|\\d\\s|(?<![\\p{L}])(?:Nr|No|n°|S|p)\\.\\s|(?:Nr|n°)\\s|(?:Kapitel|Artikel|Seite|Paragraf|Version|Windows|page|numéro|chapitre|article|version)\\s)${OPEN}(?<year>(?:19|20)\\d{2}|(?<=${oldYearLead}\\s)1[0-8]\\d{2})${CLOSE}(?![.,:-]?\\d|/\\d(?!\\d{1,3}${CLOSE})|\\s?[%€$£]|\\s\\d)`,
    'gu',
  );
  const countNoun = new RegExp(`^\\s+(?:${alternation(lexicon.countNouns.flatMap((row) => row.forms))})(?![\\p{L}\\p{N}])`, 'u');
  const tenseCues = lexicon.tenseCues.map((row) => ({ regex: new RegExp(row.pattern, 'u'), tense: row.tense }));
  return {
    lexicon, relatives, anyRelative, numbers, weekday, weekdays, weekdayPast: new Set(past.map(key)), weekdayFuture: new Set(future.map(key)),
    monthYear, triggerBefore, months, monthName, year, countNoun, tenseCues,
  };
}

/** The compiled date rules of `lang`, built on first use and cached. */
export function getDateRules(lang: DateLang): DateRules {
  let rules = compiled.get(lang);
  if (!rules) {
    rules = compile(lang);
    compiled.set(lang, rules);
  }
  return rules;
}

export { key as normalizeKey };

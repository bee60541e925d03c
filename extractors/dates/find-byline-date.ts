import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import { getDateRules } from './compile-date-rules.ts';
import { alternation } from './load-date-lexicon.ts';

export interface BylineDate {
  value: string;
  granularity: 'year' | 'month' | 'day';
  start: number;
  end: number;
}

const zBylineCues = z.object({
  description: z.string(),
  rows: z.array(zLexiconRow.extend({ lang: z.enum(['de', 'fr']), priority: z.number().int(), pattern: z.string().min(1) })),
});

interface Compiled {
  cue: RegExp;
  signOff: RegExp;
  dateLine: RegExp;
  months: Map<string, number>;
}
let compiled: Compiled | null = null;

// The date after a cue: 11.1.2021, 05/08/2019, 2021-01-11, 3. März 2020, 1er août 2019, août 2019.
function datePattern(monthNames: string): string {
  return (
    `(?:(?<d1>\\d{1,2})[./](?<m1>\\d{1,2})[./](?<y1>\\d{4})|(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2})` +
    `|(?:(?<d3>\\d{1,2})(?:\\.|er)?\\s+)?(?<mn>${monthNames})\\s+(?<y3>\\d{4}))(?![\\d\\p{L}])`
  );
}

function compile(): Compiled {
  const rows = loadData('dates/byline-cues.json', zBylineCues).rows.sort((a, b) => a.priority - b.priority);
  const months = new Map<string, number>();
  for (const lang of ['de', 'fr'] as const) for (const [form, month] of getDateRules(lang).months) months.set(form, month);
  const date = datePattern(alternation([...months.keys()]));
  const cues = rows.map((row) => `(?<${row.id.replaceAll('-', '_')}>${row.pattern})`).join('|');
  return {
    cue: new RegExp(`(?:${cues})\\s*(?:[a-zA-Zäöüéû]{2,10}\\.?,?\\s+)?${date}`, 'gu'),
    // A parenthesised sign-off: (Andreas Proschofsky, 11.1.2021)
    signOff: new RegExp(`\\([^()\\n]{2,80},\\s*${date}\\)`, 'gu'),
    // A line holding only a date (and maybe a clock time): a date line under the headline.
    dateLine: new RegExp(`^[^\\S\\n]*${date}(?:,?\\s+(?:um\\s+|à\\s+)?\\d{1,2}[:h.]\\d{2}(?:\\s*Uhr)?)?[^\\S\\n]*$`, 'gmu'),
    months,
  };
}

function toByline(match: RegExpExecArray, months: Map<string, number>): BylineDate | null {
  const g = match.groups ?? {};
  const year = Number(g['y1'] ?? g['y2'] ?? g['y3']);
  const monthName = g['mn'];
  const month = monthName !== undefined ? months.get(monthName.toLowerCase()) : Number(g['m1'] ?? g['m2']);
  const dayText = g['d1'] ?? g['d2'] ?? g['d3'];
  if (!month || month > 12 || year < 1990 || year > 2099) return null;
  const day = dayText === undefined ? null : Number(dayText);
  if (day !== null && (day < 1 || day > 31)) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}`;
  // Offsets cover the date itself, wherever the cue started.
  const dateText = match[0]
    .replace(/\)$/u, '')
    .replace(/,?\s+(?:um\s+|à\s+)?\d{1,2}[:h.]\d{2}(?:\s*Uhr)?\s*$/u, '')
    .trimEnd();
  const at = dateText.search(/\d{1,4}[./-]\d|\d{1,2}(?:\.|er)?\s+\p{L}|\p{L}+\s+\d{4}$/u);
  const start = match.index + Math.max(0, at);
  const end = match.index + dateText.length;
  return day === null ? { value: iso, granularity: 'month', start, end } : { value: `${iso}-${String(day).padStart(2, '0')}`, granularity: 'day', start, end };
}

/** Validates and compiles the byline cues once per process (the pipeline does it at start-up). */
export function loadBylineCues(): Compiled {
  compiled ??= compile();
  return compiled;
}

/**
 * A dated byline or sign-off in `text` (`Publié le 5 août 2019`, `Stand: 12.07.2022`,
 * `(Andreas Proschofsky, 11.1.2021)`), or null. A publication cue wins over an update
 * cue, both over a sign-off, and those over a line that holds only a date.
 */
export function findBylineDate(text: string): BylineDate | null {
  const { cue, signOff, dateLine, months } = loadBylineCues();
  let best: { rank: number; date: BylineDate } | null = null;
  const rows = loadData('dates/byline-cues.json', zBylineCues).rows;
  const consider = (rank: number, date: BylineDate | null): void => {
    if (date && (!best || rank < best.rank)) best = { rank, date };
  };
  for (const regex of [cue, signOff, dateLine]) regex.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const row = rows.find((r) => m?.groups?.[r.id.replaceAll('-', '_')] !== undefined);
    consider(row?.priority ?? 5, toByline(m, months));
  }
  for (let m = signOff.exec(text); m; m = signOff.exec(text)) consider(10, toByline(m, months));
  for (let m = dateLine.exec(text); m; m = dateLine.exec(text)) consider(20, toByline(m, months));
  return (best as { rank: number; date: BylineDate } | null)?.date ?? null;
}

import type { Granularity } from '../../schemas/date.ts';
import type { Unit } from './load-date-lexicon.ts';

export type Tense = 'past' | 'future' | 'unknown';
export type Direction = 'past' | 'future';

/** What a matched expression means, before it meets the publication date. */
export type DateMeaning =
  | { kind: 'calendar'; year: number | null; month: number | null; day: number | null }
  | { kind: 'weekday'; weekday: number; direction: Direction | null }
  | { kind: 'relative'; unit: Unit; offset: number | null; range: [number, number] | null };

export interface Resolved {
  value: string | null;
  granularity: Granularity | null;
}

const NONE: Resolved = { value: null, granularity: null };
const RANK: Record<Granularity, number> = { year: 0, month: 1, day: 2 };
const DAY_MS = 86_400_000;

interface Anchor {
  date: Date;
  granularity: Granularity;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
/** ISO weekday, Monday 1 … Sunday 7. */
const weekdayOf = (date: Date): number => ((date.getUTCDay() + 6) % 7) + 1;

function format(date: Date, granularity: Granularity): Resolved {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = pad(date.getUTCMonth() + 1);
  const value = granularity === 'year' ? y : granularity === 'month' ? `${y}-${m}` : `${y}-${m}-${pad(date.getUTCDate())}`;
  return { value, granularity };
}

/** The finest value both ends of a range share: a day, a month, a year, or nothing certain. */
function coarsen(from: Date, to: Date): Resolved {
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return NONE;
  if (from.getUTCMonth() !== to.getUTCMonth()) return format(from, 'year');
  if (from.getUTCDate() !== to.getUTCDate()) return format(from, 'month');
  return format(from, 'day');
}

/** Reads a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` anchor; a coarse one points at its first day. */
export function parseAnchor(value: string | null | undefined): Anchor | null {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value) : null;
  if (!match) return null;
  const granularity: Granularity = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { date: utc(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)), granularity };
}

const enough = (anchor: Anchor | null, need: Granularity): anchor is Anchor =>
  anchor !== null && RANK[anchor.granularity] >= RANK[need];

function resolveCalendar(meaning: Extract<DateMeaning, { kind: 'calendar' }>, anchor: Anchor | null, tense: Tense): Resolved {
  const { year, month, day } = meaning;
  const granularity: Granularity = day !== null ? 'day' : month !== null ? 'month' : 'year';
  if (year !== null) {
    const date = utc(year, month ?? 1, day ?? 1);
    if (date.getUTCMonth() + 1 !== (month ?? 1)) return NONE; // 31 April and the like
    return format(date, granularity);
  }
  if (month === null || !enough(anchor, 'month')) return NONE;
  // A year-less date takes the anchor's year, or the neighbouring one the tense points to.
  const base = anchor.date.getUTCFullYear();
  const key = (d: Date): number => (granularity === 'day' ? d.getTime() : d.getUTCFullYear() * 12 + d.getUTCMonth());
  const target = key(anchor.date);
  const options = [base - 1, base, base + 1].map((y) => utc(y, month, day ?? 1));
  const past = options.filter((d) => key(d) <= target).pop();
  const future = options.find((d) => key(d) >= target);
  let pick: Date | undefined;
  if (tense === 'past') pick = past;
  else if (tense === 'future') pick = future;
  else pick = [past, future].filter((d): d is Date => d !== undefined).sort((a, b) => Math.abs(key(a) - target) - Math.abs(key(b) - target))[0];
  return pick ? format(pick, granularity) : NONE;
}

function resolveWeekday(weekday: number, direction: Direction | null, anchor: Anchor | null, tense: Tense): Resolved {
  if (!enough(anchor, 'day')) return NONE;
  const back = (weekdayOf(anchor.date) - weekday + 7) % 7;
  // An explicit "letzten"/"dernier" never means today; the clause's tense alone may.
  if (direction === 'past') return format(addDays(anchor.date, -(back || 7)), 'day');
  if (direction === 'future' || tense === 'future') return format(addDays(anchor.date, (7 - back) % 7 || 7), 'day');
  return format(addDays(anchor.date, -back), 'day');
}

function resolveRelative(meaning: Extract<DateMeaning, { kind: 'relative' }>, anchor: Anchor | null, tense: Tense): Resolved {
  const { unit, offset, range } = meaning;
  const [lo, hi] = range ?? [offset ?? 0, offset ?? 0];
  const a = anchor?.date;
  if (unit === 'year') {
    if (!enough(anchor, 'year') || !a || lo !== hi) return NONE;
    return format(utc(a.getUTCFullYear() + lo, 1, 1), 'year');
  }
  if (unit === 'month') {
    if (!enough(anchor, 'month') || !a) return NONE;
    const first = utc(a.getUTCFullYear(), a.getUTCMonth() + 1 + lo, 1);
    const last = utc(a.getUTCFullYear(), a.getUTCMonth() + 1 + hi, 1);
    return lo === hi ? format(first, 'month') : coarsen(first, last);
  }
  if (!enough(anchor, 'day') || !a) return NONE;
  if (unit === 'day') return coarsen(addDays(a, lo), addDays(a, hi));
  if (unit === 'week') {
    const monday = addDays(a, 1 - weekdayOf(a));
    return coarsen(addDays(monday, 7 * lo), addDays(monday, 7 * hi + 6));
  }
  // Weekend: the last one on or before the anchor, or the next one on or after it.
  const forward = offset === 1 || (offset === null && tense === 'future');
  const strict = offset !== null;
  const wd = weekdayOf(a);
  let saturday: Date;
  if (forward) saturday = addDays(a, wd >= 6 && strict ? 13 - wd : (6 - wd + 7) % 7);
  else saturday = addDays(a, -((wd - 6 + 7) % 7) - (wd >= 6 && strict ? 7 : 0));
  return coarsen(saturday, addDays(saturday, 1));
}

/** Normalises `meaning` against the publication date, as finely as it is certain. */
export function resolveMeaning(meaning: DateMeaning, anchorValue: string | null, tense: Tense): Resolved {
  const anchor = parseAnchor(anchorValue);
  if (meaning.kind === 'calendar') return resolveCalendar(meaning, anchor, tense);
  if (meaning.kind === 'weekday') return resolveWeekday(meaning.weekday, meaning.direction, anchor, tense);
  return resolveRelative(meaning, anchor, tense);
}

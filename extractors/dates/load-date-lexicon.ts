import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';

export type DateLang = 'de' | 'fr';

const zForms = z.array(z.string().min(1)).min(1);
const file = <R extends z.ZodType>(row: R) => z.object({ description: z.string(), rows: z.array(row) });

export const zMonthsFile = file(zLexiconRow.extend({ month: z.number().int().min(1).max(12), forms: zForms }));
export const zWeekdaysFile = file(zLexiconRow.extend({ weekday: z.number().int().min(1).max(7), forms: zForms }));
export const zFormsFile = file(zLexiconRow.extend({ forms: zForms }));
export const zNumbersFile = file(
  zLexiconRow.extend({
    forms: zForms,
    value: z.number().int().positive().nullable(),
    min: z.number().int().positive().optional(),
    max: z.number().int().positive().optional(),
  }),
);
export const zUnit = z.enum(['day', 'week', 'weekend', 'month', 'year']);
export type Unit = z.infer<typeof zUnit>;
export const zRelativesFile = file(
  zLexiconRow.extend({
    pattern: z.string().min(1),
    unit: zUnit,
    offset: z.number().int().optional(),
    sign: z.union([z.literal(-1), z.literal(1)]).optional(),
  }),
);
export const zModifiersFile = file(
  zLexiconRow.extend({
    kind: z.enum(['approx', 'lead', 'trigger', 'old-year-lead', 'weekday-lead', 'weekday-past', 'weekday-future']),
    forms: zForms,
  }),
);
export const zTenseCuesFile = file(zLexiconRow.extend({ tense: z.enum(['past', 'future']), pattern: z.string().min(1) }));

export type ModifierKind = z.infer<typeof zModifiersFile>['rows'][number]['kind'];

/** Everything the date rules know about one language, as loaded and validated. */
export interface DateLexicon {
  months: z.infer<typeof zMonthsFile>['rows'];
  weekdays: z.infer<typeof zWeekdaysFile>['rows'];
  dayParts: z.infer<typeof zFormsFile>['rows'];
  numbers: z.infer<typeof zNumbersFile>['rows'];
  relatives: z.infer<typeof zRelativesFile>['rows'];
  modifiers: z.infer<typeof zModifiersFile>['rows'];
  countNouns: z.infer<typeof zFormsFile>['rows'];
  tenseCues: z.infer<typeof zTenseCuesFile>['rows'];
}

/** Loads (once, through loadData's cache) the date lexicon of `lang`. */
export function loadDateLexicon(lang: DateLang): DateLexicon {
  return {
    months: loadData(`dates/months.${lang}.json`, zMonthsFile).rows,
    weekdays: loadData(`dates/weekdays.${lang}.json`, zWeekdaysFile).rows,
    dayParts: loadData(`dates/day-parts.${lang}.json`, zFormsFile).rows,
    numbers: loadData(`dates/numbers.${lang}.json`, zNumbersFile).rows,
    relatives: loadData(`dates/relatives.${lang}.json`, zRelativesFile).rows,
    modifiers: loadData(`dates/modifiers.${lang}.json`, zModifiersFile).rows,
    countNouns: loadData(`dates/count-nouns.${lang}.json`, zFormsFile).rows,
    tenseCues: loadData(`dates/tense-cues.${lang}.json`, zTenseCuesFile).rows,
  };
}

/** Escapes `text` for a RegExp and lets its first letter take either case. */
export function toPattern(text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const first = escaped[0] ?? '';
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? escaped : `[${lower}${upper}]${escaped.slice(1)}`;
}

/** An alternation of `forms`, longest first so the regex prefers the full form. */
export function alternation(forms: readonly string[]): string {
  return [...new Set(forms)].sort((a, b) => b.length - a.length).map(toPattern).join('|');
}

/** The forms of every modifier row of `kind`. */
export function modifierForms(lexicon: DateLexicon, kind: ModifierKind): string[] {
  return lexicon.modifiers.filter((row) => row.kind === kind).flatMap((row) => row.forms);
}

import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';

export const FRAME_KINDS = [
  'verb', 'noun', 'preposition', 'postposition', 'reason', 'label', 'title',
  'pronoun', 'person-role', 'org-role', 'spokesperson', 'same-source', 'parenthetical', 'auxiliary', 'block-marker', 'oblique', 'generic', 'female', 'male',
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

const zReporting = z.object({
  description: z.string(),
  rows: z.array(
    zLexiconRow.extend({
      kind: z.enum(FRAME_KINDS),
      forms: z.array(z.string().min(1)).min(1),
      gender: z.enum(['m', 'f', 'p']).optional(),
      clauseInitial: z.boolean().optional(),
      /** For `parenthetical`: the verb rows it turns into a medium's citation (`wie X berichtet`). */
      appliesTo: z.array(z.string()).optional(),
    }),
  ),
});
export type ReportingRow = z.infer<typeof zReporting>['rows'][number];

const zQuoteMarks = z.object({
  description: z.string(),
  rows: z.array(
    zLexiconRow.extend({ open: z.string().length(1), close: z.array(z.string().length(1)).min(1), reopen: z.boolean(), innerSpace: z.boolean() }),
  ),
});
export type QuoteMarkRow = z.infer<typeof zQuoteMarks>['rows'][number];

/** A lexicon entry as matched against a token sequence. */
export interface FrameForm {
  tokens: readonly string[];
  row: ReportingRow;
}

export interface QuoteLexicon {
  /** Forms grouped by their first token, longest first, for sequence matching. */
  byFirstToken: ReadonlyMap<string, readonly FrameForm[]>;
}

export interface QuoteMarks {
  /** opener → allowed closers */
  closers: ReadonlyMap<string, ReadonlySet<string>>;
  reopen: ReadonlySet<string>;
  /** Openers that may be followed by a space (« … »). */
  spaced: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

export function loadReportingRows(lang: string): ReportingRow[] {
  const file = lang === 'fr' ? 'quotes/reporting.fr.json' : 'quotes/reporting.de.json';
  return loadData(file, zReporting).rows;
}

const lexicons = new Map<string, QuoteLexicon>();

/** Compiles the reporting lexicon of `lang` once per process. */
export function getQuoteLexicon(lang: string): QuoteLexicon {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    const byFirstToken = new Map<string, FrameForm[]>();
    for (const row of loadReportingRows(lang)) {
      for (const form of row.forms) {
        const tokens = form.toLowerCase().split(/\s+/u);
        const first = tokens[0] ?? '';
        const list = byFirstToken.get(first) ?? [];
        list.push({ tokens, row });
        byFirstToken.set(first, list);
      }
    }
    for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    lexicon = { byFirstToken };
    lexicons.set(lang, lexicon);
  }
  return lexicon;
}

let marks: QuoteMarks | undefined;

export function loadQuoteMarkRows(): QuoteMarkRow[] {
  return loadData('quotes/quote-marks.json', zQuoteMarks).rows;
}

export function getQuoteMarks(): QuoteMarks {
  if (!marks) {
    const closers = new Map<string, Set<string>>();
    const reopen = new Set<string>();
    const spaced = new Set<string>();
    const all = new Set<string>();
    for (const row of loadQuoteMarkRows()) {
      closers.set(row.open, new Set(row.close));
      if (row.reopen) reopen.add(row.open);
      if (row.innerSpace) spaced.add(row.open);
      all.add(row.open);
      for (const close of row.close) all.add(close);
    }
    marks = { closers, reopen, spaced, all };
  }
  return marks;
}

import { z } from 'zod';
import { zSpan } from './span.ts';
import { zEntityRef, zEntityType } from './entity.ts';
import { zActionFact, zActionType, zPolarity } from './action.ts';
import { zDateValue } from './date.ts';

/** The JSON document `pnpm export` writes; other tools and `pnpm eval` read it. */
export const zExportEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: zEntityType,
  mentions: z.array(zSpan),
});

export const zExportDate = zSpan.extend({ value: zDateValue.nullable() });

export const zExportQuote = zSpan.extend({ id: z.string(), speaker: zEntityRef.nullable() });

/** An action as exported: the extracted fact without its internal rule id. */
export const zExportAction = zActionFact.omit({ rule: true });

export const zExportArticle = z.object({
  id: z.string(),
  /** The file name of a text file, the record id of a JSON record. */
  source: z.string(),
  language: z.string().nullable(),
  published: zDateValue.nullable(),
  status: z.enum(['extracted', 'skipped', 'error']),
  entities: z.array(zExportEntity),
  dates: z.array(zExportDate),
  quotes: z.array(zExportQuote),
  actions: z.array(zExportAction),
});
export type ExportArticle = z.infer<typeof zExportArticle>;

export const zExportClaim = z.object({
  id: z.string(),
  provider: zEntityRef,
  action: zActionType,
  polarity: zPolarity,
  target: zEntityRef,
  date: zDateValue.nullable(),
  negated: z.boolean(),
  sources: z.array(z.object({ article: z.string() }).extend(zSpan.shape)),
});
export type ExportClaim = z.infer<typeof zExportClaim>;

export const zExport = z.object({
  articles: z.array(zExportArticle),
  claims: z.array(zExportClaim),
});
export type Export = z.infer<typeof zExport>;

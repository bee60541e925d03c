import { z } from 'zod';
import { zEntityType } from './entity.ts';
import { zExportArticle, zExportClaim, zExportQuote } from './export.ts';

/**
 * The records a reviewer patches: the shapes of `pnpm export`, plus the
 * `status` the export hides (rejected records are left out of it).
 */
export const zClaimRecord = zExportClaim.extend({ status: z.enum(['extracted', 'rejected']) });
export type ClaimRecord = z.infer<typeof zClaimRecord>;

/** An export quote, with the article it is in (`source` as in the export) and its status. */
export const zQuoteRecord = zExportQuote.extend({ source: z.string(), status: z.enum(['extracted', 'rejected']) });
export type QuoteRecord = z.infer<typeof zQuoteRecord>;

/** Part of an entity split off into an entity of its own, with the aliases (and so mentions) it takes. */
export const zEntitySplit = z.object({
  name: z.string().min(1),
  type: zEntityType,
  wikidataId: z.string().nullable().default(null),
  aliases: z.array(z.string().min(1)).min(1),
});

export const zEntityRecord = z.object({
  id: z.string(),
  name: z.string().min(1),
  type: zEntityType,
  wikidataId: z.string().nullable(),
  aliases: z.array(z.string().min(1)),
  /** Never read back: a patch adds it to split this entity. */
  split: z.array(zEntitySplit).optional(),
});
export type EntityRecord = z.infer<typeof zEntityRecord>;

export const zArticleRecord = zExportArticle;
export type ArticleRecord = z.infer<typeof zArticleRecord>;

export const zRecordKind = z.enum(['claim', 'quote', 'entity', 'article']);
export type RecordKind = z.infer<typeof zRecordKind>;

export const RECORD_SCHEMAS = { claim: zClaimRecord, quote: zQuoteRecord, entity: zEntityRecord, article: zArticleRecord } as const;

export type ReviewRecord = ClaimRecord | QuoteRecord | EntityRecord | ArticleRecord;

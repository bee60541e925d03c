import { z } from 'zod';
import { zSourceRef } from './article-input.ts';
import { zRegion } from './region.ts';
import { zMessage } from './message.ts';
import { zEntityFact } from './entity.ts';
import { zDateFact, zPublished } from './date.ts';
import { zQuoteFact } from './quote.ts';
import { zActionFact } from './action.ts';

export const zArticleStatus = z.enum(['extracted', 'skipped', 'error']);
export type ArticleStatus = z.infer<typeof zArticleStatus>;

export const zLanguage = z.object({
  /** ISO 639-1 (`de`, `fr`, `en`, …) or `und`. */
  code: z.string(),
  confidence: z.number().min(0).max(1),
  declared: z.string().nullable(),
});
export type Language = z.infer<typeof zLanguage>;

export const zFacts = z.object({
  entities: z.array(zEntityFact),
  dates: z.array(zDateFact),
  quotes: z.array(zQuoteFact),
  actions: z.array(zActionFact),
});
export type Facts = z.infer<typeof zFacts>;
export type FactKind = keyof Facts;

/**
 * The one document type that flows through every stage (like a vfile).
 * `text` is the stored, normalised text; every offset points into it.
 */
export const zArticleDoc = z.object({
  /** sha256 of the normalised text: the same article from two dumps is one doc. */
  id: z.string(),
  text: z.string(),
  meta: z.object({
    sources: z.array(zSourceRef).min(1),
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: zPublished.nullable(),
    language: zLanguage.nullable(),
  }),
  status: zArticleStatus,
  /** Why the article was skipped or failed, when it was. */
  reason: z.string().nullable(),
  regions: z.array(zRegion),
  facts: zFacts,
  messages: z.array(zMessage),
});
export type ArticleDoc = z.infer<typeof zArticleDoc>;

import { z } from 'zod';
import { zEntityType } from './entity.ts';
import { zActionType } from './action.ts';
import { zDateValue } from './date.ts';

/** One article of a gold file, as ../shared/eval/GOLD-FORMAT.md describes it. */
export const zGoldArticle = z.object({
  article: z.string(),
  language: z.string(),
  published: zDateValue.nullable(),
  entities: z.array(z.object({ name: z.string(), type: zEntityType, aliases: z.array(z.string()).default([]) })),
  actions: z.array(z.object({
    provider: z.string(),
    action: zActionType,
    target: z.string(),
    date: zDateValue.nullable(),
    negated: z.boolean(),
    evidence: z.string(),
  })),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
  dates: z.array(z.object({ text: z.string(), value: zDateValue.nullable() })),
});
export type GoldArticle = z.infer<typeof zGoldArticle>;

export const zGold = z.array(zGoldArticle);

/** `pnpm eval --json`: `{ <area>: { <de|fr|all>: { p, r, f1, tp, fp, fn, …accuracies } } }`. */
export const zAreaScore = z.object({ p: z.number(), r: z.number(), f1: z.number(), tp: z.number(), fp: z.number(), fn: z.number() }).catchall(z.number().nullable());
export type AreaScore = z.infer<typeof zAreaScore>;
export const zEvalReport = z.record(z.string(), z.record(z.string(), zAreaScore));
export type EvalReport = z.infer<typeof zEvalReport>;

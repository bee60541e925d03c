import { z } from 'zod';
import { zSpan } from './span.ts';

export const zGranularity = z.enum(['year', 'month', 'day']);
export type Granularity = z.infer<typeof zGranularity>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const zDateValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** A temporal expression naming a point in time, normalised against `anchor`. */
export const zDateFact = zSpan.extend({
  value: zDateValue.nullable(),
  granularity: zGranularity.nullable(),
  /** The publication date the value was resolved against, or null. */
  anchor: zDateValue.nullable(),
  rule: z.string(),
});
export type DateFact = z.infer<typeof zDateFact>;

/** When an article was published and where we learnt it. */
export const zPublished = z.object({
  value: zDateValue,
  granularity: zGranularity,
  from: z.enum(['record', 'header', 'byline']),
});
export type Published = z.infer<typeof zPublished>;

import { z } from 'zod';
import { zSpan } from './span.ts';
import { zEntityRef } from './entity.ts';

/** A direct quotation; `id` is a hash of its normalised text, shared by repeats. */
export const zQuoteFact = zSpan.extend({
  id: z.string(),
  speaker: zEntityRef.nullable(),
  /** The reporting verb or frame that attributed it (`sagte`, `selon`), or null. */
  cue: z.string().nullable(),
  rule: z.string(),
});
export type QuoteFact = z.infer<typeof zQuoteFact>;

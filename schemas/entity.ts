import { z } from 'zod';
import { zSpan } from './span.ts';

export const zEntityType = z.enum(['person', 'organization', 'location', 'site']);
export type EntityType = z.infer<typeof zEntityType>;

/** A canonical entity; `id` is a hash of its normalised canonical name. */
export const zEntityRef = z.object({ id: z.string(), name: z.string() });
export type EntityRef = z.infer<typeof zEntityRef>;

export const zMention = zSpan.extend({ rule: z.string() });
export type Mention = z.infer<typeof zMention>;

/** One canonical entity as found in one article, with every mention. */
export const zEntityFact = z.object({
  id: z.string(),
  name: z.string(),
  type: zEntityType,
  wikidataId: z.string().nullable(),
  mentions: z.array(zMention).min(1),
});
export type EntityFact = z.infer<typeof zEntityFact>;

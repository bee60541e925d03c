import { z } from 'zod';

export const zRegionKind = z.enum([
  'caption',
  'credit',
  'share-counter',
  'reader-prompt',
  'related-links',
  'site-tag',
  'repeat',
]);
export type RegionKind = z.infer<typeof zRegionKind>;

/** A stretch of text the clean stage marked as boilerplate; never deleted. */
export const zRegion = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: zRegionKind,
  rule: z.string(),
});
export type Region = z.infer<typeof zRegion>;

import { z } from 'zod';

/** A slice of the stored article text: `text === doc.text.slice(start, end)`. */
export const zSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof zSpan>;

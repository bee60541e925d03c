import { z } from 'zod';

/** One row of a score against an externally annotated corpus. */
export const zExternalScore = z.object({
  dataset: z.string(),
  language: z.string(),
  /** What was scored: `PER`, `ORG`, `LOC`, `all`, `timex-relaxed`, `quotes`, … */
  label: z.string(),
  p: z.number(),
  r: z.number(),
  f1: z.number(),
  tp: z.number().int(),
  fp: z.number().int(),
  fn: z.number().int(),
  /** Further figures, e.g. `valueAccuracy`. */
  extra: z.record(z.string(), z.number()),
});
export type ExternalScore = z.infer<typeof zExternalScore>;

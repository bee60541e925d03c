import { z } from 'zod';

/** A problem found while processing one input or article (vfile-style message). */
export const zMessage = z.object({
  reason: z.string(),
  /** Stable kebab-case id, `<stage>/<rule>`, e.g. `ingest/malformed-json`. */
  ruleId: z.string(),
  /** The stage or extractor that raised it. */
  source: z.string(),
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  place: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  fatal: z.boolean(),
});
export type Message = z.infer<typeof zMessage>;

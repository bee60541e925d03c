import { z } from 'zod';

const zMs = z.record(z.string(), z.number());

/** What one measured configuration reports: the JSON a `--single` child prints on stdout. */
export const zBenchResult = z.object({
  corpus: z.string(),
  /** Extraction worker threads of the measured run. */
  workers: z.number().int(),
  articles: z.number().int(),
  textBytes: z.number().int(),
  elapsedMs: z.number(),
  articlesPerSecond: z.number(),
  mbPerSecond: z.number(),
  /** Process-wide peak resident set (maxRSS) of the child, in MiB. */
  peakRssMb: z.number(),
  /** From process start (performance.timeOrigin) to the first article processed. */
  startupMs: z.number().nullable(),
  stageMs: zMs,
  extractorMs: zMs,
  counts: z.object({ read: z.number(), new: z.number(), duplicate: z.number(), errors: z.number(), skipped: z.number(), problems: z.number() }),
  dbBytes: z.number().int(),
  rerun: z.object({ elapsedMs: z.number(), duplicate: z.number(), new: z.number() }),
  ceiling: z.object({ words: z.number().int(), ms: z.number(), mbPerSecond: z.number() }),
  /** Pipeline MB/s over ceiling MB/s. */
  ratio: z.number(),
  /** The same input extracted on the main thread alone (no workers), into an in-memory database. */
  mainThreadOnly: z.object({ elapsedMs: z.number(), mbPerSecond: z.number() }),
  compromise: z.object({ sentences: z.number().int(), tagged: z.number().int(), calls: z.number().int(), share: z.number(), ms: z.number() }),
});
export type BenchResult = z.infer<typeof zBenchResult>;

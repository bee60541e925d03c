import { z } from 'zod';

/** One RFC 6902 operation. `path` and `from` are JSON Pointers into the record `pnpm review show` prints. */
export const zPatchOperation = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('remove'), path: z.string() }),
  z.object({ op: z.literal('replace'), path: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('move'), from: z.string(), path: z.string() }),
  z.object({ op: z.literal('copy'), from: z.string(), path: z.string() }),
  z.object({ op: z.literal('test'), path: z.string(), value: z.unknown() }),
]);
export type PatchOperation = z.infer<typeof zPatchOperation>;

/** A reviewer's correction of one record: a file in `data/patches/`. */
export const zPatch = z.object({
  /** A claim, quote, entity or article id, or `new:claim` for a claim the rules missed. */
  target: z.string().min(1),
  author: z.string().min(1),
  reason: z.string().min(1, 'say why: reason is empty'),
  created: z.iso.datetime({ offset: true }),
  ops: z.array(zPatchOperation),
});
export type Patch = z.infer<typeof zPatch>;

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project's `data/` folder, found from this file so any working directory works. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const cache = new Map<string, unknown>();

/**
 * Reads `data/<relPath>` once per process and validates it with `schema`.
 * A file that fails validation is a configuration error: it throws, naming the
 * file and the first problem, before any article is processed.
 */
export function loadData<S extends z.ZodType>(relPath: string, schema: S): z.infer<S> {
  const key = relPath;
  if (cache.has(key)) return cache.get(key) as z.infer<S>;
  const file = DATA_DIR + relPath;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot load data file ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid data file ${file} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  cache.set(key, parsed.data);
  return parsed.data;
}

/** A lexicon row: a stable id, the thing itself, and an example that shows it. */
export const zLexiconRow = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), example: z.string() });

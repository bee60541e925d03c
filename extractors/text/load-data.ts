import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project's `data/` folder, found from this file so any working directory works. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

// The loaders compile their files into per-process caches, so the folder is one per
// process (per worker thread), chosen before the first file is read.
let dataDir = DATA_DIR;
const cache = new Map<string, unknown>();

/**
 * Reads lexicons from `dir` instead of the project's `data/` (an operator trying a
 * changed lexicon, a test's temporary copy). Only before any file is loaded: the
 * compiled lexicons of another folder could not be told apart afterwards.
 */
export function useDataDir(dir: string): void {
  const next = `${resolve(dir)}/`;
  if (next === dataDir) return;
  if (cache.size > 0) throw new Error(`Cannot read data from ${next}: this process has already loaded data from ${dataDir}`);
  dataDir = next;
}

/** The data folder this process reads (with a trailing slash). */
export function getDataDir(): string {
  return dataDir;
}

/** The `data/`-relative paths loaded so far in this process, in load order. */
export function listLoadedDataFiles(): string[] {
  return [...cache.keys()];
}

/**
 * Reads `data/<relPath>` once per process and validates it with `schema`.
 * A file that fails validation is a configuration error: it throws, naming the
 * file and the zod path of the first problem, before any article is processed.
 */
export function loadData<S extends z.ZodType>(relPath: string, schema: S): z.infer<S> {
  if (cache.has(relPath)) return cache.get(relPath) as z.infer<S>;
  const file = dataDir + relPath;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot load data file ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(the whole file)';
    throw new Error(`Invalid data file ${file} at ${path}: ${issue?.message ?? 'invalid'}`);
  }
  cache.set(relPath, parsed.data);
  return parsed.data;
}

/** A lexicon row: a stable id, the thing itself, and an example that shows it. */
export const zLexiconRow = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), example: z.string() });

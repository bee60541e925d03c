import { readdir, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { makeIngestProblem, type IngestItem } from './ingest-types.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.jsonl', '.json', '.txt.gz', '.jsonl.gz', '.json.gz'] as const;

export function findFormat(file: string): (typeof SUPPORTED_EXTENSIONS)[number] | null {
  const lower = file.toLowerCase();
  // Longest first, so `.jsonl.gz` is not taken for `.gz` of something else.
  const sorted = [...SUPPORTED_EXTENSIONS].sort((a, b) => b.length - a.length);
  return sorted.find((ext) => lower.endsWith(ext)) ?? null;
}

/** Shows a path relative to the working directory when it lies below it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export type InputFile = { path: string; display: string; size: number };

/**
 * Expands files and folders (recursively, sorted, hidden entries skipped) into
 * input files. A missing path or a file of an unsupported type becomes a problem
 * and the others go on.
 */
export async function listInputFiles(paths: readonly string[], cwd: string): Promise<{ files: InputFile[]; problems: IngestItem[] }> {
  const files: InputFile[] = [];
  const problems: IngestItem[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    const display = displayPath(path, cwd);
    let info;
    try {
      info = await stat(path);
    } catch {
      problems.push(makeIngestProblem('missing-path', `No such file or folder: ${display}`, display, null));
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
      for (const name of entries) await visit(join(path, name), false);
      return;
    }
    if (!findFormat(path)) {
      // Inside a folder, unrelated files (README, .md) are expected; named ones are an error.
      if (explicit || !/\.(md|sqlite.*|lock)$/i.test(path)) {
        problems.push(makeIngestProblem('unsupported-extension', `Unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')}): ${display}`, display, null));
      }
      return;
    }
    files.push({ path, display, size: info.size });
  };
  for (const path of paths) await visit(isAbsolute(path) ? path : join(cwd, path), true);
  return { files, problems };
}

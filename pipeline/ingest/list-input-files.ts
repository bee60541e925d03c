import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { makeIngestProblem, type IngestItem } from './ingest-types.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.jsonl', '.json', '.txt.gz', '.jsonl.gz', '.json.gz'] as const;

export function findFormat(file: string): (typeof SUPPORTED_EXTENSIONS)[number] | null {
  const lower = file.toLowerCase();
  // Longest first, so `.jsonl.gz` is not taken for `.gz` of something else.
  const sorted = [...SUPPORTED_EXTENSIONS].sort((a, b) => b.length - a.length);
  return sorted.find((ext) => lower.endsWith(ext)) ?? null;
}

// Control characters in a file name would forge lines of the summary: they are shown escaped.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Shows a path relative to the working directory when it lies below it, control characters escaped. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return escapeControls(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

/** `path` is a Buffer when a name on the way is not UTF-8 (its display then shows U+FFFD). */
export type InputFile = { path: string | Buffer; display: string; size: number };

/** A path as text, and as the bytes the filesystem knows it by. */
type FsPath = { text: string; bytes: string | Buffer };

function childPath(parent: FsPath, name: Buffer): FsPath {
  const text = join(parent.text, name.toString('utf8'));
  // A name that does not survive a round trip through UTF-8 is reached by its bytes.
  if (Buffer.from(name.toString('utf8')).equals(name) && typeof parent.bytes === 'string') return { text, bytes: text };
  const base = typeof parent.bytes === 'string' ? Buffer.from(parent.bytes) : parent.bytes;
  return { text, bytes: Buffer.concat([base, Buffer.from('/'), name]) };
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/**
 * Expands files and folders (recursively, sorted, hidden entries skipped) into
 * input files. Each real file is listed once, however many links lead to it; a
 * link back into its own folder is a loop, reported and not followed, so the
 * listing always ends. A missing path, a loop, an unreadable folder or a file of
 * an unsupported type becomes a problem and the others go on.
 */
export async function listInputFiles(paths: readonly string[], cwd: string): Promise<{ files: InputFile[]; problems: IngestItem[] }> {
  const files: InputFile[] = [];
  const problems: IngestItem[] = [];
  const listed = new Set<string>();
  const problem = (rule: string, reason: string, display: string): void => void problems.push(makeIngestProblem(rule, reason, display, null));
  const visit = async (path: FsPath, explicit: boolean, ancestors: ReadonlySet<string>): Promise<void> => {
    const display = displayPath(path.text, cwd);
    let info;
    let real: string;
    try {
      info = await stat(path.bytes);
      real = (await realpath(path.bytes, { encoding: 'buffer' })).toString('latin1');
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ELOOP') problem('symlink-loop', `A loop of symbolic links: ${display}`, display);
      else if (code === 'ENOENT' || code === 'ENOTDIR') problem(explicit ? 'missing-path' : 'broken-link', `No such file or folder: ${display}`, display);
      else problem('unreadable-file', `Cannot read ${display}: ${(error as Error).message}`, display);
      return;
    }
    if (info.isDirectory()) {
      if (ancestors.has(real)) {
        problem('symlink-loop', `A symbolic link back into its own folder, not followed: ${display}`, display);
        return;
      }
      if (listed.has(real)) return; // reached again by another link: its files are listed already
      listed.add(real);
      let names: Buffer[];
      try {
        names = await readdir(path.bytes, { encoding: 'buffer' });
      } catch (error) {
        problem('unreadable-folder', `Cannot list the folder ${display}: ${codeOf(error) ?? (error as Error).message}`, display);
        return;
      }
      const inside = new Set(ancestors).add(real);
      const children = names.filter((name) => name[0] !== 0x2e).map((name) => childPath(path, name)).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      for (const child of children) await visit(child, false, inside);
      return;
    }
    if (!findFormat(path.text)) {
      // Inside a folder, unrelated files (README, .md) are expected; named ones are an error.
      if (explicit || !/\.(md|sqlite.*|lock)$/i.test(path.text)) {
        problem('unsupported-extension', `Unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')}): ${display}`, display);
      }
      return;
    }
    if (listed.has(real)) return; // the same file under another name is read once
    listed.add(real);
    files.push({ path: path.bytes, display, size: info.size });
  };
  for (const path of paths) {
    const text = isAbsolute(path) ? path : join(cwd, path);
    await visit({ text, bytes: text }, true, new Set());
  }
  return { files, problems };
}

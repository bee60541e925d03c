import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zPatch, type Patch } from '../../schemas/patch.ts';

export interface PatchFile {
  /** File name inside the patches folder. */
  file: string;
  sha256: string;
  patch?: Patch;
  /** Why the file is not a patch: invalid JSON or not the patch schema. */
  error?: string;
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.length ? `/${i.path.map(String).join('/')}` : '(root)'}: ${i.message}`).join('; ');
}

/** Reads one patch file; any failure (a folder named `x.json`, a link loop, bad JSON) is that file's error. */
export function readPatchFile(dir: string, file: string): PatchFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'a folder, not a file' : code === 'ELOOP' ? 'a loop of symbolic links' : code === 'ENOENT' ? 'a link that leads nowhere' : (error as Error).message;
    return { file, sha256: '', error: `cannot read: ${why}` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let json: unknown;
  try {
    // An editor's UTF-8 byte-order mark is not part of the JSON.
    const text = bytes.toString('utf8');
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { file, sha256, error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = zPatch.safeParse(json);
  if (!parsed.success) return { file, sha256, error: `not a patch: ${describeIssues(parsed.error.issues)}` };
  return { file, sha256, patch: parsed.data };
}

/**
 * Every `*.json` in the folder, in the order they apply: by `created`, then by
 * file name (unreadable files first, by name, so they are reported).
 */
export function loadPatches(dir: string): PatchFile[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const patches = files.map((f) => readPatchFile(dir, f));
  const time = (p: PatchFile): number => (p.patch ? Date.parse(p.patch.created) : -Infinity);
  return patches.sort((a, b) => time(a) - time(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export { describeIssues };

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

export function readPatchFile(dir: string, file: string): PatchFile {
  const bytes = readFileSync(join(dir, file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
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

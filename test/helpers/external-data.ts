import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared, externally annotated corpora: read in place, never copied into the project. */
export const EXTERNAL_DIR = fileURLToPath(new URL('../../../shared/data/external/', import.meta.url));

/** The folder of one corpus, or null (with the reason printed once) when it is absent. */
export function findExternal(name: string): string | null {
  const dir = `${EXTERNAL_DIR}${name}`;
  if (existsSync(dir)) return dir;
  console.warn(`skipping: external data ${dir} is not present (it lives in ../shared/data/external beside the project)`);
  return null;
}

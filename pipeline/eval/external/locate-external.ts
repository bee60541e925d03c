import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared, externally annotated corpora beside the project (`../shared/data/external`),
 * read in place and never copied in (their licences). The one place that knows where they are.
 */
export const EXTERNAL_DIR = fileURLToPath(new URL('../../../../shared/data/external/', import.meta.url));

/** `EXTERNAL_DIR/<parts…>`, or null when it is absent (a clone without ../shared). */
export function locateExternal(...parts: string[]): string | null {
  const path = `${EXTERNAL_DIR}${parts.join('/')}`;
  return existsSync(path) ? path : null;
}

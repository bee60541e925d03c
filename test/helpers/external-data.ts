import { EXTERNAL_DIR, locateExternal } from '../../pipeline/eval/external/locate-external.ts';

/**
 * The folder of one external corpus, or null when this clone has no ../shared beside it.
 * Tests that need it skip with `it.skipIf(!dir)` / `describe.skipIf(!dir)`; this says which folder they wanted.
 */
export function findExternal(name: string): string | null {
  const dir = locateExternal(name);
  if (!dir) console.warn(`skipping tests that need ${EXTERNAL_DIR}${name} (the shared corpora beside the project): it is absent`);
  return dir;
}

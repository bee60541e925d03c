import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../extractors/text/load-data.ts';

/** Reviewer patches are `data/patches/*.json` files, counted here; their applications are in the `reviews` table. */
export function countPatches(dir = join(DATA_DIR, 'patches')): { count: number; note: string } {
  if (!existsSync(dir)) return { count: 0, note: 'no data/patches folder' };
  const count = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
  return { count, note: 'data/patches/*.json' };
}

import { hashId } from '../text/hash-id.ts';
import { normalizeName } from '../text/normalize-name.ts';

/** The stable id of a canonical entity: the same name gives the same id in every run and module. */
export function entityIdFor(name: string): string {
  return hashId('ent', normalizeName(name));
}

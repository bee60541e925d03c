import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import type { EntityFact } from '../../schemas/entity.ts';

const zCategories = z.object({ description: z.string(), rows: z.array(zLexiconRow.extend({ rank: z.number().int().min(0).max(2) })) });

/** What the gazetteer knows of an entity id; injectable so tests need no gazetteer. */
export type LookupEntity = (id: string) => { categories: readonly string[] } | undefined;

let ranks: Map<string, number> | undefined;

/**
 * 3 for infrastructure providers, 2 for other organisations, 1 for sites and
 * platforms (they act on accounts, rarely on other sites), 0 for people, places,
 * media and authorities. Gazetteer categories, when known, win over the type.
 */
export function rankProvider(entity: Pick<EntityFact, 'id' | 'type'>, lookup: LookupEntity): number {
  if (entity.type === 'person' || entity.type === 'location') return 0;
  ranks ??= new Map(loadData('actions/provider-categories.json', zCategories).rows.map((row) => [row.id, row.rank]));
  const categories = lookup(entity.id)?.categories ?? [];
  let best = -1;
  for (const category of categories) best = Math.max(best, ranks.get(category) ?? -1);
  if (best === 0) return 0;
  if (best === 2) return 3;
  return entity.type === 'organization' ? 2 : 1;
}

import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import type { EntityFact } from '../../schemas/entity.ts';

const zCategories = z.object({ description: z.string(), rows: z.array(zLexiconRow.extend({ rank: z.number().int().min(0).max(2) })) });

/** What the gazetteer knows of an entity id; injectable so tests need no gazetteer. */
export type LookupEntity = (id: string) => { categories: readonly string[] } | undefined;

let ranks: Map<string, number> | undefined;

/**
 * 2 for infrastructure providers, 1 for other organisations and sites, 0 for
 * people, places, media and authorities. Gazetteer categories, when known, win
 * over the entity type.
 */
export function rankProvider(entity: Pick<EntityFact, 'id' | 'type'>, lookup: LookupEntity): number {
  if (entity.type === 'person' || entity.type === 'location') return 0;
  ranks ??= new Map(loadData('actions/provider-categories.json', zCategories).rows.map((row) => [row.id, row.rank]));
  const categories = lookup(entity.id)?.categories ?? [];
  let best = -1;
  for (const category of categories) best = Math.max(best, ranks.get(category) ?? -1);
  return best >= 0 ? best : 1;
}

import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';

const zCategories = z.object({ description: z.string(), rows: z.array(zLexiconRow.extend({ rank: z.number().int().min(0).max(2) })) });

/** What the gazetteer knows of an entity id; injectable so tests need no gazetteer. */
export type LookupEntity = (id: string) => { categories: readonly string[] } | undefined;

let ranks: Map<string, number> | undefined;

/** The provider categories' ranks, validated and compiled once per process (createActionExtractor loads them). */
export function loadProviderRanks(): ReadonlyMap<string, number> {
  ranks ??= new Map(loadData('actions/provider-categories.json', zCategories).rows.map((row) => [row.id, row.rank]));
  return ranks;
}

/**
 * True when some mention of the entity stands in apposition to a provider noun: right after it
 * (`der Hoster X`, `l'hébergeur X`) or after a comma right behind it (`X, ein Hosting-Anbieter`).
 * A provider noun elsewhere in the sentence (`la plateforme de fournisseurs Airbus … par les CRS`) says nothing of X.
 */
export function hasProviderNoun(text: string, entity: Pick<EntityFact, 'mentions'>, lexicon: ActionLexicon): boolean {
  return entity.mentions.some((m) => {
    const before = (text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(-2);
    const after = /^\s*[,(–]\s*/u.test(text.slice(m.end, m.end + 3)) ? (text.slice(m.end, m.end + 50).toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 4) : [];
    return [...before, ...after].flatMap((word) => [word, ...word.split('-')]).some((word) => isClass(lexicon, 'provider-noun', word));
  });
}

/**
 * 3 for infrastructure providers, 2 for other organisations, 1 for sites and
 * platforms (they act on accounts, rarely on other sites), 0 for people, places,
 * media and authorities. Gazetteer categories, when known, win over the type.
 * An entity the gazetteer does not know is a provider only when the text calls
 * it one (`providerNoun`): otherwise every club, party or acronym that ends a
 * contract or "blocks" a road would become an internet provider.
 */
export function rankProvider(entity: Pick<EntityFact, 'id' | 'type'>, lookup: LookupEntity, providerNoun: boolean | (() => boolean)): number {
  if (entity.type === 'person' || entity.type === 'location') return 0;
  const rankOf = loadProviderRanks();
  const categories = lookup(entity.id)?.categories ?? [];
  // The text is searched for a provider noun only when the gazetteer has no say.
  if (categories.length === 0 && !(typeof providerNoun === 'function' ? providerNoun() : providerNoun)) return 0;
  let best = -1;
  for (const category of categories) best = Math.max(best, rankOf.get(category) ?? -1);
  if (best === 0) return 0;
  if (best === 2) return 3;
  return entity.type === 'organization' ? 2 : 1;
}

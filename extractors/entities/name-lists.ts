import { z } from 'zod';
import type { EntityType } from '../../schemas/entity.ts';
import { loadData, zLexiconRow } from '../text/load-data.ts';

const zNameListFile = z.object({
  description: z.string(),
  rows: z.array(
    zLexiconRow.extend({
      kind: z.enum(['first-name', 'location', 'organization', 'org-word', 'loc-word']),
      names: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export interface NameLists {
  /** Exact-case first names (`Wolfgang`, `Jean-Pierre`). */
  firstNames: Set<string>;
  /** Exact-case well-known names → their type and row id. */
  known: Map<string, { type: EntityType; id: string }>;
  /** Words that make a capitalised run an organisation (`AG`, `FC`, `Partei`). */
  orgWords: Set<string>;
  /** Words that make it a place (`Straße`, `Bahnhof`). */
  locWords: Set<string>;
}

let cached: NameLists | undefined;

/** Loads `data/entities/name-lists.json` once per process. */
export function getNameLists(): NameLists {
  if (cached) return cached;
  const lists: NameLists = { firstNames: new Set(), known: new Map(), orgWords: new Set(), locWords: new Set() };
  for (const row of loadData('entities/name-lists.json', zNameListFile).rows) {
    for (const name of row.names) {
      if (row.kind === 'first-name') lists.firstNames.add(name);
      else if (row.kind === 'org-word') lists.orgWords.add(name);
      else if (row.kind === 'loc-word') lists.locWords.add(name);
      else lists.known.set(name, { type: row.kind, id: row.id });
    }
  }
  cached = lists;
  return cached;
}

/** A known name as written, or in the German genitive (`Erfurts`, `Porsches`). */
export function lookupKnown(lists: NameLists, text: string, lang: string): { type: EntityType; id: string } | undefined {
  return lists.known.get(text) ?? (lang === 'de' && /\p{L}{3}s$/u.test(text) ? lists.known.get(text.slice(0, -1)) : undefined);
}

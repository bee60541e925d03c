import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import { zEntityType, type EntityType } from '../../schemas/entity.ts';
import { entityIdFor } from './entity-id.ts';
import { normalizeName } from '../text/normalize-name.ts';
import { keyOf, tokenize } from './tokenize.ts';

export const zGazetteerRow = zLexiconRow.extend({
  name: z.string().min(1),
  type: zEntityType,
  aliases: z.array(z.string().min(1)).default([]),
  categories: z.array(z.string()).default([]),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
  /** Also an ordinary word: needs exact capitals, and care at sentence start. */
  ambiguous: z.boolean().default(false),
  /**
   * Shorter names that are their own entry but stand for this one in an article
   * that also names it in full (`Amazon` beside `Amazon Web Services`, `Epic` beside `Epic Games`).
   */
  shortForms: z.array(z.string().min(1)).default([]),
});
export type GazetteerRow = z.infer<typeof zGazetteerRow>;

const zGazetteerFile = z.object({ description: z.string(), rows: z.array(zGazetteerRow) });

export const GAZETTEER_FILES = ['gazetteer/providers.json', 'gazetteer/organizations.json', 'gazetteer/people.json', 'gazetteer/places.json'];

export interface GazetteerEntry extends GazetteerRow {
  entityId: string;
  /** Surface forms (name, aliases and their inflected variants) as written. */
  forms: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Token key (see keyOf) → entries it names. */
  byKey: Map<string, GazetteerEntry[]>;
  byId: Map<string, GazetteerEntry>;
  /** Longest alias in tokens: bounds the scan window. */
  maxTokens: number;
  /** The first word of every key: a sentence position starting with another word cannot start a name. */
  firstWords: Set<string>;
  /** Normalised forms a misspelt or @-written unknown name may match (no ambiguous names, no places). */
  fuzzyForms: Array<{ key: string; compact: string; entry: GazetteerEntry }>;
}

/**
 * German adjectives inflect inside names (`Vereinigte Staaten` → `den Vereinigten
 * Staaten`, `Deutsche Bank` → `der Deutschen Bank`): add the -en form of each
 * non-final word ending in -e, -er or -es.
 */
export function inflectGermanForms(form: string): string[] {
  const words = form.split(' ');
  if (words.length < 2) return [form];
  const inflected = words.map((w, i) => (i < words.length - 1 && /\p{Ll}(e|er|es)$/u.test(w) ? w.replace(/(e|er|es)$/u, 'en') : w));
  const variant = inflected.join(' ');
  return variant === form ? [form] : [form, variant];
}

let cached: Gazetteer | undefined;

/** Loads and indexes every gazetteer file once per process. */
export function getGazetteer(): Gazetteer {
  if (cached) return cached;
  const entries: GazetteerEntry[] = [];
  const byKey = new Map<string, GazetteerEntry[]>();
  const byId = new Map<string, GazetteerEntry>();
  const firstWords = new Set<string>();
  const fuzzyForms: Gazetteer['fuzzyForms'] = [];
  let maxTokens = 1;
  for (const file of GAZETTEER_FILES) {
    for (const row of loadData(file, zGazetteerFile).rows) {
      const forms = [...new Set([row.name, ...row.aliases].flatMap(inflectGermanForms))];
      const entry: GazetteerEntry = { ...row, entityId: entityIdFor(row.name), forms };
      entries.push(entry);
      byId.set(entry.entityId, entry);
      for (const form of forms) {
        const tokens = tokenize(form);
        const key = keyOf(tokens);
        maxTokens = Math.max(maxTokens, tokens.filter((t) => t.kind !== 'hyphen').length);
        const list = byKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        byKey.set(key, list);
        const first = tokens.find((t) => t.kind !== 'hyphen');
        if (first) firstWords.add(keyOf([first]));
        if (!entry.ambiguous && entry.type !== 'location') {
          const normalized = normalizeName(form);
          fuzzyForms.push({ key: normalized, compact: normalized.replace(/[\s.]/gu, ''), entry });
        }
      }
    }
  }
  cached = { entries, byKey, byId, maxTokens, firstWords, fuzzyForms };
  return cached;
}

export interface EntityInfo {
  name: string;
  type: EntityType;
  wikidataId: string | null;
  aliases: string[];
  /** What kind of provider or platform it is; see the data files' descriptions. */
  categories: string[];
}

/** What the gazetteer knows about an entity id (from entityIdFor), or undefined. */
export function lookupEntity(id: string): EntityInfo | undefined {
  const entry = getGazetteer().byId.get(id);
  if (!entry) return undefined;
  return { name: entry.name, type: entry.type, wikidataId: entry.wikidataId ?? null, aliases: entry.aliases, categories: entry.categories };
}

import type { EntityFact, EntityType } from '../schemas/entity.ts';
import type { QuoteFact } from '../schemas/quote.ts';
import { makeDoc } from './helpers/make-doc.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';

const extractor = createQuoteExtractor();

/** Hand-built entities: every whole-word occurrence of each surface form is a mention. */
export function buildEntities(text: string, names: ReadonlyArray<[string, EntityType, ...string[]]>): EntityFact[] {
  return names.map(([name, type, ...aliases]) => {
    const forms = [name, ...aliases].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const mentions = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'test' }));
    return { id: `e_${name}`, name, type, wikidataId: null, mentions };
  }).filter((e) => e.mentions.length > 0);
}

export const PEOPLE: ReadonlyArray<[string, EntityType, ...string[]]> = [
  ['Matthew Prince', 'person', 'Prince'],
  ['Clara Sorrenti', 'person', 'Sorrenti'],
  ['Ron Watkins', 'person', 'Watkins'],
  ['Cloudflare', 'organization'],
  ['Voxility', 'organization'],
  ['Epik', 'organization'],
  ['Kiwi Farms', 'site'],
  ['8chan', 'site'],
];

export function extractQuotes(text: string, lang: 'de' | 'fr', regions: Parameters<typeof makeDoc>[2] = {}): QuoteFact[] {
  const doc = makeDoc(text, lang, { ...regions, facts: { entities: buildEntities(text, PEOPLE) } });
  return createQuoteExtractor().extract(doc);
}

export { extractor };

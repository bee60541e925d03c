import type { EntityType } from '../schemas/entity.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';
import { makeDoc } from './helpers/make-doc.ts';
import { buildEntities } from './quotes-helpers.ts';

/** Invented people and organisations for the construction tables: every whole-word occurrence is a mention. */
export const NAMES: ReadonlyArray<[string, EntityType, ...string[]]> = [
  ['Anna Berger', 'person', 'Berger'],
  ['Thomas Keller', 'person', 'Keller'],
  ['Julia Brandt', 'person'],
  ['Markus Weber', 'person'],
  ['Sophie Martin', 'person', 'Martin'],
  ['Pierre Durand', 'person', 'Durand'],
  ['Claire Lefèvre', 'person'],
  ['Jean Moreau', 'person'],
  ['Hostwerk', 'organization'],
  ['Netzhafen', 'organization'],
  ['Datacloud', 'organization'],
  ['Orbitel', 'organization'],
  ['Telenova', 'organization'],
  ['Serveur Libre', 'organization'],
  ['Forum Noir', 'site'],
  ['Hassforum', 'site'],
];

const extractor = createQuoteExtractor();

/** A table row: the text, then the speaker of each quotation found, in order (null: nobody named). */
export type Row = [text: string, speakers: Array<string | null>];

/** Runs the extractor on `text` with NAMES as its entities; checks slices and returns the speakers. */
export function speakersOf(text: string, lang: 'de' | 'fr'): Array<string | null> {
  const quotes = extractor.extract(makeDoc(text, lang, { facts: { entities: buildEntities(text, NAMES) } }));
  for (const q of quotes) if (text.slice(q.start, q.end) !== q.text) throw new Error(`not slice-exact: ${q.text}`);
  return quotes.map((q) => q.speaker?.name ?? null);
}

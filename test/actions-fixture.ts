import { makeDoc } from './helpers/make-doc.ts';
import { entityIdFor } from '../extractors/entities/entity-id.ts';
import { createActionExtractor } from '../extractors/actions/create-action-extractor.ts';
import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { EntityFact, EntityType } from '../schemas/entity.ts';
import type { DateFact } from '../schemas/date.ts';
import type { QuoteFact } from '../schemas/quote.ts';

/** Gazetteer categories the action tests assume, so they do not depend on the real gazetteer. */
const CATEGORIES: Record<string, string[]> = {
  Cloudflare: ['cdn-protection'],
  'DDoS-Guard': ['cdn-protection'],
  BitMitigate: ['cdn-protection'],
  Voxility: ['hosting-cloud'],
  Epik: ['registrar-dns'],
  'Amazon Web Services': ['hosting-cloud'],
  Amazon: ['hosting-cloud'],
  Google: ['app-store'],
  Apple: ['app-store'],
  Twilio: ['messaging-auth'],
  VegasNAP: ['connectivity'],
  Twitter: ['social-network'],
  '8chan': ['forum'],
  'Kiwi Farms': ['forum'],
  Parler: ['social-network'],
  Gab: ['social-network'],
};
const byId = new Map(Object.entries(CATEGORIES).map(([name, categories]) => [entityIdFor(name), { categories }]));
export const extractor = createActionExtractor({ lookupEntity: (id) => byId.get(id) });

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Entities written `Name:type` or `Name:type:Alias|Alias`, found in `text` by
 * regex, as the entity extractor would hand them over.
 */
function buildEntities(text: string, specs: readonly string[]): EntityFact[] {
  return specs.flatMap((spec) => {
    const [name = '', type = 'organization', aliases = ''] = spec.split(':');
    const forms = [name, ...aliases.split('|').filter(Boolean)].sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<![\\p{L}\\p{N}@])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const mentions = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'test' }));
    return mentions.length ? [{ id: entityIdFor(name), name, type: type as EntityType, wikidataId: null, mentions }] : [];
  });
}

export interface Case {
  entities: readonly string[];
  /** `Am Montag=2019-08-05`: a date expression in the text and its value. */
  dates?: readonly string[];
  /** `text=Speaker`: a quotation in the text and its speaker's name. */
  quotes?: readonly string[];
}

export function buildDoc(text: string, lang: 'de' | 'fr', options: Case): ArticleDoc {
  const entities = buildEntities(text, options.entities);
  const dates: DateFact[] = (options.dates ?? []).map((spec) => {
    const [surface = '', value = ''] = spec.split('=');
    const start = text.search(new RegExp(escape(surface), 'u'));
    return { start, end: start + surface.length, text: surface, value, granularity: null, anchor: null, rule: 'test' };
  });
  const quotes: QuoteFact[] = (options.quotes ?? []).map((spec) => {
    const [surface = '', speaker = ''] = spec.split('=');
    const start = text.search(new RegExp(escape(surface), 'u'));
    return { id: 'q', start, end: start + surface.length, text: surface, speaker: { id: entityIdFor(speaker), name: speaker }, cue: null, rule: 'test' };
  });
  return makeDoc(text, lang, { facts: { entities, dates, quotes } });
}

/** The facts as sorted `Provider>action>Target` strings, with ` !neg`, ` ~hedge` and `@date` marks. */
export function describe(text: string, lang: 'de' | 'fr', options: Case): string[] {
  const doc = buildDoc(text, lang, options);
  return extractor
    .extract(doc)
    .map((f) => `${f.provider.name}>${f.action}>${f.target.name}${f.negated ? ' !neg' : ''}${f.hedged ? ' ~hedge' : ''}${f.date ? `@${f.date}` : ''}`)
    .sort();
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';
import { findAffiliation, type Affiliation } from './find-affiliation.ts';

// Quoted stretches, for articles whose quotes the quote extractor did not attribute.
const QUOTED = /«[^«»]*»|„[^„“”]*[“”]|"[^"\n]*"|“[^“”\n]*”/gu;
const MIN_FIRST_PERSON = 4;

/** The organisation an article speaks for when it says `wir`/`nous` outside quotations, or null. */
function findArticleVoice(doc: ArticleDoc, lexicon: ActionLexicon, orgs: readonly EntityFact[], isQuoted: (position: number) => boolean): EntityFact | null {
  let count = 0;
  for (const match of doc.text.matchAll(/\p{L}+/gu)) {
    if (isClass(lexicon, 'first-person', match[0].toLowerCase()) && !isQuoted(match.index)) count++;
  }
  if (count < MIN_FIRST_PERSON) return null;
  let best: EntityFact | null = null;
  for (const org of orgs) if (org.type === 'organization' && (!best || org.mentions.length > best.mentions.length)) best = org;
  return best;
}

export interface FirstPerson {
  entity: EntityFact;
  /**
   * True when the text says who `wir`/`nous` is: the quotation's speaker is the
   * organisation, or a role ties the speaker to it. Only then may it be the one
   * acted upon (`Amazon nous a expulsés`); a guess (nearness, the article's
   * voice) may only act.
   */
  stated: boolean;
  /** `coref-speaker-role` when the speaker's role gave the organisation. */
  via?: string;
}

/**
 * Returns a resolver from a text position to the organisation `wir`/`nous`
 * stands for there: the quotation's speaker (or the speaker's organisation),
 * else the article's own voice when it is written in the first person.
 */
export function createFirstPersonResolver(doc: ArticleDoc, lexicon: ActionLexicon, providers: readonly EntityFact[]): (position: number) => FirstPerson | null {
  let voice: EntityFact | null | undefined;
  let quoted: Array<[number, number]> | undefined;
  const isQuoted = (position: number): boolean => {
    if (!quoted) {
      quoted = doc.facts.quotes.map((quote) => [quote.start, quote.end]);
      for (const match of doc.text.matchAll(QUOTED)) quoted.push([match.index, match.index + match[0].length]);
    }
    return quoted.some(([start, end]) => position >= start && position < end);
  };
  const byId = new Map(doc.facts.entities.map((entity) => [entity.id, entity]));
  const providerIds = new Set(providers.map((entity) => entity.id));
  const orgs = doc.facts.entities.filter((entity) => entity.type === 'organization' || entity.type === 'site');
  const affiliations = new Map<string, Affiliation | null>();
  return (position) => {
    const quote = doc.facts.quotes.find((q) => position >= q.start && position < q.end);
    if (quote) {
      const speaker = quote.speaker ? byId.get(quote.speaker.id) : undefined;
      if (!speaker) return null;
      if (providerIds.has(speaker.id)) return { entity: speaker, stated: true };
      if (speaker.type !== 'person') return null;
      if (!affiliations.has(speaker.id)) affiliations.set(speaker.id, findAffiliation(lexicon, doc.text, speaker, orgs, providerIds, isQuoted));
      const affiliation = affiliations.get(speaker.id);
      if (!affiliation) return null;
      return affiliation.byRole ? { entity: affiliation.entity, stated: true, via: 'coref-speaker-role' } : { entity: affiliation.entity, stated: false };
    }
    voice ??= findArticleVoice(doc, lexicon, providers, isQuoted);
    return voice ? { entity: voice, stated: false } : null;
  };
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';

// Quoted stretches, for articles whose quotes the quote extractor did not attribute.
const QUOTED = /«[^«»]*»|„[^„“”]*[“”]|"[^"\n]*"|“[^“”\n]*”/gu;
const MIN_FIRST_PERSON = 4;
const AFFILIATION_WINDOW = 40;

/** An organisation named right next to a person (`Cloudflare-Chef Matthew Prince`, `le patron de Cloudflare Matthew Prince`). */
function findAffiliation(person: EntityFact, orgs: readonly EntityFact[]): EntityFact | null {
  let best: EntityFact | null = null;
  let bestGap = AFFILIATION_WINDOW + 1;
  for (const mention of person.mentions) {
    for (const org of orgs) {
      for (const other of org.mentions) {
        const gap = other.end <= mention.start ? mention.start - other.end : other.start >= mention.end ? other.start - mention.end : Infinity;
        if (gap < bestGap) [best, bestGap] = [org, gap];
      }
    }
  }
  return best;
}

/** The organisation an article speaks for when it says `wir`/`nous` outside quotations, or null. */
function findArticleVoice(doc: ArticleDoc, lexicon: ActionLexicon, orgs: readonly EntityFact[]): EntityFact | null {
  const quoted: Array<[number, number]> = doc.facts.quotes.map((quote) => [quote.start, quote.end]);
  for (const match of doc.text.matchAll(QUOTED)) quoted.push([match.index, match.index + match[0].length]);
  let count = 0;
  for (const match of doc.text.matchAll(/\p{L}+/gu)) {
    if (!isClass(lexicon, 'first-person', match[0].toLowerCase())) continue;
    if (!quoted.some(([start, end]) => match.index >= start && match.index < end)) count++;
  }
  if (count < MIN_FIRST_PERSON) return null;
  let best: EntityFact | null = null;
  for (const org of orgs) if (org.type === 'organization' && (!best || org.mentions.length > best.mentions.length)) best = org;
  return best;
}

/**
 * Returns a resolver from a text position to the organisation `wir`/`nous`
 * stands for there: the quotation's speaker (or the speaker's organisation),
 * else the article's own voice when it is written in the first person.
 */
export function createFirstPersonResolver(doc: ArticleDoc, lexicon: ActionLexicon, providers: readonly EntityFact[]): (position: number) => EntityFact | null {
  let voice: EntityFact | null | undefined;
  const byId = new Map(doc.facts.entities.map((entity) => [entity.id, entity]));
  const providerIds = new Set(providers.map((entity) => entity.id));
  return (position) => {
    const quote = doc.facts.quotes.find((q) => position >= q.start && position < q.end);
    if (quote) {
      const speaker = quote.speaker ? byId.get(quote.speaker.id) : undefined;
      if (!speaker) return null;
      if (providerIds.has(speaker.id)) return speaker;
      return speaker.type === 'person' ? findAffiliation(speaker, providers) : null;
    }
    voice ??= findArticleVoice(doc, lexicon, providers);
    return voice;
  };
}

import { countStartingAtOrBefore } from './search-sorted.ts';
import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityRef, EntityType } from '../../schemas/entity.ts';

/** One mention of a canonical entity, flattened from `doc.facts.entities`. */
export interface MentionRef {
  start: number;
  end: number;
  type: EntityType;
  entity: EntityRef;
}

/** Every entity mention of the document, in text order. */
export function listMentions(doc: ArticleDoc): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (const fact of doc.facts.entities) {
    for (const mention of fact.mentions) {
      mentions.push({ start: mention.start, end: mention.end, type: fact.type, entity: { id: fact.id, name: fact.name } });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The last word of each person's name of two words or more, lower-cased, when no other person's name ends with it. */
export function listSurnames(mentions: readonly MentionRef[]): Map<string, EntityRef> {
  const surnames = new Map<string, EntityRef | null>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = m.entity.name.split(/\s+/u);
    const last = words[words.length - 1]?.toLowerCase();
    if (words.length < 2 || !last) continue;
    const known = surnames.get(last);
    surnames.set(last, known === undefined || known?.id === m.entity.id ? m.entity : null);
  }
  return new Map([...surnames].filter((entry): entry is [string, EntityRef] => entry[1] !== null));
}

// Longer than any name: how far before `start` a mention overlapping it may begin.
const MAX_MENTION_LENGTH = 200;

/** The mention overlapping [start, end), if any: the earliest (then longest), found by binary search. */
export function findMentionIn(mentions: readonly MentionRef[], start: number, end: number): MentionRef | undefined {
  let found: MentionRef | undefined;
  for (let k = countStartingAtOrBefore(mentions, end - 1, (m) => m.start) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.start < start - MAX_MENTION_LENGTH) break;
    if (m.end > start) found = m;
  }
  return found;
}

export type GenderHint = 'm' | 'f' | 'p' | undefined;

/**
 * The nearest mention before `before` of one of `types`, skipping mentions inside
 * quotations (a name inside someone's words is not who speaks) and persons whose
 * gender cue (`Frau`, `Herr`, `Mme`) contradicts the pronoun.
 */
export function findNearestBefore(
  mentions: readonly MentionRef[],
  before: number,
  types: readonly EntityType[],
  inQuote: (at: number) => boolean,
  genderOf: (m: MentionRef) => GenderHint = () => undefined,
  gender: GenderHint = undefined,
): MentionRef | undefined {
  const gendered = gender === 'm' || gender === 'f';
  let fallback: MentionRef | undefined;
  // Walk back from `before`: the first fitting mention is the nearest.
  for (let k = countStartingAtOrBefore(mentions, before - 1, (m) => m.start) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.end > before || !types.includes(m.type) || inQuote(m.start)) continue;
    // A person known to match the pronoun's gender, named recently, beats a nearer one of unknown gender.
    if (gendered && genderOf(m) === gender && before - m.end < 2500) return m;
    if (!fallback && (!gendered || !genderOf(m) || genderOf(m) === gender)) {
      if (!gendered) return m;
      fallback = m;
    }
    if (fallback && before - m.start > 2500 + MAX_MENTION_LENGTH) break;
  }
  return fallback;
}

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

/** The mention overlapping [start, end), if any. */
export function findMentionIn(mentions: readonly MentionRef[], start: number, end: number): MentionRef | undefined {
  return mentions.find((m) => m.start < end && m.end > start);
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
  const candidates = mentions.filter((m) => m.end <= before && types.includes(m.type) && !inQuote(m.start));
  const gendered = gender === 'm' || gender === 'f';
  // A person known to match the pronoun's gender, named recently, beats a nearer one of unknown gender.
  if (gendered) {
    const known = candidates.filter((m) => genderOf(m) === gender && before - m.end < 2500).pop();
    if (known) return known;
  }
  return candidates.filter((m) => !gendered || !genderOf(m) || genderOf(m) === gender).pop();
}

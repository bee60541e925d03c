import type { QuoteLexicon } from './quote-lexicon.ts';
import type { GenderHint, MentionRef } from './entity-mentions.ts';

// German feminine role nouns: "Streamerin Clara Sorrenti", "Sprecherin Meier".
const FEMININE_ROLE = /(?:erin|orin|istin|entin|antin)$/u;

/**
 * Gender of each entity from the word right before any of its mentions (`Frau`,
 * `Herr`, `Mme`, `Streamerin`), so `sie`/`elle` skip a man named in between.
 * Entities with no cue stay unknown and match either pronoun.
 */
export function makeGenderOf(text: string, mentions: readonly MentionRef[], lexicon: QuoteLexicon): (m: MentionRef) => GenderHint {
  const genders = new Map<string, GenderHint>();
  for (const mention of mentions) {
    if (mention.type !== 'person' || genders.has(mention.entity.id)) continue;
    const word = (/(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, mention.start - 24), mention.start))?.[1] ?? '').toLowerCase();
    if (!word) continue;
    const kind = lexicon.byFirstToken.get(word)?.[0]?.row.kind;
    if (kind === 'female' || FEMININE_ROLE.test(word)) genders.set(mention.entity.id, 'f');
    else if (kind === 'male') genders.set(mention.entity.id, 'm');
  }
  return (m) => genders.get(m.entity.id);
}

import type { EntityFact, Mention } from '../../schemas/entity.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';

// How far around a mention a name may stand and still be "right next to" it.
const PROXIMITY_WINDOW = 40;

// A role word (or two joined by `et`/`und`), then `de`/`d'`/`von`/`der` and an article, up to the organisation.
const ROLE_OF = String.raw`(\p{L}[\p{L}-]*)(?:\s+(?:et|und)\s+(\p{L}[\p{L}-]*))?\s+(?:de\s+|d['’]|du\s+|des\s+|von\s+|vom\s+|der\s+)(?:l['’]|la\s+|le\s+|les\s+|dem\s+|der\s+|den\s+)?$`;
// Right before the organisation: `le patron de Cloudflare`, `Chef von Cloudflare`.
const GENITIVE_BEFORE = new RegExp(ROLE_OF, 'u');
// Between a person and the organisation after it: `Rob Monster, fondateur et PDG d'Epik`.
const ROLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:(?:le|la|l['’]|der|die|ein|eine|son|sa|sein|seine|ihr|ihre)\s*)?` + ROLE_OF, 'u');
// A German compound head: `Cloudflare-Chef Matthew Prince`, `8chan-Betreiber Jim Watkins`.
const COMPOUND_ROLE = /^-(\p{L}+)\s+$/u;

function isRole(lexicon: ActionLexicon, ...words: Array<string | undefined>): boolean {
  return words.some((word) => word !== undefined && isClass(lexicon, 'affiliation-role', word.toLowerCase()));
}

/** True when the text between the organisation mention and the person's names a role the person holds there. */
function isRoleLink(lexicon: ActionLexicon, text: string, person: Mention, org: Mention): boolean {
  if (org.end <= person.start) {
    const gap = text.slice(org.end, person.start);
    const compound = COMPOUND_ROLE.exec(gap);
    if (compound) return isRole(lexicon, compound[1]);
    if (!/^\s*,?\s*$/u.test(gap)) return false;
    const role = GENITIVE_BEFORE.exec(text.slice(Math.max(0, org.start - 60), org.start));
    return role !== null && isRole(lexicon, role[1], role[2]);
  }
  if (org.start < person.end) return false;
  const role = ROLE_AFTER.exec(text.slice(person.end, org.start));
  return role !== null && isRole(lexicon, role[1], role[2]);
}

export interface Affiliation {
  entity: EntityFact;
  /** True when a role names it (`le patron de Cloudflare X`), false when only nearness suggests it. */
  byRole: boolean;
}

/**
 * The organisation a person speaks for. First a role that ties them to it
 * (`le patron de Cloudflare Matthew Prince`, `Rob Monster, PDG d'Epik`,
 * `Cloudflare-Chef Matthew Prince`): that decides, even when the organisation
 * is no provider. Else the nearest provider named right next to them outside
 * quotations: what a person says names what they talk about, not whom they
 * work for. Null when neither.
 */
export function findAffiliation(
  lexicon: ActionLexicon,
  text: string,
  person: EntityFact,
  orgs: readonly EntityFact[],
  providerIds: ReadonlySet<string>,
  isQuoted: (position: number) => boolean,
): Affiliation | null {
  for (const mention of person.mentions) {
    for (const org of orgs) {
      if (org.mentions.some((other) => isRoleLink(lexicon, text, mention, other))) return providerIds.has(org.id) ? { entity: org, byRole: true } : null;
    }
  }
  let best: EntityFact | null = null;
  let bestGap = PROXIMITY_WINDOW + 1;
  for (const mention of person.mentions) {
    for (const org of orgs) {
      if (!providerIds.has(org.id)) continue;
      for (const other of org.mentions) {
        if (isQuoted(other.start)) continue;
        const gap = other.end <= mention.start ? mention.start - other.end : other.start >= mention.end ? other.start - mention.end : Infinity;
        if (gap < bestGap) [best, bestGap] = [org, gap];
      }
    }
  }
  return best ? { entity: best, byRole: false } : null;
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { ActionFact } from '../../schemas/action.ts';
import { polarityOf } from '../../schemas/action.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { isInBoilerplate } from '../text/regions.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';
import type { Slot } from './assign-roles.ts';
import type { Word } from './split-words.ts';

// `le fournisseur d'infrastructure cloud de X`: at most this many words between the head noun and X.
const MAX_MODIFIERS = 4;
const DETERMINER = /^(le|la|l'|les|un|une|son|sa|ses|leur|der|die|das|den|dem|des|ein|eine|einen|einem|einer|sein\p{L}*|ihr\p{L}*)$/u;

/** Who provides whom, as the article's plain (non-negated) providing facts say it: customer id → provider ids. */
export function collectProviders(facts: readonly ActionFact[]): Map<string, Set<string>> {
  const providers = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.negated || polarityOf(fact.action) !== 'provide') continue;
    const set = providers.get(fact.target.id) ?? new Set<string>();
    set.add(fact.provider.id);
    providers.set(fact.target.id, set);
  }
  return providers;
}

function isProviderNoun(lexicon: ActionLexicon, text: string, words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  if (isClass(lexicon, 'provider-of', word.lower)) return true;
  // `Hosting-Anbieter`: compromise splits the compound at its hyphen.
  const before = words[i - 1];
  return isClass(lexicon, 'provider-of-compound', word.lower) && before !== undefined && text.slice(before.end, word.start) === '-';
}

/**
 * True when the description does not refer on its own: a predicate (`Epik est
 * le fournisseur de Gab`) or an apposition to a name (`Epik, l'hébergeur de Gab`,
 * `l'hébergeur de Gab, Epik`). The name then fills the role itself.
 */
function isPredicateOrApposition(lexicon: ActionLexicon, text: string, words: readonly Word[], blocked: ReadonlySet<number>, head: number, slot: Slot): boolean {
  let d = head;
  // `der Hosting-Anbieter`: step over the compound's first parts.
  while (d > 0 && text.slice((words[d - 1] as Word).end, (words[d] as Word).start) === '-') d--;
  while (d > 0 && ((words[d - 1] as Word).tags.has('Determiner') || (words[d - 1] as Word).tags.has('Adjective') || DETERMINER.test((words[d - 1] as Word).lower))) d--;
  const before = words[d - 1];
  if (before && isClass(lexicon, 'copula', before.lower)) return true;
  if (before && blocked.has(d - 1) && /^\s*[,(–—]\s*$/u.test(text.slice(before.end, (words[d] as Word).start))) return true;
  const after = words[slot.last + 1];
  return after !== undefined && blocked.has(slot.last + 1) && /^\s*[,(–—]\s*$/u.test(text.slice((words[slot.last] as Word).end, after.start));
}

/**
 * The head noun of a description that names `slot`'s provider rather than
 * `slot` itself (`le fournisseur d'infrastructure de BitMitigate`, `l'hébergeur
 * du site 8chan`, `der Hosting-Anbieter von Parler`), or null. `referring` is
 * false for predicates and appositions, which name the provider beside them.
 */
export function findProviderDescription(lexicon: ActionLexicon, text: string, words: readonly Word[], blocked: ReadonlySet<number>, slot: Slot): { head: number; referring: boolean } | null {
  if (slot.isPerson || !slot.canBeTarget) return null;
  let i = slot.first - 1;
  const clause = words[slot.first]?.clause;
  const typeNoun = words[i];
  if (typeNoun && (isClass(lexicon, 'site-noun', typeNoun.lower) || isClass(lexicon, 'company-noun', typeNoun.lower))) i--;
  if (!words[i] || !isClass(lexicon, 'customer-of', (words[i] as Word).lower)) return null;
  for (let head = i - 1; head >= Math.max(0, i - 1 - MAX_MODIFIERS); head--) {
    const word = words[head] as Word;
    if (word.clause !== clause || blocked.has(head)) return null;
    if (isProviderNoun(lexicon, text, words, head)) return { head, referring: !isPredicateOrApposition(lexicon, text, words, blocked, head, slot) };
    if (word.tags.has('Verb') || isClass(lexicon, 'clause-joint', word.lower)) return null;
  }
  return null;
}

/** A slot for the one provider the article gives `customerId`, standing at the description's head; null unless exactly one. */
export function resolveProviderDescription(providersOf: ReadonlyMap<string, ReadonlySet<string>>, byId: ReadonlyMap<string, { entity: EntityFact; rank: number }>, customerId: string, head: number): Slot | null {
  const providers = providersOf.get(customerId);
  if (!providers || providers.size !== 1) return null;
  const found = byId.get([...providers][0] as string);
  if (!found || found.rank === 0) return null;
  const { entity, rank } = found;
  return { id: entity.id, name: entity.name, providerRank: rank, canBeTarget: false, isPerson: false, pronoun: false, first: head, last: head, via: 'coref-bridging' };
}

/**
 * Demonstrative descriptions (`cette société`, `ce site`, `diese Firma`) as
 * target slots whose candidates are the compatible entities mentioned before
 * them, from `from` on, most recent first: a company noun takes an organisation
 * or site, a site noun only a site. A name right after (`cette société
 * Voxility`) is an apposition, already a slot of its own. They never provide:
 * word order does not tell a demonstrative subject from a genitive
 * (`den Dienst dieser Firma`), and a wrong provider is worse than none.
 */
export function findDemonstratives(
  doc: ArticleDoc,
  lexicon: ActionLexicon,
  words: readonly Word[],
  blocked: ReadonlySet<number>,
  entities: readonly EntityFact[],
  from: number,
): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const noun = words[i + 1] as Word;
    if (!isClass(lexicon, 'demonstrative', (words[i] as Word).lower) || blocked.has(i + 2)) continue;
    const company = isClass(lexicon, 'company-noun', noun.lower);
    if (!company && !isClass(lexicon, 'site-noun', noun.lower)) continue;
    const at = (words[i] as Word).start;
    const seen: Array<{ slot: Slot; start: number }> = [];
    for (const entity of entities) {
      if (entity.type !== 'site' && (!company || entity.type !== 'organization')) continue;
      let last = -1;
      for (const m of entity.mentions) if (m.start >= from && m.end <= at && m.start > last && !isInBoilerplate(doc, m.start, m.end)) last = m.start;
      if (last < 0) continue;
      seen.push({ start: last, slot: { id: entity.id, name: entity.name, providerRank: 0, canBeTarget: true, isPerson: false, pronoun: false, first: i, last: i + 1, via: 'coref-demonstrative' } });
    }
    if (seen.length === 0) continue;
    const candidates = seen.sort((a, b) => b.start - a.start).map(({ slot }) => slot);
    slots.push({ ...(candidates[0] as Slot), candidates });
  }
  return slots;
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityFact, Mention } from '../../schemas/entity.ts';
import type { Span } from '../../schemas/span.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';
import type { FirstPerson } from './resolve-first-person.ts';
import type { Word } from './split-words.ts';
import type { Slot } from './assign-roles.ts';
import { findDemonstratives, findProviderDescription, resolveProviderDescription } from './find-descriptions.ts';

export interface RankedEntity {
  entity: EntityFact;
  rank: number;
}

/** What one sentence needs from the rest of the article. */
export interface SentenceContext {
  previous: Span | null;
  /** Where a demonstrative's antecedent may start: two sentences back. */
  windowStart: number;
  ranked: readonly RankedEntity[];
  byId: ReadonlyMap<string, RankedEntity>;
  resolveWe: (at: number) => FirstPerson | null;
  /** Customer id → provider ids from the first pass; empty on the first pass itself. */
  providersOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** True for an object clitic between its subject and verb: `Amazon nous a expulsés`, `ils nous ont coupés`. */
function isFirstPersonObject(lexicon: ActionLexicon, words: readonly Word[], i: number): boolean {
  const [before, after] = [words[i - 1], words[i + 1]];
  if (!before || !after || !isClass(lexicon, 'first-person-object', (words[i] as Word).lower)) return false;
  const subject = before.inName === true || isClass(lexicon, 'subject-pronoun', before.lower);
  return subject && (after.tags.has('Verb') || isClass(lexicon, 'clitic-host', after.lower));
}

/** The words a span covers, as a [first, last] index pair, or null. */
function coverWords(words: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  words.forEach((word, i) => {
    if (word.start < end && word.end > start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/**
 * The role fillers of one tagged sentence: its named entities, provider
 * descriptions (`le fournisseur de X`), demonstratives (`cette société`) and a
 * resolvable `wir`/`nous`. Also the words no cue may anchor on, and the clauses
 * whose `wir` has no known referent.
 */
export function buildSlots(
  doc: ArticleDoc,
  lexicon: ActionLexicon,
  words: readonly Word[],
  inside: ReadonlyArray<{ entity: EntityFact; rank: number; m: Mention }>,
  context: SentenceContext,
): { slots: Slot[]; cueless: Set<number>; unknownSubject: Set<number>; describedCustomers: string[] } {
  const { resolveWe } = context;
  const slots: Slot[] = [];
  const blocked = new Set<number>();
  for (const { entity, rank, m } of inside) {
    const cover = coverWords(words, m.start, m.end);
    if (!cover) continue;
    for (let i = cover[0]; i <= cover[1]; i++) {
      blocked.add(i);
      (words[i] as Word).inName = true;
    }
    const base = { id: entity.id, name: entity.name, providerRank: rank, isPerson: entity.type === 'person', pronoun: false };
    slots.push({ ...base, canBeTarget: entity.type !== 'location', first: cover[0], last: cover[1] });
  }
  // `le fournisseur de BitMitigate`: the description names BitMitigate's provider, so BitMitigate is not the actor.
  const describedCustomers: string[] = [];
  // A referring description's head is no cue: `der Hoster von X` would only restate that X has a provider.
  const cueless = new Set(blocked);
  for (const slot of [...slots]) {
    const description = findProviderDescription(lexicon, doc.text, words, blocked, slot);
    if (!description) continue;
    slot.providerRank = 0;
    if (!description.referring) continue;
    cueless.add(description.head);
    const provider = resolveProviderDescription(context.providersOf, context.byId, slot.id, description.head);
    if (provider) slots.push(provider);
    else describedCustomers.push(slot.id);
  }
  slots.push(...findDemonstratives(doc, lexicon, words, blocked, doc.facts.entities, context.windowStart));
  // A clause whose `wir` we cannot resolve has an unknown subject: no provider from it.
  const unknownSubject = new Set<number>();
  words.forEach((word, i) => {
    if (!isClass(lexicon, 'first-person', word.lower)) return;
    const we = resolveWe(word.start);
    const object = isFirstPersonObject(lexicon, words, i);
    if (!we && !object && isClass(lexicon, 'first-person-subject', word.lower)) unknownSubject.add(word.clause);
    if (!we) return;
    slots.push({ id: we.entity.id, name: we.entity.name, providerRank: object ? 0 : 2, canBeTarget: we.stated, isPerson: false, pronoun: true, first: i, last: i, ...(we.via ? { via: we.via } : {}) });
  });
  return { slots, cueless, unknownSubject, describedCustomers };
}

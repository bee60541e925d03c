import { isClass, type ActionLexicon } from './load-action-data.ts';
import { coordinated } from './coordinate.ts';
import type { Clause, Word } from './split-words.ts';
import type { Slot } from './assign-roles.ts';
import type { RankedEntity } from './build-slots.ts';
import type { ArgumentContext } from './find-arguments.ts';
import { readPhrase, type Phrase } from './read-phrases.ts';

/** Reads every slot's phrase once per sentence, for the grammar of each cue in it. */
export function createArgumentContext(
  lexicon: ActionLexicon,
  text: string,
  words: readonly Word[],
  clauses: readonly Clause[],
  slots: readonly Slot[],
  focus: (at: number) => Slot | null,
  focusPerson: (at: number) => Slot | null,
): ArgumentContext {
  const slotAt = new Map<number, Slot>();
  for (const slot of slots) for (let i = slot.first; i <= slot.last; i++) if (i >= 0 && !slotAt.has(i)) slotAt.set(i, slot);
  const phrases = new Map<Slot, Phrase>();
  const ctx = { lexicon, text, words, slotAt };
  for (const slot of slots) phrases.set(slot, readPhrase(ctx, slot));
  const starts = new Map(slots.filter((slot) => slot.first >= 0).map((slot) => [slot.first, slot] as const));
  return { lexicon, text, words, clauses, slots, phrases, platforms: findPlatforms(lexicon, text, words, slots, phrases), focus, focusPerson, slotAtWord: (i) => starts.get(i) };
}

/**
 * The slots that name where an account lives, not a party to the action: the platform of an account
 * phrase and what is coordinated with it (`les comptes Facebook et Instagram de X`), and a bare name
 * right after an account noun (`son compte Twitter`).
 */
function findPlatforms(lexicon: ActionLexicon, text: string, words: readonly Word[], slots: readonly Slot[], phrases: ReadonlyMap<Slot, Phrase>): Set<Slot> {
  const platforms = new Set<Slot>();
  for (const phrase of phrases.values()) if (phrase.platform) for (const slot of coordinated(text, words, slots, phrase.platform)) platforms.add(slot);
  for (const slot of slots) {
    const before = words[slot.first - 1];
    if (before && isClass(lexicon, 'account', before.lower) && phrases.get(slot)?.kind === 'bare') platforms.add(slot);
  }
  return platforms;
}

/** The entity (passing `keep`) mentioned last between `from` and `at`, with the start of that mention. */
function findLastMentioned(ranked: readonly RankedEntity[], from: number, at: number, keep: (r: RankedEntity) => boolean): RankedEntity | null {
  let best: { ranked: RankedEntity; start: number } | null = null;
  for (const r of ranked) {
    if (!keep(r)) continue;
    for (const m of r.entity.mentions) if (m.start >= from && m.end <= at && (!best || m.start > best.start)) best = { ranked: r, start: m.start };
  }
  return best?.ranked ?? null;
}

/**
 * The provider in focus before `at`: the most recently mentioned entity that
 * can provide, from `from` on (two sentences back). `das Unternehmen`,
 * `la société`, `er`, `il` as subjects stand for it.
 */
export function findFocus(ranked: readonly RankedEntity[], from: number, at: number): Slot | null {
  const found = findLastMentioned(ranked, from, at, (r) => r.rank > 0);
  if (!found) return null;
  const { entity, rank } = found;
  return { id: entity.id, name: entity.name, providerRank: rank, canBeTarget: false, isPerson: false, pronoun: true, first: -1, last: -1 };
}

/** The person last named between `from` and `at`. */
export function findFocusPerson(ranked: readonly RankedEntity[], from: number, at: number): Slot | null {
  const found = findLastMentioned(ranked, from, at, (r) => r.entity.type === 'person');
  if (!found) return null;
  return { id: found.entity.id, name: found.entity.name, providerRank: 0, canBeTarget: true, isPerson: true, pronoun: true, first: -1, last: -1 };
}

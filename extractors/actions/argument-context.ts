import type { ActionLexicon } from './load-action-data.ts';
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
  return { lexicon, text, words, clauses, slots, phrases, focus, focusPerson, slotAtWord: (i) => starts.get(i) };
}

/**
 * The provider in focus before `at`: the most recently mentioned entity that
 * can provide, from `from` on (two sentences back). `das Unternehmen`,
 * `la société`, `er`, `il` as subjects stand for it.
 */
export function findFocus(ranked: readonly RankedEntity[], from: number, at: number): Slot | null {
  let best: { ranked: RankedEntity; start: number } | null = null;
  for (const r of ranked) {
    if (r.rank === 0) continue;
    for (const m of r.entity.mentions) if (m.start >= from && m.end <= at && (!best || m.start > best.start)) best = { ranked: r, start: m.start };
  }
  if (!best) return null;
  const { entity, rank } = best.ranked;
  return { id: entity.id, name: entity.name, providerRank: rank, canBeTarget: false, isPerson: false, pronoun: true, first: -1, last: -1 };
}

/** The person last named between `from` and `at`. */
export function findFocusPerson(ranked: readonly RankedEntity[], from: number, at: number): Slot | null {
  let best: { entity: RankedEntity['entity']; start: number } | null = null;
  for (const { entity } of ranked) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) if (m.start >= from && m.end <= at && (!best || m.start > best.start)) best = { entity, start: m.start };
  }
  return best ? { id: best.entity.id, name: best.entity.name, providerRank: 0, canBeTarget: true, isPerson: true, pronoun: true, first: -1, last: -1 } : null;
}

import type { Word } from './split-words.ts';
import type { Slot } from './assign-roles.ts';

/** How two neighbouring slots are joined: `und`/`et` (conj), a bare comma, or not at all. */
function joinOf(text: string, words: readonly Word[], a: Slot, b: Slot): 'conj' | 'comma' | null {
  const gap = text.slice((words[a.last] as Word).end, (words[b.first] as Word).start);
  const match = /^\s*(,?)\s*(und|sowie|oder|als auch|et|ou|ainsi que|&)?\s*(der|die|das|den|dem|de|du|des|d'|d’|la|le|les|l'|l’)?\s*$/iu.exec(gap);
  if (!match) return null;
  return match[2] ? 'conj' : match[1] ? 'comma' : null;
}

/**
 * Slots coordinated with `slot`: `Google und Apple`, `8chan et de Daily Stormer`,
 * `8chan, Daily Stormer et BitMitigate`. A bare comma joins only inside a list
 * that closes with a conjunction (`The Daily Stormer, BitMitigate a aidé` is no list).
 */
export function coordinated(text: string, words: readonly Word[], slots: readonly Slot[], slot: Slot): Slot[] {
  const sorted = [...slots].filter((other) => other.first >= 0).sort((a, b) => a.first - b.first);
  const at = sorted.indexOf(slot);
  if (at < 0) return [slot];
  const joins = sorted.slice(0, -1).map((a, i) => joinOf(text, words, a, sorted[i + 1] as Slot));
  let from = at;
  let to = at;
  while (from > 0 && joins[from - 1]) from--;
  while (to < sorted.length - 1 && joins[to]) to++;
  if (joins[to - 1] !== 'conj') {
    from = at;
    to = at;
    while (from > 0 && joins[from - 1] === 'conj') from--;
    while (to < sorted.length - 1 && joins[to] === 'conj') to++;
  }
  return sorted.slice(from, to + 1);
}


import { editDistance } from '../../extractors/nlp/natural.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';

export interface NameCandidate {
  /** The surface form an article used. */
  alias: string;
  /** The entity's canonical name. */
  name: string;
}

/**
 * Up to `limit` canonical names closest to `input` by edit distance over the
 * normalised aliases, nearest first. Far-off names are left out: a list of
 * unrelated names helps nobody.
 */
export function suggestNames(input: string, candidates: readonly NameCandidate[], limit = 3): string[] {
  const key = normalizeName(input);
  const limitDistance = Math.max(2, Math.floor(key.length / 3));
  const best = new Map<string, { distance: number; label: string }>();
  for (const c of candidates) {
    const distance = editDistance(key, normalizeName(c.alias));
    const label = normalizeName(c.alias) === normalizeName(c.name) ? c.name : `${c.name} (as "${c.alias}")`;
    const seen = best.get(c.name);
    if (distance <= limitDistance && (!seen || distance < seen.distance)) best.set(c.name, { distance, label });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((b) => b.label);
}

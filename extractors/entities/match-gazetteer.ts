import type { Candidate } from './candidate.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import { keyOf, type Token } from './tokenize.ts';

const straightQuotes = (s: string): string => s.replace(/’/gu, "'");

function sameHeadCase(form: string, surface: string): boolean {
  // A hyphenated name is one word (`Sci-hub` is `Sci-Hub`); its first part keeps the capital.
  const a = form.split(/\s+/u).pop() ?? '';
  const b = surface.split(/\s+/u).pop() ?? '';
  return a.toLowerCase() === b.toLowerCase() && /^\p{Lu}/u.test(a) === /^\p{Lu}/u.test(b);
}

// An elision may open a name (`L'Express`); otherwise the word after it is tried next.
const STARTS = new Set<Token['kind']>(['word', 'domain', 'elision']);

const ALL_CAPS = /^[\p{Lu}\d&.\s-]+$/u;

/**
 * German words after which a name that is also a noun (`Bild`, `Signal`) is the noun:
 * an indefinite, demonstrative or possessive article (`ein Bild`, `dieses Signal`).
 * An adjective in -es or -em does the same (`ein verzerrtes Bild`, `mit gutem Signal`).
 */
const NOUN_DETERMINERS_DE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'dieses', 'diesem', 'dieser', 'diese', 'diesen', 'jenes', 'jedes', 'jedem', 'jeder', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'mein', 'meine', 'dein', 'welches', 'manches', 'solches', 'solch', 'kaum', 'gutes', 'neues', 'anderes']);

function isNounContext(before: Token | undefined, lexicon: Lexicon): boolean {
  if (!before || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text)) return false;
  if (NOUN_DETERMINERS_DE.has(before.text)) return true;
  return before.text.length >= 5 && /(?:es|em)$/u.test(before.text) && !lexicon.functionWords.has(before.text);
}

/** Checks the case rules that keep ordinary words (`apple`, `Gab sich …`, `Mit`) out. */
function acceptHit(entry: GazetteerEntry, surface: string, first: Token, words: number, lexicon: Lexicon, before: Token | undefined): Candidate['strength'] | null {
  surface = straightQuotes(surface);
  const exact = entry.forms.includes(surface);
  // An acronym is written in capitals: `Mit` is not `MIT`, `Who` not `WHO`.
  const spelt = entry.forms.filter((f) => f.toLowerCase() === surface.toLowerCase());
  if (!exact && spelt.length > 0 && spelt.every((f) => ALL_CAPS.test(f)) && !ALL_CAPS.test(surface)) return null;
  if (entry.ambiguous && lexicon.lang === 'de' && isNounContext(before, lexicon)) return null;
  if (!/\p{Lu}/u.test(surface) && !exact) {
    if (words > 1 || entry.ambiguous || entry.type === 'location' || entry.type === 'person' || surface.length < 5) return null;
  }
  // `le monde`, `die Welt`: the last word of a multi-word name keeps its capital
  // (`republikanischen Partei` may lower an adjective, not the head noun).
  if (words > 1 && !exact && !entry.forms.some((f) => sameHeadCase(f, surface))) return null;
  if (entry.ambiguous && !exact) return null;
  if (first.initial && words === 1 && lexicon.functionWords.has(surface.toLowerCase())) return null;
  if (entry.ambiguous && first.initial) return 'provisional';
  return 'gazetteer';
}

/**
 * Scans one sentence's tokens for gazetteer names, longest first. Compounds and
 * inflections resolve to their base (`Cloudflare-Chef`, `Cloudflares`), the
 * mention covering the inflected word whole (`Cloudflares`). Returns the candidates and the claimed tokens.
 */
export function matchGazetteer(text: string, tokens: readonly Token[], gazetteer: Gazetteer, lexicon: Lexicon): { candidates: Candidate[]; claimed: boolean[] } {
  const candidates: Candidate[] = [];
  const claimed = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !STARTS.has(first.kind) || claimed[i]) continue;
    // Most words start no name: one set lookup instead of building every window's key.
    const head = keyOf([first]);
    if (!gazetteer.firstWords.has(head) && !(lexicon.lang === 'de' && head.endsWith('s') && gazetteer.firstWords.has(head.slice(0, -1)))) continue;
    // Collect the window: up to maxTokens non-hyphen tokens.
    const ends: number[] = [];
    let words = 0;
    for (let j = i; j < tokens.length && words < gazetteer.maxTokens; j++) {
      const t = tokens[j];
      if (!t) break;
      if (t.kind === 'hyphen') continue;
      words++;
      ends.push(j);
    }
    let matched = false;
    for (let n = ends.length; n >= 1 && !matched; n--) {
      const endIndex = ends[n - 1] ?? i;
      const last = tokens[endIndex];
      if (!last || (last.kind === 'punct' && last.text !== '+') || last.kind === 'elision') continue;
      const run = tokens.slice(i, endIndex + 1);
      const key = keyOf(run);
      const variants: Array<[string, number]> = [[key, 0]];
      // German genitive and plural -s: `Cloudflares`, `Googles`.
      if (lexicon.lang === 'de' && last.kind === 'word' && /\p{L}{3}s$/u.test(last.text)) variants.push([key.slice(0, -1), 1]);
      for (const [k, trim] of variants) {
        const entry = gazetteer.byKey.get(k)?.[0];
        // A name of several words that is also a phrase (`App Store`) is not inflected: `App Stores` is the phrase.
        if (!entry || (trim > 0 && entry.ambiguous && n > 1)) continue;
        const strength = acceptHit(entry, text.slice(first.start, last.end - trim), first, n, lexicon, tokens[i - 1]);
        if (!strength) continue;
        // The mention covers the inflected word whole (`Europas`), as NER corpora mark it.
        const end = last.end;
        candidates.push({ start: first.start, end, text: text.slice(first.start, end), rule: 'entities/gazetteer', strength, type: entry.type, tokens: n, entry });
        for (let j = i; j <= endIndex; j++) claimed[j] = true;
        i = endIndex;
        matched = true;
        break;
      }
    }
  }
  return { candidates, claimed };
}

import { isClass, type ActionLexicon } from './load-action-data.ts';
import type { Word } from './split-words.ts';
import type { Slot } from './assign-roles.ts';

/**
 * How a slot's noun phrase attaches in its clause:
 * - `bare`: no preposition governs it (subject, object, dative);
 * - `agent`: `von`/`durch`/`par` after a verb (the passive's actor);
 * - `prep`: another preposition governs it (`zu`, `à`, `bei`, `sur`…);
 * - `possessor`: it completes a noun (`das Konto von X`, `la chaîne de X`,
 *   `Trumps Konto`), whose own attachment is `host`.
 */
export interface Phrase {
  kind: 'bare' | 'agent' | 'prep' | 'possessor';
  /** The governing preposition or `of` word, lower-cased. */
  prep: string | null;
  /** A determiner marks the phrase as not nominative (`den`, `dem`, `des`, `einen`). */
  oblique: boolean;
  /** For possessors: the noun they complete, and how that noun attaches. */
  host: { index: number; phrase: Phrase } | null;
  /** A platform named on the host (`le compte Twitter de X`, `das Twitter-Konto von X`). */
  platform: Slot | null;
}

// How far left a phrase's determiners, adjectives and apposition nouns may reach.
const MAX_STEPS = 6;

export interface PhraseContext {
  lexicon: ActionLexicon;
  text: string;
  words: readonly Word[];
  /** The slot covering each word index, if any. */
  slotAt: ReadonlyMap<number, Slot>;
}

const NOUN_CLASSES = ['owned', 'account', 'service', 'store', 'access', 'apposition-noun', 'infrastructure'];

/** True for a common noun: German writes every noun capitalised; French ones are tagged so. */
function isNoun(ctx: PhraseContext, i: number): boolean {
  const word = ctx.words[i];
  if (!word || word.inName) return false;
  if (isClass(ctx.lexicon, 'determiner', word.lower) || isClass(ctx.lexicon, 'preposition', word.lower)) return false;
  // The nouns the rules care about are known by their class, whatever the tagger says (`l'application`).
  if (NOUN_CLASSES.some((id) => isClass(ctx.lexicon, id, word.lower))) return true;
  if (ctx.lexicon.lang === 'de') return /^\p{Lu}/u.test(ctx.text.slice(word.start, word.end)) && !word.tags.has('Pronoun');
  return word.tags.has('Noun') && !word.tags.has('Pronoun') && !word.tags.has('Verb');
}

function isModifier(ctx: PhraseContext, i: number): boolean {
  const word = ctx.words[i] as Word;
  return isClass(ctx.lexicon, 'determiner', word.lower) || word.tags.has('Adjective') || word.tags.has('Determiner') || word.tags.has('Value');
}

/** The noun an `of` word at `marker` completes, stepping over a platform name (`la chaîne YouTube de X`) and adjectives. */
function findHost(ctx: PhraseContext, marker: number): { index: number; platform: Slot | null } | null {
  let i = marker - 1;
  let platform: Slot | null = null;
  let named = ctx.slotAt.get(i);
  // `les comptes Facebook et Instagram de X`: step back over the platforms coordinated before the last one.
  while (named && ctx.words[named.first - 1] && isClass(ctx.lexicon, 'clause-joint', (ctx.words[named.first - 1] as Word).lower) && ctx.slotAt.get(named.first - 2)) named = ctx.slotAt.get(named.first - 2);
  // Only an account lives on a platform (`la chaîne YouTube de X`); `l'application Parler du Play Store` names the app.
  const owner = ctx.words[(named?.first ?? 0) - 1];
  if (named && !named.via && owner && isNoun(ctx, named.first - 1) && !isClass(ctx.lexicon, 'app', owner.lower)) {
    platform = named;
    i = named.first - 1;
  }
  while (i >= 0 && ctx.words[i]?.tags.has('Adjective') && !isNoun(ctx, i)) i--;
  if (i < 0 || !isNoun(ctx, i)) return null;
  // `le compte développeur de X`: a noun modifier after the owned noun.
  if (!isClass(ctx.lexicon, 'owned', (ctx.words[i] as Word).lower) && i > 0 && isClass(ctx.lexicon, 'owned', (ctx.words[i - 1] as Word).lower)) i--;
  // `le compte de dons de X`, `das Konto für Spenden von X`: a complement between the owned noun and its owner.
  else if (i > 1 && !isClass(ctx.lexicon, 'owned', (ctx.words[i] as Word).lower) && isClass(ctx.lexicon, 'of', (ctx.words[i - 1] as Word).lower) && isClass(ctx.lexicon, 'owned', (ctx.words[i - 2] as Word).lower)) i -= 2;
  // `das Twitter-Konto von X`: the compound's first part names the platform.
  const before = ctx.words[i - 1];
  if (!platform && before && ctx.text.slice(before.end, (ctx.words[i] as Word).start) === '-') platform = ctx.slotAt.get(i - 1) ?? null;
  return { index: i, platform };
}

/** The attachment of the noun phrase that ends at word `last` and starts at or after `first`. */
export function readPhraseAt(ctx: PhraseContext, first: number, depth = 0): Phrase {
  const { lexicon, words } = ctx;
  let oblique = false;
  let i = first - 1;
  for (let steps = 0; i >= 0 && steps < MAX_STEPS; i--, steps++) {
    const word = words[i] as Word;
    if (word.clause !== (words[first] as Word).clause) break;
    if (word.inName) break;
    // `Als Apple Parler entfernte`: a clause-opening conjunction governs no phrase.
    if (lexicon.lang === 'de' && isClass(lexicon, 'subordinator', word.lower) && (i === 0 || words[i - 1]?.clause !== word.clause)) break;
    if (isClass(lexicon, 'of', word.lower) && depth < 2) {
      const host = findHost(ctx, i);
      if (host) return { kind: 'possessor', prep: word.lower, oblique, host: { index: host.index, phrase: readPhraseAt(ctx, host.index, depth + 1) }, platform: host.platform };
    }
    if (isClass(lexicon, 'agent', word.lower)) return { kind: 'agent', prep: word.lower, oblique: true, host: null, platform: null };
    if (isClass(lexicon, 'preposition', word.lower)) return { kind: 'prep', prep: word.lower, oblique: true, host: null, platform: null };
    if (isModifier(ctx, i)) {
      if (isClass(lexicon, 'oblique-determiner', word.lower)) oblique = true;
      continue;
    }
    // An apposition's head noun (`der Hoster GoDaddy`, `la plateforme Parler`), only right before the name:
    // in `über das Wochenende Parler` the noun ends another phrase.
    if (i === first - 1 && isNoun(ctx, i) && isClass(lexicon, 'apposition-noun', word.lower)) continue;
    break;
  }
  return { kind: 'bare', prep: null, oblique, host: null, platform: null };
}

/** The attachment of a slot, with the German and English `s`-genitive (`Trumps Konto`) as a possessor. */
export function readPhrase(ctx: PhraseContext, slot: Slot): Phrase {
  if (slot.first < 0) return { kind: 'bare', prep: null, oblique: false, host: null, platform: null };
  const next = ctx.words[slot.last + 1];
  const name = ctx.words[slot.last] as Word;
  // `das Wikileaks-Konto`: a compound's first part owns it, unless an owner follows (`das Twitter-Konto von X`).
  const hyphenated = next && ctx.text.slice(name.end, next.start) === '-' && isClass(ctx.lexicon, 'owned', next.lower);
  if (hyphenated && !isClass(ctx.lexicon, 'of', ctx.words[slot.last + 2]?.lower ?? '')) {
    return { kind: 'possessor', prep: '-', oblique: false, host: { index: slot.last + 1, phrase: readPhraseAt(ctx, slot.first) }, platform: null };
  }
  const genitive = ctx.lexicon.lang === 'de' && /(?:s|'s|’s|’|')$/u.test(ctx.text.slice(name.start, name.end));
  if (genitive && next && isClass(ctx.lexicon, 'owned', next.lower)) {
    return { kind: 'possessor', prep: 's', oblique: false, host: { index: slot.last + 1, phrase: readPhraseAt(ctx, slot.first) }, platform: null };
  }
  // `Trumps Twitter-Profil`: the genitive owns a compound whose first part names the platform.
  const platform = next ? ctx.slotAt.get(slot.last + 1) : undefined;
  const head = platform ? ctx.words[platform.last + 1] : undefined;
  if (genitive && platform && head && isClass(ctx.lexicon, 'owned', head.lower) && ctx.text.slice((ctx.words[platform.last] as Word).end, head.start) === '-') {
    return { kind: 'possessor', prep: 's', oblique: false, host: { index: platform.last + 1, phrase: readPhraseAt(ctx, slot.first) }, platform };
  }
  return readPhraseAt(ctx, slot.first);
}

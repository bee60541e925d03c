import { NO_TAGS } from '../nlp/compromise.ts';
import { cueOf, isListedWord, type Lexicon } from './lexicon.ts';
import type { NameLists } from './name-lists.ts';
import { hasNameShape, type Token } from './tokenize.ts';

// Word-level predicates the pattern scan asks about a token or its neighbours.

export function isFirstName(word: string, tags: ReadonlySet<string>, lists: NameLists): boolean {
  return lists.firstNames.has(word) || tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName');
}

/** Some word of the run marks it as a name: a first name, a name tag, an organisation or place word, a coined shape. */
export function isNameLikeRun(group: readonly Token[], tags: ReadonlyArray<ReadonlySet<string>>, lists: NameLists): boolean {
  const first = group[0];
  if (first && isFirstName(first.text, tags[0] ?? NO_TAGS, lists)) return true;
  return group.some((t, n) => hasNameShape(t.text) || /^\p{Lu}{2,}/u.test(t.text) || lists.orgWords.has(t.text) || lists.locWords.has(t.text) || hasNameTag(tags[n]) || !/^\p{Lu}\p{Ll}+$/u.test(t.text));
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization'];

export function hasNameTag(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && NAME_TAGS.some((t) => tags.has(t));
}

/** `GmbH`, `AG`, `Inc`, `SA`: org words written as a legal form (capitals or a full stop after). */
export function isLegalForm(t: Token, lists: NameLists): boolean {
  return t.kind === 'word' && (lists.orgWords.has(`${t.text}.`) || (lists.orgWords.has(t.text) && /^(?:\p{Lu}+|GmbH|KGaA|Sàrl|plc|Oy)$/u.test(t.text)));
}

/** A capitalised word no list calls common: may continue a person's name. */
export function isSurnameShaped(tokens: readonly Token[], k: number, claimed: readonly boolean[], lexicon: Lexicon): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && !claimed[k] && /^\p{Lu}\p{Ll}/u.test(t.text) && !cueOf(lexicon, t.text) && !isListedWord(lexicon, t.text);
}

/** Nothing, a punctuation mark or a conjunction before: a noun phrase would have its article there (`Das Labor fand`). */
export function opensClause(before: Token | undefined): boolean {
  return !before || before.kind === 'punct' || CLAUSE_OPENERS.has(before.text);
}

const CLAUSE_OPENERS = new Set(['und', 'aber', 'doch', 'denn', 'dann', 'auch', 'nun', 'jetzt', 'zudem', 'daraufhin', 'später', 'gestern', 'heute']);

/** A reporting verb (not `so`) at `k`, or a colon that opens a quotation. */
export function isSpeakerBefore(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'word') return cueOf(lexicon, t.text)?.kind === 'speech' && t.text !== 'so' && /^\p{Ll}/u.test(t.text);
  return t.text === ':' && /^["„“«»]$/u.test(tokens[k + 1]?.text ?? '');
}

/** `so` names a speaker only after the quotation it closes (`…“, so Schaffer`). */
export function isSpeechCueAt(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.text.toLowerCase() !== 'so') return true;
  const before = tokens[j - 1];
  return !!before && (before.text === ',' || /^["“”»«]$/u.test(before.text));
}

/** No lexicon tag but a place's or none: `Versehen`, `Belieben` are the verbs' nouns, not places. */
export function isPlaceLike(tags: ReadonlySet<string>): boolean {
  if (tags.size === 0) return true;
  return tags.has('Place') || tags.has('City') || tags.has('Country') || tags.has('Region');
}

import { createRequire } from 'node:module';

/**
 * The one place compromise and its German and French builds are loaded: lazily,
 * once per process and language (0.3–0.7 s each), through their CommonJS builds
 * so callers stay synchronous.
 */
const require = createRequire(import.meta.url);

type CompromiseDoc = {
  json(options: object): Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>;
};
type Nlp = (text: string) => CompromiseDoc;

/** The compromise build of each language (the bench's probe wraps the same ones). */
export const COMPROMISE_BUILDS: Record<string, string> = { de: 'de-compromise', fr: 'fr-compromise', en: 'compromise' };
const loaded = new Map<string, Nlp>();

export function loadNlp(lang: string): Nlp {
  let nlp = loaded.get(lang);
  if (!nlp) {
    const build = COMPROMISE_BUILDS[lang];
    if (!build) throw new Error(`No compromise build for language "${lang}" (have: ${Object.keys(COMPROMISE_BUILDS).join(', ')})`);
    nlp = require(build) as Nlp;
    loaded.set(lang, nlp);
  }
  return nlp;
}

export interface TaggedTerm {
  text: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/**
 * Tags `text` (usually one sentence) and returns its terms with offsets into the
 * whole article (`base` is where `text` starts). Zero-length contraction terms
 * are skipped: they have no slice of their own.
 */
export function tagTerms(lang: string, text: string, base = 0): TaggedTerm[] {
  const terms: TaggedTerm[] = [];
  for (const sentence of loadNlp(lang)(text).json({ offset: true })) {
    for (const term of sentence.terms) {
      if (term.offset.length === 0) continue;
      const start = base + term.offset.start;
      terms.push({ text: term.text, tags: new Set(term.tags), start, end: start + term.offset.length });
    }
  }
  return terms;
}

type Model = { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } };
export const NO_TAGS: ReadonlySet<string> = new Set();
const lexiconTags = new Map<string, Map<string, ReadonlySet<string>>>();

/**
 * The tags compromise's lexicon gives one word, with their parents (`FemaleName`
 * → `FirstName`, `Person`): what its tagger says about a name, without tagging
 * the sentence. A hash lookup instead of a tagger run, for extractors that need
 * only word-level facts (is it a first name, a city, a country?).
 */
export function lookupLexiconTags(lang: string, word: string): ReadonlySet<string> {
  let cache = lexiconTags.get(lang);
  if (!cache) lexiconTags.set(lang, (cache = new Map()));
  const key = word.toLowerCase();
  let tags = cache.get(key);
  if (tags) return tags;
  const model = (loadNlp(lang) as unknown as { model(): Model }).model().one;
  const own = model.lexicon[key];
  if (own === undefined) tags = NO_TAGS;
  else {
    const set = new Set<string>();
    for (const tag of typeof own === 'string' ? [own] : own) {
      set.add(tag);
      for (const parent of model.tagSet[tag]?.parents ?? []) set.add(parent);
    }
    tags = set;
  }
  cache.set(key, tags);
  return tags;
}

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

const BUILDS: Record<string, string> = { de: 'de-compromise', fr: 'fr-compromise', en: 'compromise' };
const loaded = new Map<string, Nlp>();

export function loadNlp(lang: string): Nlp {
  let nlp = loaded.get(lang);
  if (!nlp) {
    const build = BUILDS[lang];
    if (!build) throw new Error(`No compromise build for language "${lang}" (have: ${Object.keys(BUILDS).join(', ')})`);
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

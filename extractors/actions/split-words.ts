import type { Span } from '../../schemas/span.ts';
import { tagTerms } from '../nlp/compromise.ts';

export interface Word {
  /** Lower-cased surface form; an elided article or `n'` is a word of its own. */
  lower: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  clause: number;
  /** Set by the action extractor on words inside an entity mention. */
  inName?: boolean;
}

export interface Clause {
  /** Index of its first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
}

// French elision: `n'hébergeons` is `n'` + `hébergeons`, so negation and cues see both.
const ELISION = /^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])(.+)$/iu;
// Punctuation between two words that closes a clause.
const CLAUSE_BREAK = /[,;:()[\]–—«»„“”"]|\s-\s/u;

/** Tags a candidate sentence with compromise and splits it into words and comma-bounded clauses. */
export function splitWords(lang: string, text: string, sentence: Span): { words: Word[]; clauses: Clause[] } {
  const words: Word[] = [];
  for (const term of tagTerms(lang, sentence.text, sentence.start)) {
    const surface = text.slice(term.start, term.end);
    // A lone `»` or `–` is punctuation, not a word: left in the gap, it can close a clause.
    if (!/[\p{L}\p{N}]/u.test(surface)) continue;
    const elided = lang === 'fr' ? ELISION.exec(surface) : null;
    if (elided?.[1] && elided[2]) {
      const cut = term.start + elided[1].length;
      words.push({ lower: elided[1].toLowerCase().replace('’', "'"), tags: new Set(['Elision']), start: term.start, end: cut, clause: 0 });
      words.push({ lower: elided[2].toLowerCase(), tags: term.tags, start: cut, end: term.end, clause: 0 });
    } else {
      words.push({ lower: surface.toLowerCase().replace(/[.,;:!?]+$/u, ''), tags: term.tags, start: term.start, end: term.end, clause: 0 });
    }
  }
  const clauses: Clause[] = [];
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    word.clause = clauses.length;
    const gap = next ? text.slice(word.end, next.start) : '';
    if (!next || CLAUSE_BREAK.test(gap)) {
      clauses.push({ first, last: i, start: (words[first] as Word).start, end: word.end });
      first = i + 1;
    }
  }
  return { words, clauses };
}

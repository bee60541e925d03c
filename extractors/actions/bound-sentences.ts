import type { Span } from '../../schemas/span.ts';

// Real sentences are far shorter; a longer run (a dump without punctuation) is read in pieces
// of this many words, so the clause analysis, quadratic in one sentence's words, stays linear in the text.
export const MAX_SENTENCE_WORDS = 120;
// A piece ends at the last comma or semicolon among its final words when there is one.
const CUT_SEARCH = 30;

/** The sentence itself, or consecutive pieces of at most MAX_SENTENCE_WORDS words, each slice-exact. */
export function boundSentence(text: string, sentence: Span, maxWords = MAX_SENTENCE_WORDS): Span[] {
  const words = [...sentence.text.matchAll(/\S+/gu)];
  if (words.length <= maxWords) return [sentence];
  const pieces: Span[] = [];
  let from = 0;
  while (from < words.length) {
    let to = Math.min(words.length, from + maxWords);
    if (to < words.length) {
      for (let i = to - 1; i > to - CUT_SEARCH && i > from; i--) {
        if (/[,;:]$/u.test((words[i] as RegExpMatchArray)[0])) {
          to = i + 1;
          break;
        }
      }
    }
    const first = words[from] as RegExpMatchArray;
    const last = words[to - 1] as RegExpMatchArray;
    const start = sentence.start + (first.index ?? 0);
    const end = sentence.start + (last.index ?? 0) + last[0].length;
    pieces.push({ start, end, text: text.slice(start, end) });
    from = to;
  }
  return pieces;
}

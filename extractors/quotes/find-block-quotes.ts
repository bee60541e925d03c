import type { QuoteSpan } from './build-quote-spans.ts';
import { getQuoteMarks } from './quote-lexicon.ts';

// A block is a statement, not a caption or a list item: at least this many words.
const MIN_WORDS = 7;

/**
 * Candidate block quotations: a paragraph without any quotation mark right
 * after a paragraph that ends with a colon (`Google a fait la déclaration
 * suivante :¶¶L'écosystème …`). The extractor keeps one only when the colon
 * paragraph holds a reporting frame. `open` is the line break before the
 * paragraph and `close` the one after it (or the text's end), so that
 * `open + 1 … close` is the paragraph, as between marks.
 */
export function findBlockQuotes(text: string): QuoteSpan[] {
  const { all } = getQuoteMarks();
  const blocks: QuoteSpan[] = [];
  const paragraph = /[^\n]+/gu;
  let previousEndsWithColon = false;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const line = m[0];
    if (!/\S/u.test(line)) continue;
    const start = m.index + (line.length - line.trimStart().length);
    const end = m.index + line.trimEnd().length;
    const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (previousEndsWithColon && start > 0 && words >= MIN_WORDS && ![...line].some((c) => all.has(c) && c !== '’' && c !== "'")) {
      const close = m.index + line.length;
      blocks.push({ open: m.index - 1, close, start, end, interruption: null, reopened: 0, unclosed: false, unopened: false, block: true });
    }
    previousEndsWithColon = /:\s*$/u.test(line);
  }
  return blocks;
}

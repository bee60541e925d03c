import type { QuoteSpan } from './build-quote-spans.ts';
import { getQuoteMarks, type QuoteLexicon } from './quote-lexicon.ts';
import { findMentionIn, type MentionRef } from './entity-mentions.ts';
import { matchFormAt, tokenizeContext } from './tokenize-context.ts';

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

/**
 * Forum posts quoted in an article: a paragraph opening with a marker (`Envoyé
 * par X`, `Zitat von X`), the poster's name, perhaps the marker again (as board
 * layouts repeat it), then the post, which runs to the paragraph's end.
 */
export function findMarkedPosts(text: string, lexicon: QuoteLexicon, mentions: readonly MentionRef[]): QuoteSpan[] {
  const posts: QuoteSpan[] = [];
  const paragraph = /[^\n]+/gu;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const tokens = tokenizeContext(text, m.index, m.index + m[0].length);
    const marker = matchFormAt(tokens, 0, lexicon);
    if (marker?.row.kind !== 'block-marker') continue;
    const nameToken = tokens[marker.tokens.length];
    const poster = nameToken && findMentionIn(mentions, nameToken.start, nameToken.end);
    if (!poster || (poster.type !== 'person' && poster.type !== 'organization')) continue;
    let k = tokens.findIndex((t) => t.start >= poster.end);
    if (k >= 0 && matchFormAt(tokens, k, lexicon)?.row.id === marker.row.id) k += marker.tokens.length;
    const first = tokens[k];
    if (!first) continue;
    const end = m.index + m[0].trimEnd().length;
    posts.push({ open: first.start - 1, close: m.index + m[0].length, start: first.start, end, interruption: null, reopened: 0, unclosed: false, unopened: false, block: true, poster, marker: marker.row.id });
  }
  return posts;
}

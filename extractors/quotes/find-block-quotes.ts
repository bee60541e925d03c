import type { QuoteSpan } from './build-quote-spans.ts';
import { getQuoteMarks, type QuoteLexicon } from './quote-lexicon.ts';
import { findMentionIn, type MentionRef } from './entity-mentions.ts';
import { matchFormAt, tokenizeContext } from './tokenize-context.ts';
import { makeLineIndex, type LineIndex } from './search-sorted.ts';

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

// An embedded post's signature, as news sites print it: "— Name (@handle) Date".
const SIGNATURE = /(?:^|\s)[—–-]\s+([^\n()—–!?;:/]{2,60}?)\s+\(@\w{1,30}\)/gu;
const TRAILING_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/u;
// Paragraphs of an embedded post are short; a longer one, or one with quotation marks, is the article's prose.
const MAX_POST_PARAGRAPH = 300;
const MAX_POST_PARAGRAPHS = 6;

/** Embedded posts: the short paragraphs before a "— Name (@handle) Date" signature, by the named person or organisation. */
export function findEmbeddedPosts(text: string, mentions: readonly MentionRef[]): QuoteSpan[] {
  const { all } = getQuoteMarks();
  const posts: QuoteSpan[] = [];
  let lines: LineIndex | undefined;
  for (const m of text.matchAll(SIGNATURE)) {
    const nameStart = m.index + m[0].indexOf(m[1] ?? '');
    const poster = findMentionIn(mentions, nameStart, nameStart + (m[1]?.length ?? 0));
    if (!poster || (poster.type !== 'person' && poster.type !== 'organization')) continue;
    const signatureAt = m.index + (m[0].length - m[0].trimStart().length);
    lines ??= makeLineIndex(text);
    let start = lines.startOf(signatureAt);
    // The signature may close the post's own last line: "… gesperrt!https://t.co/x — Name (@name)".
    if (!/\S/u.test(text.slice(start, signatureAt))) start = signatureAt;
    for (let n = 0; n < MAX_POST_PARAGRAPHS && start > 0; n++) {
      let lineEnd = start - 1;
      while (lineEnd > 0 && text[lineEnd - 1] === '\n') lineEnd--;
      const lineStart = lines.startOf(lineEnd);
      const line = text.slice(lineStart, lineEnd);
      if (line.length > MAX_POST_PARAGRAPH || /:\s*$/u.test(line) || [...line].some((c) => all.has(c) && c !== '’' && c !== "'")) break;
      start = lineStart;
    }
    const body = text.slice(start, signatureAt).replace(TRAILING_LINK, '');
    const end = start + body.trimEnd().length;
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    posts.push({ open: start - 1, close: signatureAt, start, end, interruption: null, reopened: 0, unclosed: false, unopened: false, block: true, poster, marker: 'embedded-post' });
  }
  return posts;
}

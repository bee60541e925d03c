import type { Span } from '../../schemas/span.ts';
import type { QuoteSpan } from './build-quote-spans.ts';
import { countStartingAtOrBefore, findLastStartingAtOrBefore, type LineIndex } from './search-sorted.ts';

const SENTENCE_REST = 400;

/** The sentence holding offset `at` (sentences are sorted and do not overlap). */
function findSentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  const sentence = findLastStartingAtOrBefore(sentences, at, (s) => s.start);
  return sentence && at < sentence.end ? sentence : undefined;
}

/**
 * Where the frame around quotation `k` may be: its sentence, not crossing a
 * line, the last quotation accepted before it (`previousClose`) or the next
 * quotation. A rejected quoted word in between (a name, a label) does not cut
 * the frame off: `begründet das damit, dass «X» ein «…» sei`.
 */
export function findContextBounds(
  text: string,
  sentences: readonly Span[],
  spans: readonly QuoteSpan[],
  k: number,
  lines: LineIndex,
  previousClose: number,
): { beforeStart: number; afterEnd: number; sentenceEnd: number } {
  const span = spans[k];
  if (!span) throw new Error(`No quotation ${k}`);
  const next = spans[k + 1];
  const lineStart = lines.startOf(span.open);
  const lineEnd = lines.endOf(span.close);
  const opening = findSentenceAt(sentences, span.open);
  const closing = findSentenceAt(sentences, span.close);
  const beforeStart = Math.max(opening?.start ?? lineStart, lineStart, previousClose + 1);
  const afterEnd = Math.min(closing?.end ?? lineEnd, lineEnd, next ? next.open : text.length);
  const after = Math.min(span.close + 1, text.length);
  // The sentence's end past later quotations: "„A“ fördere „B“, zitiert X." frames both.
  // Read at most SENTENCE_REST characters: a sentence without an end (hostile text) stays linear.
  const sentenceEnd = Math.max(Math.min(closing?.end ?? lineEnd, lineEnd, after + SENTENCE_REST), after);
  return { beforeStart, afterEnd: Math.max(afterEnd, after), sentenceEnd };
}

const QUOTE_MARK = /[„“”"«»]/u;

/** The last sentence ending at or before `end` and starting at or after `from`. */
function findSentenceBefore(sentences: readonly Span[], from: number, end: number): Span | undefined {
  let k = countStartingAtOrBefore(sentences, end, (s) => s.start) - 1;
  while (k >= 0 && (sentences[k]?.end ?? 0) > end) k--;
  const sentence = sentences[k];
  return sentence && sentence.start >= from ? sentence : undefined;
}

/**
 * The sentence that may introduce a quotation standing at the start of its own
 * sentence: the sentence before it in the same paragraph (`… beklagte er. „…“`),
 * or the last sentence of the previous paragraph when that ends with a colon
 * (`Lim a écrit :¶« … »`). Sentences holding quotation marks are left to the
 * continuation rule.
 */
export function findLeadInSentence(text: string, sentences: readonly Span[], at: number, lines: LineIndex): (Span & { colon: boolean }) | undefined {
  const lineStart = lines.startOf(at);
  let lead: Span | undefined;
  if (/\S/u.test(text.slice(lineStart, at))) {
    lead = findSentenceBefore(sentences, lineStart, at);
  } else {
    let p = lineStart - 1;
    while (p > 0 && /\s/u.test(text[p] ?? '')) p--;
    if (text[p] !== ':') return undefined;
    const previousLineStart = lines.startOf(p);
    lead = findSentenceBefore(sentences, previousLineStart, p + 1);
  }
  if (!lead || QUOTE_MARK.test(lead.text)) return undefined;
  return { ...lead, colon: /:\s*$/u.test(lead.text) };
}

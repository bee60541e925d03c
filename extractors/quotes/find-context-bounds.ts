import type { Span } from '../../schemas/span.ts';
import type { QuoteSpan } from './build-quote-spans.ts';

/** Where the frame around quotation `k` may be: its sentence, not crossing a line or another quotation. */
export function findContextBounds(
  text: string,
  sentences: readonly Span[],
  spans: readonly QuoteSpan[],
  k: number,
): { beforeStart: number; afterEnd: number } {
  const span = spans[k];
  if (!span) throw new Error(`No quotation ${k}`);
  const previous = spans[k - 1];
  const next = spans[k + 1];
  const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
  const newline = text.indexOf('\n', span.close);
  const lineEnd = newline < 0 ? text.length : newline;
  const opening = sentences.find((s) => s.start <= span.open && span.open < s.end);
  const closing = sentences.find((s) => s.start <= span.close && span.close < s.end);
  const beforeStart = Math.max(opening?.start ?? lineStart, lineStart, previous ? previous.close + 1 : 0);
  const afterEnd = Math.min(closing?.end ?? lineEnd, lineEnd, next ? next.open : text.length);
  return { beforeStart, afterEnd: Math.max(afterEnd, span.close + 1) };
}

const QUOTE_MARK = /[„“”"«»]/u;

/**
 * The sentence that may introduce a quotation standing at the start of its own
 * sentence: the sentence before it in the same paragraph (`… beklagte er. „…“`),
 * or the last sentence of the previous paragraph when that ends with a colon
 * (`Lim a écrit :¶« … »`). Sentences holding quotation marks are left to the
 * continuation rule.
 */
export function findLeadInSentence(text: string, sentences: readonly Span[], at: number): (Span & { colon: boolean }) | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lead: Span | undefined;
  if (/\S/u.test(text.slice(lineStart, at))) {
    lead = sentences.filter((s) => s.end <= at && s.start >= lineStart).pop();
  } else {
    let p = lineStart - 1;
    while (p > 0 && /\s/u.test(text[p] ?? '')) p--;
    if (text[p] !== ':') return undefined;
    const previousLineStart = text.lastIndexOf('\n', p) + 1;
    lead = sentences.filter((s) => s.start >= previousLineStart && s.end <= p + 1).pop();
  }
  if (!lead || QUOTE_MARK.test(lead.text)) return undefined;
  return { ...lead, colon: /:\s*$/u.test(lead.text) };
}

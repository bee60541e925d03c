import { scanQuotationMarks } from './scan-quotation-marks.ts';
import { tokenizeContext, matchFormAt } from './tokenize-context.ts';
import type { QuoteLexicon } from './quote-lexicon.ts';
import type { MentionRef } from './entity-mentions.ts';

/** A quotation before attribution: marks, the quoted words, and an interrupting frame if any. */
export interface QuoteSpan {
  /** Index of the opening mark (of the first part). */
  open: number;
  /** Index of the closing mark (of the last part). */
  close: number;
  /** The quoted words, outer marks and inner spaces excluded. */
  start: number;
  end: number;
  /** The attribution between two parts: „…“, sagte er, „…“. */
  interruption: { start: number; end: number } | null;
  reopened: number;
  /** Still open where the text ends: it runs to the end (`close === text.length`). */
  unclosed: boolean;
  /** Begun before the text starts: it runs from the start (`open === 0` is no mark). */
  unopened: boolean;
  /** A paragraph introduced by a colon frame, without marks (find-block-quotes.ts). */
  block?: boolean;
  /** A forum post: who posted it, and the marker row (`Envoyé par X`). */
  poster?: MentionRef;
  marker?: string;
}

// Between two parts of one utterance: a comma, a short frame without a sentence end, a comma or colon.
const INTERRUPTION = /^\s*,\s*[^.!?\n„“”"«»‚]{1,80}?[,:]\s*$/u;
const ENDS_SENTENCE = /[.!?…]\s*$/u;

/** Trims white space (incl. U+00A0, U+202F) inside the marks. */
function trimInner(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/**
 * Quotation spans of `text`. Two quoted parts joined by a short reporting frame
 * between commas („Wir gehen“, sagte er, „und zwar heute“) are ONE quotation,
 * as one utterance: its span runs from the first part to the last, so the frame
 * words sit inside `text`; `interruption` marks them.
 */
export function buildQuoteSpans(text: string, lexicon: QuoteLexicon): { spans: QuoteSpan[]; unclosed: number[] } {
  const { spans: marked, unclosed } = scanQuotationMarks(text);
  const spans: QuoteSpan[] = [];
  for (const mark of marked) {
    const [start, end] = trimInner(text, mark.unopened ? 0 : mark.open + 1, mark.close);
    if (end <= start) continue;
    const previous = spans[spans.length - 1];
    if (previous && !previous.interruption && isInterruption(text, previous, mark.open, lexicon)) {
      previous.interruption = { start: previous.close + 1, end: mark.open };
      previous.close = mark.close;
      previous.end = end;
      previous.unclosed = mark.unclosed;
      continue;
    }
    spans.push({ open: mark.open, close: mark.close, start, end, interruption: null, reopened: mark.reopened, unclosed: mark.unclosed, unopened: mark.unopened });
  }
  return { spans, unclosed };
}

function isInterruption(text: string, previous: QuoteSpan, nextOpen: number, lexicon: QuoteLexicon): boolean {
  const gap = text.slice(previous.close + 1, nextOpen);
  if (!INTERRUPTION.test(gap)) return false;
  if (ENDS_SENTENCE.test(text.slice(previous.start, previous.end))) return false;
  const tokens = tokenizeContext(text, previous.close + 1, nextOpen);
  return tokens.some((_, i) => matchFormAt(tokens, i, lexicon)?.row.kind === 'verb' || matchFormAt(tokens, i, lexicon)?.row.kind === 'preposition');
}

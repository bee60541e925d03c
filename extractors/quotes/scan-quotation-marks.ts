import { getQuoteMarks } from './quote-lexicon.ts';

/** One outermost pair of quotation marks: `open` and `close` index the marks themselves. */
export interface MarkedSpan {
  open: number;
  /** Index of the closing mark; `text.length` for a quotation still open where the text ends. */
  close: number;
  openMark: string;
  /** How many times a new paragraph or sentence reopened the quotation (« … ¶ « … »). */
  reopened: number;
  /** True when the text ends before the quotation closes (a cut excerpt): it runs to the end. */
  unclosed: boolean;
  /** True when the text begins inside the quotation (its first mark closes one): it runs from the start, `open === 0`. */
  unopened: boolean;
}

export interface ScanResult {
  spans: MarkedSpan[];
  /** Openers that never closed before their paragraph ended (dropped, not spans). */
  unclosed: number[];
}

interface Open {
  mark: string;
  at: number;
}

// Real quotations nest two or three deep („… ‚… "…" …‘ …“). Deeper openers are
// kept as text: the stack stays small, so each mark costs O(1) and the scan is
// linear however many unmatched openers a text holds (`„„„„…`, `« « « …`).
const MAX_DEPTH = 4;
const SENTENCE_END = /[.!?…:]\s*$/u;
// A paragraph reopening is looked for within this many characters of white space.
const REOPEN_WINDOW = 80;

/** True when an ASCII `"` at `i` looks like an opener: space or start before, a word after. */
function looksLikeOpener(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s(\[—–-]/u.test(before) && !/\s/u.test(after);
}

/** Index of the first non-white-space character at or after `i`, looking at most REOPEN_WINDOW ahead. */
function skipWhiteSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < REOPEN_WINDOW && /\s/u.test(text[k] ?? '')) k++;
  return k;
}

/**
 * Pairs quotation marks with a bounded stack, keeping only outermost pairs
 * (inner ‚…‘ or "…" stay part of the outer quotation). A paragraph break inside
 * an open quotation continues it when the next paragraph reopens with the same
 * mark (the French and German convention for quotations over several
 * paragraphs); otherwise the opener is reported unclosed and dropped. A
 * quotation still open where the text ends (an excerpt cut short) runs to the
 * end: a span with `unclosed: true` and `close === text.length`; one the text
 * begins inside (its first mark, before any line break, closes) runs from the
 * start: `unopened: true`, `open === 0`.
 */
export function scanQuotationMarks(text: string): ScanResult {
  const { closers, reopen, spaced, all } = getQuoteMarks();
  const spans: MarkedSpan[] = [];
  const unclosed: number[] = [];
  const stack: Open[] = [];
  let reopened = 0;
  let seenMarkOrBreak = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') seenMarkOrBreak = true;
    if (c === '\n' && stack.length > 0) {
      const nextAt = skipWhiteSpace(text, i);
      if (nextAt >= text.length) break; // only white space left: the quotation is open at the end
      const outer = stack[0];
      if (outer && text[nextAt] === outer.mark && reopen.has(outer.mark)) {
        stack.length = 1;
        reopened++;
        i = nextAt; // the reopening mark is not a new quotation
        continue;
      }
      unclosed.push(outer?.at ?? i);
      stack.length = 0;
      reopened = 0;
      continue;
    }
    if (!all.has(c)) continue;
    const first = !seenMarkOrBreak;
    // Inner marks (‚ ‘ ’ ‹ ›) do not count: ’ is also the apostrophe.
    if (reopen.has(c) || closesMain(c, closers, reopen)) seenMarkOrBreak = true;
    const symmetricOpener = c === '"' && looksLikeOpener(text, i);
    const closing = symmetricOpener ? -1 : findClosing(stack, c, closers);
    if (closing >= 0) {
      const opened = stack[closing];
      stack.length = closing;
      if (closing === 0 && opened) {
        spans.push({ open: opened.at, close: i, openMark: opened.mark, reopened, unclosed: false, unopened: false });
        reopened = 0;
      }
      continue;
    }
    // An opener that takes no inner space, followed by one, does not open: a stray closing mark (`?" Er`), a table cell.
    const canOpen = closers.has(c) && opensWords(text, i, spaced.has(c));
    if (!canOpen) {
      // The first mark of the text closes a quotation begun before the excerpt: it runs from the start.
      if (first && stack.length === 0 && closesMain(c, closers, reopen) && /[\p{L}\p{N}]/u.test(text.slice(0, i))) {
        spans.push({ open: 0, close: i, openMark: '', reopened: 0, unclosed: false, unopened: true });
      }
      continue;
    }
    const outer = stack[0];
    if (stack.length === 1 && outer && c === outer.mark && reopen.has(c) && SENTENCE_END.test(text.slice(Math.max(0, i - 4), i))) {
      reopened++; // « … esprit.« Nous … » — a run-together paragraph reopening
      continue;
    }
    if (stack.length < MAX_DEPTH) stack.push({ mark: c, at: i });
  }
  const outer = stack[0];
  if (outer) spans.push({ open: outer.at, close: text.length, openMark: outer.mark, reopened, unclosed: true, unopened: false });
  return { spans, unclosed };
}

// What may follow an opening mark (after one space for « … »): words, digits, brackets, another mark, an ellipsis.
const OPENS = /[\p{L}\p{N}(\[„‚«»‹›"'“‘…\-–—.¡¿#@]/u;

/** True when the mark at `i` can open a quotation: `“,` and `« ,` cannot (a closing mark of another pair, a stray one). */
function opensWords(text: string, i: number, spaced: boolean): boolean {
  let next = text[i + 1] ?? '';
  if (spaced && /\s/u.test(next)) next = text[i + 2] ?? '';
  return OPENS.test(next);
}

/** A closer of a main pair (`“`, `»`, `"`), not of an inner one: `’` is also the apostrophe. */
function closesMain(c: string, closers: ReadonlyMap<string, ReadonlySet<string>>, reopen: ReadonlySet<string>): boolean {
  if (c === '"') return true;
  for (const open of reopen) if (closers.get(open)?.has(c)) return true;
  return false;
}

/** Index in `stack` of the innermost opener that `c` closes, or -1. */
function findClosing(stack: readonly Open[], c: string, closers: ReadonlyMap<string, ReadonlySet<string>>): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    if (open && closers.get(open.mark)?.has(c)) return k;
  }
  return -1;
}

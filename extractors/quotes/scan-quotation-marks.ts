import { getQuoteMarks } from './quote-lexicon.ts';

/** One outermost pair of quotation marks: `open` and `close` index the marks themselves. */
export interface MarkedSpan {
  open: number;
  close: number;
  openMark: string;
  /** How many times a new paragraph or sentence reopened the quotation (« … ¶ « … »). */
  reopened: number;
}

export interface ScanResult {
  spans: MarkedSpan[];
  /** Openers that never closed before the paragraph ended. */
  unclosed: number[];
}

interface Open {
  mark: string;
  at: number;
}

const SENTENCE_END = /[.!?…:]\s*$/u;

/** True when an ASCII `"` at `i` looks like an opener: space or start before, a word after. */
function looksLikeOpener(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s(\[—–-]/u.test(before) && !/\s/u.test(after);
}

/**
 * Pairs quotation marks with a stack, keeping only outermost pairs (inner ‚…‘ or
 * "…" stay part of the outer quotation). A paragraph break inside an open
 * quotation continues it when the next paragraph reopens with the same mark
 * (the French and German convention for quotations over several paragraphs);
 * otherwise the opener is reported unclosed and dropped.
 */
export function scanQuotationMarks(text: string): ScanResult {
  const { closers, reopen, all } = getQuoteMarks();
  const spans: MarkedSpan[] = [];
  const unclosed: number[] = [];
  let stack: Open[] = [];
  let reopened = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n' && stack.length > 0) {
      const ws = /^\s*/u.exec(text.slice(i, i + 80))?.[0] ?? '';
      const next = text[i + ws.length] ?? '';
      const outer = stack[0];
      if (outer && next === outer.mark && reopen.has(next)) {
        stack = [outer];
        reopened++;
        i += ws.length; // the reopening mark is not a new quotation
        continue;
      }
      unclosed.push(outer?.at ?? i);
      stack = [];
      reopened = 0;
      continue;
    }
    if (!all.has(c)) continue;
    const symmetricOpener = c === '"' && looksLikeOpener(text, i);
    const closing = symmetricOpener ? -1 : findClosing(stack, c, closers);
    if (closing >= 0) {
      const opened = stack[closing];
      stack = stack.slice(0, closing);
      if (stack.length === 0 && opened) {
        spans.push({ open: opened.at, close: i, openMark: opened.mark, reopened });
        reopened = 0;
      }
      continue;
    }
    if (!closers.has(c)) continue;
    const outer = stack[0];
    if (stack.length === 1 && outer && c === outer.mark && reopen.has(c) && SENTENCE_END.test(text.slice(Math.max(0, i - 4), i))) {
      reopened++; // « … esprit.« Nous … » — a run-together paragraph reopening
      continue;
    }
    stack.push({ mark: c, at: i });
  }
  if (stack[0]) unclosed.push(stack[0].at);
  return { spans, unclosed };
}

/** Index in `stack` of the innermost opener that `c` closes, or -1. */
function findClosing(stack: readonly Open[], c: string, closers: ReadonlyMap<string, ReadonlySet<string>>): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    if (open && closers.get(open.mark)?.has(c)) return k;
  }
  return -1;
}

import { z } from 'zod';
import type { Span } from '../../schemas/span.ts';
import { loadData, zLexiconRow } from './load-data.ts';

const zAbbreviations = z.object({
  description: z.string(),
  rows: z.array(zLexiconRow.extend({ abbr: z.string().min(2) })),
});

const abbreviationSets = new Map<string, Set<string>>();

function getAbbreviations(lang: string): Set<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    const file = lang === 'fr' ? 'text/abbreviations.fr.json' : 'text/abbreviations.de.json';
    // Keys are the last whitespace-separated piece: `z. B.` is seen as `B.` after `z.`.
    set = new Set(loadData(file, zAbbreviations).rows.map((row) => lastPiece(row.abbr).toLowerCase()));
    abbreviationSets.set(lang, set);
  }
  return set;
}

function lastPiece(text: string): string {
  const pieces = text.trim().split(/\s+/);
  return pieces[pieces.length - 1] ?? text;
}

// A terminator, any closing quotes or brackets, then white space. A match starts only at the
// first of a run of terminators: one that fails there fails inside the run too, and retrying
// at every dot of `......` made the scan quadratic in the run's length.
const BOUNDARY = /(?<![.!?…])[.!?…]+["“”»’')\]]*(?=\s)/gu;
const STARTS_SENTENCE = /^\s+["„“«»‚(\[]?\s?[\p{Lu}\d]/u;

/** True when the full stop at `dot` belongs to the token before it, not the sentence. */
function isNonFinalStop(text: string, dot: number, lang: string): boolean {
  const before = text.slice(Math.max(0, dot - 24), dot + 1);
  const token = /(\S+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}\.$/u.test(token)) return true; // an initial: "J. Smith"
  if (/^\d{1,2}\.$/u.test(token)) return true; // a German ordinal: "12. Juli"
  if (/^(\p{L}\.){2,}$/u.test(token)) return true; // "z.B.", "U.S."
  return getAbbreviations(lang).has(token.toLowerCase());
}

/**
 * Splits `text` into sentence spans. Line breaks always end a sentence (headlines
 * and captions carry no full stop); within a line a terminator ends one when the
 * next word starts with a capital, a digit or an opening quote.
 */
export function splitSentences(text: string, lang: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  };
  const lineRe = /[^\n]+/gu;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const lineText = line[0];
    let sentenceStart = lineStart;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(lineText); match; match = BOUNDARY.exec(lineText)) {
      const end = match.index + match[0].length;
      if (!STARTS_SENTENCE.test(lineText.slice(end, end + 4))) continue;
      if (match[0].startsWith('.') && match[0].length === 1 && isNonFinalStop(lineText, match.index, lang)) continue;
      push(sentenceStart, lineStart + end);
      sentenceStart = lineStart + end;
    }
    push(sentenceStart, lineStart + lineText.length);
  }
  return spans;
}

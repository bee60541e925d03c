/**
 * Quotation text normalisation: the key for quote ids and for grouping repeats
 * of the same words across articles.
 */

/** Case-folds, strips punctuation and quotation marks, collapses white space. */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function tokensOf(text: string): string[] {
  const normalized = normalizeQuoteText(text);
  return normalized ? normalized.split(' ') : [];
}

/**
 * Near-identical quotations: token-set Jaccard ≥ 0.8, or one quotation's tokens
 * at least 90 % contained in the other's (a quote cut short, or with a few
 * words added). Quotations under three tokens must be equal after normalising.
 */
export function areSameQuotation(a: string, b: string): boolean {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  if (Math.min(ta.length, tb.length) < 3) return false;
  const setA = new Set(ta);
  const setB = new Set(tb);
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared++;
  const union = setA.size + setB.size - shared;
  if (shared / union >= 0.8) return true;
  // Containment only from five tokens up: a two-word phrase is "contained" in many speeches.
  return Math.min(setA.size, setB.size) >= 5 && shared / Math.min(setA.size, setB.size) >= 0.9;
}

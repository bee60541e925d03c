/**
 * The name key the gold scoring uses: NFKC, case-folded, hyphens and runs of
 * white space collapsed to one space, trimmed.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/gu, ' ')
    .trim();
}

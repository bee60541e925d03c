import type { ArticleDoc } from '../../schemas/article-doc.ts';

/** True when [start, end) overlaps any boilerplate region the clean stage marked. */
export function isInBoilerplate(doc: Pick<ArticleDoc, 'regions'>, start: number, end: number): boolean {
  for (const region of doc.regions) {
    if (start < region.end && end > region.start) return true;
  }
  return false;
}

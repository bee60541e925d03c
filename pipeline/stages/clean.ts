import type { ArticleDoc } from '../../schemas/article-doc.ts';
import { findRepeats } from '../clean/find-repeats.ts';
import { markBoilerplate } from '../clean/mark-boilerplate.ts';

/**
 * Stage 2: marks boilerplate regions. The text itself was normalised once in
 * ingest (the article id hashes it) and is never changed after that.
 */
export function clean(doc: ArticleDoc): ArticleDoc {
  const repeats = findRepeats(doc.text);
  const regions = [...markBoilerplate(doc.text, repeats.map((region) => region.start)), ...repeats];
  regions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, regions };
}

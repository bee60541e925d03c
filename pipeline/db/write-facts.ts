import type { ArticleDoc } from '../../schemas/article-doc.ts';
import { prepareCached, type Sqlite } from './open-db.ts';

/**
 * Replaces everything extracted from one article. Called inside the batch
 * transaction, so a re-extraction never leaves old and new facts mixed.
 */
export function writeFacts(db: Sqlite, doc: ArticleDoc): void {
  prepareCached(db, 'DELETE FROM regions WHERE article_id = ?').run(doc.id);
  const insertRegion = prepareCached(db, 'INSERT OR IGNORE INTO regions (article_id, start, "end", kind, rule) VALUES (?, ?, ?, ?, ?)');
  for (const region of doc.regions) insertRegion.run(doc.id, region.start, region.end, region.kind, region.rule);
}

import type { ArticleRecord } from '../../schemas/review-record.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { ReviewError } from './review-error.ts';
import { isSameValue } from './same-value.ts';

const GRANULARITY = { 4: 'year', 7: 'month', 10: 'day' } as const;

/**
 * Writes a patched article back: its publication date and language can change.
 * Its entities, quotes and actions are corrected through their own ids.
 */
export function writeArticle(db: Sqlite, before: ArticleRecord, after: ArticleRecord): string {
  for (const field of ['id', 'source', 'status', 'entities', 'dates', 'quotes', 'actions'] as const) {
    // By value: the schema gives a patched quote's keys in another order than the database read them.
    if (!isSameValue(after[field], before[field])) {
      throw new ReviewError(`/${field} cannot change in an article patch: patch the claim, quote or entity by its own id (\`pnpm review show <id>\`)`);
    }
  }
  if (after.published !== before.published) {
    const granularity = after.published ? GRANULARITY[after.published.length as 4 | 7 | 10] : null;
    prepareCached(db, `UPDATE articles SET published = ?, published_granularity = ?, published_from = CASE WHEN ? IS NULL THEN NULL ELSE 'record' END WHERE id = ?`)
      .run(after.published, granularity, after.published, before.id);
  }
  if (after.language !== before.language) prepareCached(db, 'UPDATE articles SET language = ? WHERE id = ?').run(after.language, before.id);
  return before.id;
}

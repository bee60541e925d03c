import type { QuoteFact } from '../../schemas/quote.ts';
import { prepareCached, type Sqlite } from './open-db.ts';

/**
 * The group a quotation joins: that of an earlier occurrence of the same
 * normalised words in any article, else a new group named after its own text.
 */
export function findQuoteGroup(db: Sqlite, quote: Pick<QuoteFact, 'id' | 'text'>): string {
  const same = prepareCached(db, 'SELECT group_id AS g FROM quotes WHERE text_id = ? LIMIT 1').get(quote.id) as { g: string } | undefined;
  return same?.g ?? quote.id;
}

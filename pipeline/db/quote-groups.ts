import type { QuoteFact } from '../../schemas/quote.ts';
import { areSameQuotation } from '../../extractors/quotes/normalize-quote.ts';
import { prepareCached, type Sqlite } from './open-db.ts';

// Near-identical candidates are looked for among the same speaker's quotations
// only: that keeps the search indexed and small however many quotes are stored.
const MAX_CANDIDATES = 500;

/**
 * The group a quotation joins: that of an earlier occurrence of the same
 * normalised words in any article, else of a near-identical quotation by the
 * same speaker (small differences in punctuation or a few words), else a new
 * group named after its own text.
 */
export function findQuoteGroup(db: Sqlite, quote: Pick<QuoteFact, 'id' | 'text' | 'speaker'>): string {
  const same = prepareCached(db, 'SELECT group_id AS g FROM quotes WHERE text_id = ? LIMIT 1').get(quote.id) as { g: string } | undefined;
  if (same) return same.g;
  if (quote.speaker) {
    const candidates = prepareCached(db, `SELECT group_id AS g, text FROM quotes WHERE speaker_id = ? LIMIT ${MAX_CANDIDATES}`).all(quote.speaker.id) as Array<{ g: string; text: string }>;
    const near = candidates.find((c) => areSameQuotation(c.text, quote.text));
    if (near) return near.g;
  }
  return quote.id;
}

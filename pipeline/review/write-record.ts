import type { ArticleRecord, ClaimRecord, EntityRecord, QuoteRecord, RecordKind, ReviewRecord } from '../../schemas/review-record.ts';
import type { Sqlite } from '../db/open-db.ts';
import { writeArticle } from './write-article.ts';
import { writeClaim } from './write-claim.ts';
import { writeEntity } from './write-entity.ts';
import { writeQuote } from './write-quote.ts';

/** Writes a validated, patched record back; returns its id afterwards. `before` is undefined only for a new claim. */
export function writeRecord(db: Sqlite, kind: RecordKind, before: ReviewRecord | undefined, after: ReviewRecord): string {
  if (kind === 'claim') return writeClaim(db, before as ClaimRecord | undefined, after as ClaimRecord);
  if (kind === 'quote') return writeQuote(db, before as QuoteRecord, after as QuoteRecord);
  if (kind === 'entity') return writeEntity(db, before as EntityRecord, after as EntityRecord);
  return writeArticle(db, before as ArticleRecord, after as ArticleRecord);
}

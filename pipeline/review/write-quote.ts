import type { QuoteRecord } from '../../schemas/review-record.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { resolveEntity } from './resolve-refs.ts';
import { ReviewError } from './review-error.ts';

/** Writes a patched quote back: its speaker and status can change, its place in the article cannot. */
export function writeQuote(db: Sqlite, before: QuoteRecord, after: QuoteRecord): string {
  for (const field of ['id', 'start', 'end', 'text', 'source'] as const) {
    if (after[field] !== before[field]) throw new ReviewError(`/${field} cannot change: a quote is a fixed span of its article (reject it and add no other)`);
  }
  const speakerId = after.speaker ? resolveEntity(db, after.speaker, '/speaker') : null;
  prepareCached(db, 'UPDATE quotes SET speaker_id = ?, status = ? WHERE id = ?').run(speakerId, after.status, before.id);
  return before.id;
}

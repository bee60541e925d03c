import { polarityOf, type ActionType } from '../../schemas/action.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { claimIdFor } from '../db/write-facts.ts';
import { refreshClaims } from '../db/refresh-claims.ts';

export interface ClaimKey {
  providerId: string;
  action: ActionType;
  targetId: string;
  negated: boolean;
}

/**
 * Moves a claim and its sources to the id its (corrected) provider, action,
 * target and negation give; an existing claim there absorbs it. Returns the new id.
 */
export function moveClaim(db: Sqlite, oldId: string, key: ClaimKey): string {
  const newId = claimIdFor(key.providerId, key.action, key.targetId, key.negated);
  const old = prepareCached(db, 'SELECT status FROM claims WHERE id = ?').get(oldId) as { status: string } | undefined;
  prepareCached(db, `INSERT INTO claims (id, provider_id, action, polarity, target_id, negated, status) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO NOTHING`).run(newId, key.providerId, key.action, polarityOf(key.action), key.targetId, key.negated ? 1 : 0, old?.status ?? 'extracted');
  if (newId === oldId || !old) return newId;
  prepareCached(db, `INSERT OR IGNORE INTO claim_sources (claim_id, article_id, start, "end", text, date, negated, hedged, rule, extractor)
    SELECT ?, article_id, start, "end", text, date, ?, hedged, rule, extractor FROM claim_sources WHERE claim_id = ?`).run(newId, key.negated ? 1 : 0, oldId);
  prepareCached(db, 'DELETE FROM claim_sources WHERE claim_id = ?').run(oldId);
  prepareCached(db, `UPDATE search SET ref = ? WHERE ref = ? AND kind = 'evidence'`).run(newId, oldId);
  prepareCached(db, 'DELETE FROM claims WHERE id = ?').run(oldId);
  refreshClaims(db, [newId]);
  return newId;
}

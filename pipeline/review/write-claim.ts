import type { ClaimRecord } from '../../schemas/review-record.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { refreshClaims } from '../db/refresh-claims.ts';
import { moveClaim } from './move-claim.ts';
import { resolveArticle, resolveEntity } from './resolve-refs.ts';
import { ReviewError } from './review-error.ts';

/** How a source added by a reviewer is marked in `claim_sources`. */
export const REVIEW_RULE = 'review/patch';

type Source = ClaimRecord['sources'][number];

/**
 * Writes a patched claim back: it moves to the id of its (corrected) provider,
 * action, target and negation with its sources; sources added or removed in the
 * patch are added or removed; a patched date overrides the sources' dates.
 * `before` is undefined for a new claim. Returns the claim's id afterwards.
 */
export function writeClaim(db: Sqlite, before: ClaimRecord | undefined, after: ClaimRecord): string {
  const key = {
    providerId: resolveEntity(db, after.provider, '/provider'),
    action: after.action,
    targetId: resolveEntity(db, after.target, '/target'),
    negated: after.negated,
  };
  const id = moveClaim(db, before?.id ?? '', key);
  prepareCached(db, 'UPDATE claims SET status = ? WHERE id = ?').run(after.status, id);
  prepareCached(db, 'UPDATE claim_sources SET negated = ? WHERE claim_id = ?').run(after.negated ? 1 : 0, id);

  const keyOf = (s: Source): string => `${resolveArticle(db, s.article, '/sources').id}\u001f${s.start}\u001f${s.end}`;
  const wanted = new Map(after.sources.map((s, i) => [keyOf(s), { s, i }]));
  const kept = new Set((before?.sources ?? []).map(keyOf));
  for (const s of before?.sources ?? []) {
    if (wanted.has(keyOf(s))) continue;
    const articleId = resolveArticle(db, s.article, '/sources').id;
    prepareCached(db, 'DELETE FROM claim_sources WHERE claim_id = ? AND article_id = ? AND start = ?').run(id, articleId, s.start);
    prepareCached(db, `DELETE FROM search WHERE kind = 'evidence' AND ref = ? AND article_id = ? AND text = ?`).run(id, articleId, s.text);
  }
  for (const [k, { s, i }] of wanted) {
    if (kept.has(k)) continue;
    const article = resolveArticle(db, s.article, `/sources/${i}/article`);
    const slice = article.text.slice(s.start, s.end);
    if (slice !== s.text) throw new ReviewError(`/sources/${i}: text does not match the article at ${s.start}–${s.end} (it reads ${JSON.stringify(slice.slice(0, 80))})`);
    const added = prepareCached(db, `INSERT OR IGNORE INTO claim_sources (claim_id, article_id, start, "end", text, date, negated, hedged, rule, extractor)
      VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 'review')`).run(id, article.id, s.start, s.end, s.text, after.date, after.negated ? 1 : 0, REVIEW_RULE);
    if (added.changes) prepareCached(db, `INSERT INTO search (text, kind, ref, article_id) VALUES (?, 'evidence', ?, ?)`).run(s.text, id, article.id);
  }
  refreshClaims(db, [id]);
  if (!prepareCached(db, 'SELECT 1 FROM claims WHERE id = ?').get(id)) throw new ReviewError('/sources: a claim needs at least one source sentence (reject it with /status instead)');
  if (before === undefined || after.date !== before.date) {
    prepareCached(db, 'UPDATE claims SET date = ?, date_min = coalesce(?, date_min), date_max = coalesce(?, date_max) WHERE id = ?').run(after.date, after.date, after.date, id);
  }
  return id;
}

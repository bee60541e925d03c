import { prepareCached, type Sqlite } from './open-db.ts';

/**
 * Recomputes the date columns of the given claims from their sources, and
 * removes extracted claims that no sentence asserts any more.
 */
export function refreshClaims(db: Sqlite, claimIds: Iterable<string>): void {
  const dates = prepareCached(db, 'SELECT DISTINCT date FROM claim_sources WHERE claim_id = ? AND date IS NOT NULL ORDER BY date');
  const count = prepareCached(db, 'SELECT count(*) AS n FROM claim_sources WHERE claim_id = ?');
  const update = prepareCached(db, 'UPDATE claims SET date = ?, date_min = ?, date_max = ? WHERE id = ?');
  const remove = prepareCached(db, `DELETE FROM claims WHERE id = ? AND status = 'extracted'`);
  for (const id of claimIds) {
    if ((count.get(id) as { n: number }).n === 0) {
      remove.run(id);
      continue;
    }
    const values = (dates.all(id) as Array<{ date: string }>).map((r) => r.date);
    const first = values[0] ?? null;
    const last = values[values.length - 1] ?? null;
    update.run(values.length === 1 ? first : null, first, last, id);
  }
}

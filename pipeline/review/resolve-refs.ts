import type { EntityRef } from '../../schemas/entity.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { ReviewError } from './review-error.ts';

/**
 * The entity a patched reference names: its `id` when that entity exists,
 * else the one entity whose alias matches `name` (set `id` to "" to look up by name).
 */
export function resolveEntity(db: Sqlite, ref: EntityRef, field: string): string {
  if (prepareCached(db, 'SELECT 1 FROM entities WHERE id = ?').get(ref.id)) return ref.id;
  const ids = (prepareCached(db, 'SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE normalized = ?').all(normalizeName(ref.name)) as Array<{ id: string }>).map((r) => r.id);
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) throw new ReviewError(`${field}: "${ref.name}" names ${ids.length} entities (${ids.join(', ')}); give the id`);
  throw new ReviewError(`${field}: no entity with id "${ref.id}" or name "${ref.name}"`);
}

/** An article named by its id or by a source (file name or record id), with its text. */
export function resolveArticle(db: Sqlite, name: string, field: string): { id: string; text: string } {
  const row = prepareCached(db, `SELECT id, text FROM articles WHERE id = ? OR id IN (SELECT article_id FROM article_sources WHERE source = ?) ORDER BY id = ? DESC LIMIT 1`)
    .get(name, name, name) as { id: string; text: string } | undefined;
  if (!row) throw new ReviewError(`${field}: no article with id or source "${name}"`);
  return row;
}

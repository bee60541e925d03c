import type { EntityRecord } from '../../schemas/review-record.ts';
import { entityIdFor } from '../../extractors/entities/entity-id.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { moveClaim, type ClaimKey } from './move-claim.ts';

function setAliases(db: Sqlite, entityId: string, aliases: readonly string[]): void {
  const insert = prepareCached(db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, normalized) VALUES (?, ?, ?)');
  for (const alias of aliases) insert.run(entityId, alias, normalizeName(alias));
}

/** Everything that points at `fromId` points at `toId` afterwards; claims are re-keyed and `fromId` is deleted. */
function mergeEntity(db: Sqlite, fromId: string, toId: string): void {
  const claims = prepareCached(db, 'SELECT id, provider_id, action, target_id, negated FROM claims WHERE provider_id = ? OR target_id = ?').all(fromId, fromId) as Array<{
    id: string; provider_id: string; action: ClaimKey['action']; target_id: string; negated: number;
  }>;
  for (const c of claims) {
    moveClaim(db, c.id, {
      providerId: c.provider_id === fromId ? toId : c.provider_id, action: c.action,
      targetId: c.target_id === fromId ? toId : c.target_id, negated: c.negated === 1,
    });
  }
  prepareCached(db, 'UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ?').run(toId, fromId);
  // A mention left behind spans the same text as one of the other entity's: a duplicate.
  prepareCached(db, 'DELETE FROM mentions WHERE entity_id = ?').run(fromId);
  prepareCached(db, 'UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?').run(toId, fromId);
  prepareCached(db, 'DELETE FROM entity_aliases WHERE entity_id = ?').run(fromId);
  prepareCached(db, 'DELETE FROM entities WHERE id = ?').run(fromId);
}

/**
 * Writes a patched entity back. A new `/id` merges it into that entity (which
 * keeps its name and type; created with this record's when it does not exist);
 * `/split` moves the listed aliases, and the mentions written that way, to new
 * entities. Returns the entity's id afterwards.
 */
export function writeEntity(db: Sqlite, before: EntityRecord, after: EntityRecord): string {
  const insertEntity = prepareCached(db, 'INSERT INTO entities (id, name, type, wikidata_id) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING');
  if (after.id !== before.id) {
    insertEntity.run(after.id, after.name, after.type, after.wikidataId);
    setAliases(db, after.id, [before.name, ...after.aliases]);
    mergeEntity(db, before.id, after.id);
    return after.id;
  }
  prepareCached(db, 'UPDATE entities SET name = ?, type = ?, wikidata_id = ? WHERE id = ?').run(after.name, after.type, after.wikidataId, before.id);
  const keep = new Set(after.aliases.map(normalizeName));
  for (const alias of before.aliases) {
    if (!keep.has(normalizeName(alias))) prepareCached(db, 'DELETE FROM entity_aliases WHERE entity_id = ? AND normalized = ?').run(before.id, normalizeName(alias));
  }
  setAliases(db, before.id, after.aliases);
  for (const part of after.split ?? []) {
    const partId = entityIdFor(part.name);
    insertEntity.run(partId, part.name, part.type, part.wikidataId);
    setAliases(db, partId, [part.name, ...part.aliases]);
    const moved = new Set(part.aliases.map(normalizeName));
    for (const normalized of moved) prepareCached(db, 'DELETE FROM entity_aliases WHERE entity_id = ? AND normalized = ?').run(before.id, normalized);
    const mentions = prepareCached(db, 'SELECT article_id, start FROM mentions WHERE entity_id = ? AND text = ?');
    const move = prepareCached(db, 'UPDATE mentions SET entity_id = ? WHERE article_id = ? AND start = ? AND entity_id = ?');
    const texts = prepareCached(db, 'SELECT DISTINCT text FROM mentions WHERE entity_id = ?').all(before.id) as Array<{ text: string }>;
    for (const { text } of texts) {
      if (!moved.has(normalizeName(text))) continue;
      for (const m of mentions.all(before.id, text) as Array<{ article_id: string; start: number }>) move.run(partId, m.article_id, m.start, before.id);
    }
  }
  return before.id;
}

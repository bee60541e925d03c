import type { Sqlite } from '../db/open-db.ts';
import { getGazetteer } from '../../extractors/entities/gazetteer.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';
import { QueryError } from './run-sql.ts';
import { suggestNames, type NameCandidate } from './suggest-names.ts';

export type NameRole = 'provider' | 'target' | 'speaker';

/** Entities that play the role: suggestions for --provider should be providers. */
const ROLE_IDS: Record<NameRole, string> = {
  provider: "SELECT provider_id FROM claims WHERE status <> 'rejected'",
  target: "SELECT target_id FROM claims WHERE status <> 'rejected'",
  speaker: "SELECT speaker_id FROM quotes WHERE status <> 'rejected'",
};

/**
 * The entity ids a typed name stands for: first the aliases articles used
 * (entity_aliases.normalized), then the gazetteer's aliases (`AWS` is Amazon Web
 * Services even if no article wrote `AWS`). Throws with the closest names when
 * nothing matches.
 */
export function resolveEntityIds(db: Sqlite, name: string, role: NameRole): string[] {
  const key = normalizeName(name);
  const seen = db.prepare('SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE normalized = ? ORDER BY id').all(key) as Array<{ id: string }>;
  if (seen.length) return seen.map((r) => r.id);
  const known = db.prepare('SELECT id FROM entities WHERE id = ?');
  const fromGazetteer = getGazetteer()
    .entries.filter((e) => [e.name, ...e.aliases].some((a) => normalizeName(a) === key))
    .map((e) => e.entityId)
    .filter((id) => known.get(id));
  if (fromGazetteer.length) return fromGazetteer;
  throw new QueryError(describeNoMatch(db, name, role));
}

function describeNoMatch(db: Sqlite, name: string, role: NameRole): string {
  const candidates = db
    .prepare(`SELECT a.alias, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.id IN (${ROLE_IDS[role]})`)
    .all() as NameCandidate[];
  const closest = suggestNames(name, candidates);
  const hint = closest.length ? `closest ${role} names: ${closest.join(', ')}` : `no ${role} name is close; \`pnpm query timeline\` lists the providers`;
  return `no ${role} named "${name}" in the database; ${hint}`;
}

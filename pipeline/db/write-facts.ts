import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { polarityOf } from '../../schemas/action.ts';
import { hashId } from '../../extractors/text/hash-id.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';
import { prepareCached, type Sqlite } from './open-db.ts';
import { findQuoteGroup } from './quote-groups.ts';
import { refreshClaims } from './refresh-claims.ts';

/** A claim's id: stable across runs and dumps, so reviewer patches can point at it. */
export function claimIdFor(providerId: string, action: string, targetId: string, negated: boolean): string {
  return hashId('claim', providerId, action, targetId, negated ? 'negated' : 'asserted');
}

function deleteFacts(db: Sqlite, articleId: string): string[] {
  const touched = (prepareCached(db, 'SELECT DISTINCT claim_id AS id FROM claim_sources WHERE article_id = ?').all(articleId) as Array<{ id: string }>).map((r) => r.id);
  for (const table of ['regions', 'mentions', 'dates', 'quotes', 'claim_sources', 'search']) {
    prepareCached(db, `DELETE FROM ${table} WHERE article_id = ?`).run(articleId);
  }
  return touched;
}

export function writeEntity(db: Sqlite, entity: Pick<EntityFact, 'id' | 'name' | 'type' | 'wikidataId'>, aliases: Iterable<string>): void {
  prepareCached(db, 'INSERT INTO entities (id, name, type, wikidata_id) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET wikidata_id = coalesce(entities.wikidata_id, excluded.wikidata_id)').run(
    entity.id, entity.name, entity.type, entity.wikidataId,
  );
  const insertAlias = prepareCached(db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, normalized) VALUES (?, ?, ?)');
  for (const alias of new Set([entity.name, ...aliases])) insertAlias.run(entity.id, alias, normalizeName(alias));
}

/**
 * Writes everything extracted from one article; with `replacing`, first removes
 * what an earlier extraction of it left. Called inside the batch transaction,
 * so a re-extraction never leaves old and new facts mixed. A new article skips
 * the deletes: the one on the FTS table scans it whole.
 */
export function writeFacts(db: Sqlite, doc: ArticleDoc, extractorVersion: string, replacing: boolean): void {
  const touchedClaims = new Set(replacing ? deleteFacts(db, doc.id) : []);
  const insertRegion = prepareCached(db, 'INSERT OR IGNORE INTO regions (article_id, start, "end", kind, rule) VALUES (?, ?, ?, ?, ?)');
  for (const region of doc.regions) insertRegion.run(doc.id, region.start, region.end, region.kind, region.rule);

  const insertMention = prepareCached(db, 'INSERT OR IGNORE INTO mentions (article_id, entity_id, start, "end", text, rule) VALUES (?, ?, ?, ?, ?, ?)');
  for (const entity of doc.facts.entities) {
    writeEntity(db, entity, entity.mentions.map((m) => m.text));
    for (const m of entity.mentions) insertMention.run(doc.id, entity.id, m.start, m.end, m.text, m.rule);
  }

  const insertDate = prepareCached(db, 'INSERT OR IGNORE INTO dates (article_id, start, "end", text, value, granularity, anchor, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of doc.facts.dates) insertDate.run(doc.id, d.start, d.end, d.text, d.value, d.granularity, d.anchor, d.rule);

  const insertQuote = prepareCached(db, 'INSERT OR IGNORE INTO quotes (id, article_id, start, "end", text, speaker_id, cue, rule, text_id, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertSearch = prepareCached(db, 'INSERT INTO search (text, kind, ref, article_id) VALUES (?, ?, ?, ?)');
  const occurrences = new Map<string, number>();
  for (const q of doc.facts.quotes) {
    const n = (occurrences.get(q.id) ?? 0) + 1;
    occurrences.set(q.id, n);
    const id = hashId('quote', doc.id, q.id, String(n));
    insertQuote.run(id, doc.id, q.start, q.end, q.text, q.speaker?.id ?? null, q.cue, q.rule, q.id, findQuoteGroup(db, q));
    insertSearch.run(q.text, 'quote', id, doc.id);
  }

  const insertClaim = prepareCached(db, 'INSERT OR IGNORE INTO claims (id, provider_id, action, polarity, target_id, negated) VALUES (?, ?, ?, ?, ?, ?)');
  const insertSource = prepareCached(db, 'INSERT OR IGNORE INTO claim_sources (claim_id, article_id, start, "end", text, date, negated, hedged, rule, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const a of doc.facts.actions) {
    const claimId = claimIdFor(a.provider.id, a.action, a.target.id, a.negated);
    insertClaim.run(claimId, a.provider.id, a.action, polarityOf(a.action), a.target.id, a.negated ? 1 : 0);
    const added = insertSource.run(claimId, doc.id, a.evidence.start, a.evidence.end, a.evidence.text, a.date, a.negated ? 1 : 0, a.hedged ? 1 : 0, a.rule, extractorVersion);
    if (added.changes) insertSearch.run(a.evidence.text, 'evidence', claimId, doc.id);
    touchedClaims.add(claimId);
  }
  refreshClaims(db, touchedClaims);
}

import type { ArticleRecord, ClaimRecord, EntityRecord, QuoteRecord, RecordKind, ReviewRecord } from '../../schemas/review-record.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { readExportArticles } from '../export/read-export.ts';

const KIND_TABLES: ReadonlyArray<[RecordKind, string]> = [['claim', 'claims'], ['quote', 'quotes'], ['entity', 'entities'], ['article', 'articles']];

/** Which kind of record an id names, or undefined when no table holds it. */
export function findKind(db: Sqlite, id: string): RecordKind | undefined {
  for (const [kind, table] of KIND_TABLES) {
    if (prepareCached(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) return kind;
  }
  return undefined;
}

const SOURCE_OF = '(SELECT s2.source FROM article_sources s2 WHERE s2.article_id = %s ORDER BY s2.rowid LIMIT 1)';

export function readClaim(db: Sqlite, id: string): ClaimRecord | undefined {
  const c = prepareCached(db, `SELECT c.id, c.provider_id, p.name AS provider_name, c.action, c.polarity, c.target_id, t.name AS target_name,
      c.date, c.negated, c.status FROM claims c JOIN entities p ON p.id = c.provider_id JOIN entities t ON t.id = c.target_id WHERE c.id = ?`).get(id) as {
    id: string; provider_id: string; provider_name: string; action: ClaimRecord['action']; polarity: ClaimRecord['polarity'];
    target_id: string; target_name: string; date: string | null; negated: number; status: ClaimRecord['status'];
  } | undefined;
  if (!c) return undefined;
  const sources = prepareCached(db, `SELECT ${SOURCE_OF.replace('%s', 's.article_id')} AS article, s.start, s."end", s.text
    FROM claim_sources s WHERE s.claim_id = ? ORDER BY article, s.start`).all(id) as ClaimRecord['sources'];
  return {
    id: c.id, provider: { id: c.provider_id, name: c.provider_name }, action: c.action, polarity: c.polarity,
    target: { id: c.target_id, name: c.target_name }, date: c.date, negated: c.negated === 1, sources, status: c.status,
  };
}

export function readQuote(db: Sqlite, id: string): QuoteRecord | undefined {
  const q = prepareCached(db, `SELECT q.id, q.start, q."end", q.text, q.speaker_id, e.name AS speaker_name, q.status,
      ${SOURCE_OF.replace('%s', 'q.article_id')} AS source
    FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.id = ?`).get(id) as {
    id: string; start: number; end: number; text: string; speaker_id: string | null; speaker_name: string | null; status: QuoteRecord['status']; source: string;
  } | undefined;
  if (!q) return undefined;
  return {
    id: q.id, start: q.start, end: q.end, text: q.text,
    speaker: q.speaker_id ? { id: q.speaker_id, name: q.speaker_name ?? '' } : null, source: q.source, status: q.status,
  };
}

export function readEntity(db: Sqlite, id: string): EntityRecord | undefined {
  const e = prepareCached(db, 'SELECT id, name, type, wikidata_id FROM entities WHERE id = ?').get(id) as {
    id: string; name: string; type: EntityRecord['type']; wikidata_id: string | null;
  } | undefined;
  if (!e) return undefined;
  const aliases = (prepareCached(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY normalized, alias').all(id) as Array<{ alias: string }>).map((r) => r.alias);
  return { id: e.id, name: e.name, type: e.type, wikidataId: e.wikidata_id, aliases };
}

export function readArticle(db: Sqlite, id: string): ArticleRecord | undefined {
  if (!prepareCached(db, 'SELECT 1 FROM articles WHERE id = ?').get(id)) return undefined;
  for (const article of readExportArticles(db, id)) if (article.id === id) return article;
  return undefined;
}

/** The record of one kind and id, exactly as a patch sees it. */
export function readRecord(db: Sqlite, kind: RecordKind, id: string): ReviewRecord | undefined {
  if (kind === 'claim') return readClaim(db, id);
  if (kind === 'quote') return readQuote(db, id);
  if (kind === 'entity') return readEntity(db, id);
  return readArticle(db, id);
}

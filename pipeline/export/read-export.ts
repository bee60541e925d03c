import type { ExportArticle, ExportClaim } from '../../schemas/export.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';

type ArticleRow = { id: string; source: string; language: string | null; published: string | null; status: ExportArticle['status'] };

/** The first source an article was read from names it in the export. */
const ARTICLES_SQL = `SELECT a.id, (SELECT s.source FROM article_sources s WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1) AS source,
  a.language, a.published, a.status FROM articles a`;

function readArticle(db: Sqlite, row: ArticleRow): ExportArticle {
  const mentions = prepareCached(db, `SELECT m.entity_id, e.name, e.type, m.start, m."end", m.text FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = ? ORDER BY m.start`).all(row.id) as Array<{ entity_id: string; name: string; type: ExportArticle['entities'][number]['type']; start: number; end: number; text: string }>;
  const entities = new Map<string, ExportArticle['entities'][number]>();
  for (const m of mentions) {
    let entity = entities.get(m.entity_id);
    if (!entity) entities.set(m.entity_id, (entity = { id: m.entity_id, name: m.name, type: m.type, mentions: [] }));
    entity.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const dates = prepareCached(db, 'SELECT start, "end", text, value FROM dates WHERE article_id = ? ORDER BY start').all(row.id) as ExportArticle['dates'];
  const quotes = (prepareCached(db, `SELECT q.id, q.start, q."end", q.text, q.speaker_id, e.name AS speaker_name FROM quotes q
    LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.article_id = ? AND q.status <> 'rejected' ORDER BY q.start`).all(row.id) as Array<{
    id: string; start: number; end: number; text: string; speaker_id: string | null; speaker_name: string | null;
  }>).map((q) => ({ id: q.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker_id ? { id: q.speaker_id, name: q.speaker_name ?? '' } : null }));
  const actions = (prepareCached(db, `SELECT c.provider_id, p.name AS provider_name, c.action, c.target_id, t.name AS target_name,
      s.date, s.negated, s.hedged, s.start, s."end", s.text
    FROM claim_sources s JOIN claims c ON c.id = s.claim_id JOIN entities p ON p.id = c.provider_id JOIN entities t ON t.id = c.target_id
    WHERE s.article_id = ? AND c.status <> 'rejected' ORDER BY s.start, c.id`).all(row.id) as Array<{
    provider_id: string; provider_name: string; action: ExportArticle['actions'][number]['action']; target_id: string; target_name: string;
    date: string | null; negated: number; hedged: number; start: number; end: number; text: string;
  }>).map((a) => ({
    provider: { id: a.provider_id, name: a.provider_name },
    action: a.action,
    target: { id: a.target_id, name: a.target_name },
    date: a.date,
    negated: a.negated === 1,
    hedged: a.hedged === 1,
    evidence: { start: a.start, end: a.end, text: a.text },
  }));
  return { id: row.id, source: row.source, language: row.language, published: row.published, status: row.status, entities: [...entities.values()], dates, quotes, actions };
}

const PAGE = 200;

/**
 * Every article (or the one whose id or source is `only`), a page at a time by
 * id: memory stays flat however large the database.
 */
export function* readExportArticles(db: Sqlite, only?: string): Generator<ExportArticle> {
  if (only) {
    const rows = prepareCached(db, `${ARTICLES_SQL} WHERE a.id = ? OR a.id IN (SELECT article_id FROM article_sources WHERE source = ?) ORDER BY a.id`).all(only, only) as ArticleRow[];
    for (const row of rows) yield readArticle(db, row);
    return;
  }
  const page = prepareCached(db, `${ARTICLES_SQL} WHERE a.id > ? ORDER BY a.id LIMIT ${PAGE}`);
  let after = '';
  for (;;) {
    const rows = page.all(after) as ArticleRow[];
    for (const row of rows) yield readArticle(db, row);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

export function readExportClaims(db: Sqlite, articleId?: string): ExportClaim[] {
  const claims = prepareCached(db, `SELECT c.id, c.provider_id, p.name AS provider_name, c.action, c.polarity, c.target_id, t.name AS target_name, c.date, c.negated
    FROM claims c JOIN entities p ON p.id = c.provider_id JOIN entities t ON t.id = c.target_id
    WHERE c.status <> 'rejected' AND (? IS NULL OR c.id IN (SELECT claim_id FROM claim_sources WHERE article_id = ?))
    ORDER BY p.name, c.action, t.name, c.negated`).all(articleId ?? null, articleId ?? null) as Array<{
    id: string; provider_id: string; provider_name: string; action: ExportClaim['action']; polarity: ExportClaim['polarity'];
    target_id: string; target_name: string; date: string | null; negated: number;
  }>;
  const sources = prepareCached(db, `SELECT (SELECT s2.source FROM article_sources s2 WHERE s2.article_id = s.article_id ORDER BY s2.rowid LIMIT 1) AS article,
    s.start, s."end", s.text FROM claim_sources s WHERE s.claim_id = ? ORDER BY article, s.start`);
  return claims.map((c) => ({
    id: c.id,
    provider: { id: c.provider_id, name: c.provider_name },
    action: c.action,
    polarity: c.polarity,
    target: { id: c.target_id, name: c.target_name },
    date: c.date,
    negated: c.negated === 1,
    sources: sources.all(c.id) as ExportClaim['sources'],
  }));
}

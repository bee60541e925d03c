/**
 * The SQL of every ready report, in one place. Each reads the views and tables
 * of migrations 001–002 with plain SQLite (json_each is built in). Every named
 * parameter is bound on every run; NULL means "no filter".
 */
export const REPORT_SQL = {
  claims: `
SELECT v.id, v.provider, v.action, v.target, v.negated,
       coalesce(v.date, CASE WHEN v.date_min IS NOT NULL THEN v.date_min || '..' || v.date_max END) AS date,
       v.articles, v.sources, v.languages
FROM claims_view v JOIN claims c ON c.id = v.id
WHERE (:providers IS NULL OR c.provider_id IN (SELECT value FROM json_each(:providers)))
  AND (:targets IS NULL OR c.target_id IN (SELECT value FROM json_each(:targets)))
  AND (:action IS NULL OR v.action = :action)
  -- '~' sorts after digits and '-': a partial date '2017' covers all of 2017.
  AND (:since IS NULL OR coalesce(v.date_max, v.date) || '~' >= :since)
  AND (:until IS NULL OR coalesce(v.date_min, v.date) <= :until || '~')
  AND (:lang IS NULL OR EXISTS (SELECT 1 FROM claim_sources s JOIN articles a ON a.id = s.article_id
                                WHERE s.claim_id = v.id AND a.language = :lang))
ORDER BY v.provider, coalesce(v.date, v.date_min) IS NULL, coalesce(v.date, v.date_min), v.target, v.action`,

  providerTimeline: `
SELECT provider, date, action, target, negated, articles, claim_id
FROM provider_timeline
WHERE :providers IS NULL OR provider IN (SELECT name FROM entities WHERE id IN (SELECT value FROM json_each(:providers)))`,

  targetHistory: `
SELECT target, date, provider, action, polarity, negated, articles, claim_id
FROM target_history
WHERE target IN (SELECT name FROM entities WHERE id IN (SELECT value FROM json_each(:targets)))`,

  // The FTS subquery runs only when :search is given: MATCH NULL is an error.
  quotes: `
SELECT q.id, e.name AS speaker, q.text AS quote, q.cue, a.language,
       (SELECT group_concat(src.source, ', ') FROM article_sources src WHERE src.article_id = q.article_id) AS source
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
WHERE q.status <> 'rejected'
  AND (:speakers IS NULL OR q.speaker_id IN (SELECT value FROM json_each(:speakers)))
  AND (:search IS NULL OR q.id IN (SELECT ref FROM search WHERE search MATCH :search AND kind = 'quote'))
ORDER BY e.name IS NULL, e.name, source, q.start`,

  sources: `
SELECT (SELECT group_concat(src.source, ', ') FROM article_sources src WHERE src.article_id = s.article_id) AS source,
       a.url, a.language, s.start, s."end", s.date, s.negated, s.hedged, s.rule, s.text
FROM claim_sources s JOIN articles a ON a.id = s.article_id
WHERE s.claim_id = :claim
ORDER BY source, s.start`,

  stats: `
SELECT what, detail, status, count FROM (
  SELECT 1 AS k, 'articles' AS what, coalesce(language, 'und') AS detail, status, count(*) AS count FROM articles GROUP BY language, status
  UNION ALL SELECT 2, 'entities', type, NULL, count(*) FROM entities GROUP BY type
  UNION ALL SELECT 3, 'entities', 'all', NULL, count(*) FROM entities
  UNION ALL SELECT 4, 'claims', NULL, status, count(*) FROM claims GROUP BY status
  UNION ALL SELECT 5, 'claim sources', NULL, NULL, count(*) FROM claim_sources
  UNION ALL SELECT 6, 'quotes', NULL, status, count(*) FROM quotes GROUP BY status
) ORDER BY k, detail, status`,
} as const;

/** Claim ids equal to, or starting with, what the analyst typed. */
export const CLAIM_ID_SQL = 'SELECT id FROM claims WHERE substr(id, 1, length(:id)) = :id ORDER BY id';

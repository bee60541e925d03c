-- What the extractors find: entities and their mentions, dates, quotes,
-- and provider actions merged into claims with one source per sentence.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,                -- hash of the normalised canonical name
  name TEXT NOT NULL,                 -- canonical name
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'location', 'site')),
  wikidata_id TEXT
);

CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,                -- a surface form seen in some article
  normalized TEXT NOT NULL,           -- NFKC, case-folded, hyphens and spaces collapsed
  PRIMARY KEY (entity_id, normalized)
);
CREATE INDEX entity_aliases_normalized ON entity_aliases(normalized);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end")
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,                         -- YYYY, YYYY-MM or YYYY-MM-DD; NULL when it cannot be resolved
  granularity TEXT CHECK (granularity IN ('year', 'month', 'day')),
  anchor TEXT,                        -- the publication date it was resolved against
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,                -- one occurrence: hash of article, text and occurrence number
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_id TEXT REFERENCES entities(id),
  cue TEXT,                           -- the reporting verb or frame
  rule TEXT NOT NULL,
  text_id TEXT NOT NULL,              -- hash of the normalised text
  group_id TEXT NOT NULL,             -- shared by repeats of the same words, in any article
  status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'rejected'))
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_group ON quotes(group_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,                -- hash of provider, action, target and negation
  provider_id TEXT NOT NULL REFERENCES entities(id),
  action TEXT NOT NULL CHECK (action IN ('terminate_service', 'block_access', 'remove_listing', 'suspend_account', 'provide_service', 'restore_service')),
  polarity TEXT NOT NULL CHECK (polarity IN ('withdraw', 'provide')),
  target_id TEXT NOT NULL REFERENCES entities(id),
  negated INTEGER NOT NULL DEFAULT 0,
  date TEXT,                          -- the date when all dated sources agree
  date_min TEXT,                      -- earliest and latest source dates
  date_max TEXT,
  status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'rejected'))
);
CREATE INDEX claims_provider ON claims(provider_id);
CREATE INDEX claims_target ON claims(target_id);

CREATE TABLE claim_sources (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,             -- the asserting sentence
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  date TEXT,                          -- the date this sentence gives the action
  negated INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  rule TEXT NOT NULL,                 -- the cue rule that fired
  extractor TEXT NOT NULL,            -- extractor id and version
  PRIMARY KEY (claim_id, article_id, start)
);
CREATE INDEX claim_sources_article ON claim_sources(article_id);

-- Full-text search over evidence sentences and quotations.
CREATE VIRTUAL TABLE search USING fts5(
  text,
  kind UNINDEXED,                     -- 'evidence' or 'quote'
  ref UNINDEXED,                      -- claim id or quote id
  article_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW claims_view AS
SELECT c.id, p.name AS provider, c.action, c.polarity, t.name AS target, c.negated,
       c.date, c.date_min, c.date_max,
       count(DISTINCT s.article_id) AS articles, count(s.claim_id) AS sources,
       group_concat(DISTINCT a.language) AS languages
FROM claims c
JOIN entities p ON p.id = c.provider_id
JOIN entities t ON t.id = c.target_id
LEFT JOIN claim_sources s ON s.claim_id = c.id
LEFT JOIN articles a ON a.id = s.article_id
WHERE c.status <> 'rejected'
GROUP BY c.id;

CREATE VIEW provider_timeline AS
SELECT provider, coalesce(date, date_min) AS date, action, target, negated, articles, id AS claim_id
FROM claims_view
ORDER BY provider, coalesce(date, date_min) IS NULL, coalesce(date, date_min), target;

CREATE VIEW target_history AS
SELECT target, coalesce(date, date_min) AS date, provider, action, polarity, negated, articles, id AS claim_id
FROM claims_view
ORDER BY target, coalesce(date, date_min) IS NULL, coalesce(date, date_min), provider;

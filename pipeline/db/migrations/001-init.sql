-- Articles, where they came from, and the runs that stored them.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  program_version TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
  inputs TEXT NOT NULL,               -- JSON array of the paths given
  articles_read INTEGER NOT NULL DEFAULT 0,
  articles_new INTEGER NOT NULL DEFAULT 0,
  articles_duplicate INTEGER NOT NULL DEFAULT 0,
  articles_skipped INTEGER NOT NULL DEFAULT 0,
  problems INTEGER NOT NULL DEFAULT 0,
  summary TEXT                        -- JSON of the full run summary
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,                -- hash of the normalised text
  text TEXT NOT NULL,                 -- normalised text; every offset points into it
  url TEXT,
  title TEXT,
  outlet TEXT,
  published TEXT,                     -- YYYY, YYYY-MM or YYYY-MM-DD
  published_granularity TEXT CHECK (published_granularity IN ('year', 'month', 'day')),
  published_from TEXT CHECK (published_from IN ('record', 'header', 'byline')),
  language TEXT,                      -- ISO 639-1, or 'und'
  confidence REAL,
  declared_language TEXT,
  status TEXT NOT NULL CHECK (status IN ('extracted', 'skipped', 'error')),
  error TEXT,                         -- why it was skipped or failed
  extractor_version TEXT NOT NULL,    -- re-extraction happens when this changes
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  first_run INTEGER REFERENCES runs(id),
  last_run INTEGER REFERENCES runs(id)
);
CREATE INDEX articles_language ON articles(language, status);

CREATE TABLE article_sources (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  file TEXT NOT NULL,
  line INTEGER,                       -- JSON Lines line number, or NULL for a whole file
  source TEXT NOT NULL,               -- file name of a text file, record id of a JSON record
  run_id INTEGER REFERENCES runs(id),
  UNIQUE (article_id, file, source)
);
CREATE INDEX article_sources_source ON article_sources(source);

CREATE TABLE regions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end", rule)
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES runs(id),
  article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
  file TEXT,
  line INTEGER,
  rule_id TEXT NOT NULL,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  fatal INTEGER NOT NULL DEFAULT 0,
  start INTEGER,
  "end" INTEGER
);
CREATE INDEX messages_run ON messages(run_id);
CREATE INDEX messages_article ON messages(article_id);

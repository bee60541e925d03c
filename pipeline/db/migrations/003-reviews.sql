-- Reviewer corrections: one row per application of a patch file (data/patches/*.json).
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,                 -- patch file name inside the patches folder
  sha256 TEXT NOT NULL,               -- of the file's bytes: an edited patch applies again
  target TEXT,                        -- the patch's target (NULL when the file cannot be read)
  result_id TEXT,                     -- the record's id afterwards (a corrected claim moves to a new id)
  kind TEXT CHECK (kind IN ('claim', 'quote', 'entity', 'article')),
  author TEXT,
  reason TEXT,
  created TEXT,                       -- the patch's own time stamp: patches apply in this order
  status TEXT NOT NULL CHECK (status IN ('applied', 'stale', 'rejected')),
  message TEXT,                       -- why stale or rejected, naming the operation
  before TEXT,                        -- the record as JSON before the patch (NULL for a new claim)
  after TEXT,                         -- the record as JSON read back after writing
  run_id INTEGER REFERENCES runs(id), -- NULL when applied by `pnpm review apply`
  applied_at TEXT NOT NULL
);
CREATE INDEX reviews_file ON reviews(file, sha256);
CREATE INDEX reviews_target ON reviews(target);
CREATE INDEX reviews_result ON reviews(result_id);

-- Which process runs a pipeline run, so that a second one can tell a live run from one
-- left `running` by a killed process (only the latter becomes `interrupted`).
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zGold, type GoldArticle } from '../../schemas/gold.ts';
import type { Export } from '../../schemas/export.ts';
import { runPipeline } from '../run-pipeline.ts';
import { openSqlite } from '../db/open-db.ts';
import { readExportArticles, readExportClaims } from '../export/read-export.ts';
import { createPipelineConfig } from '../pipeline-config.ts';
import { evaluate } from './evaluate.ts';

export function loadGold(path: string): GoldArticle[] {
  const parsed = zGold.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid gold file ${path} at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Runs the whole pipeline on `inputs` into a temporary database, exports it, and scores it against `gold`. */
export async function runEval(gold: readonly GoldArticle[], inputs: readonly string[], cwd: string) {
  const dir = mkdtempSync(join(tmpdir(), 'claims-eval-'));
  try {
    const dbPath = join(dir, 'eval.sqlite');
    await runPipeline({
      paths: inputs,
      dbPath,
      cwd,
      ...createPipelineConfig(),
      now: () => new Date(),
    });
    const db = openSqlite(dbPath, { readonly: true });
    const exported: Export = { articles: [...readExportArticles(db)], claims: readExportClaims(db) };
    db.close();
    return evaluate(gold, exported);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

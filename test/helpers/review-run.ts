import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runPipeline, type PipelineResult } from '../../pipeline/run-pipeline.ts';
import { createExtractors } from '../../pipeline/extractors.ts';
import { describeExtractorVersion } from '../../pipeline/extractor-version.ts';
import { loadLanguageConfig } from '../../pipeline/stages/detect-language.ts';
import { readExportArticles, readExportClaims } from '../../pipeline/export/read-export.ts';
import type { Export } from '../../schemas/export.ts';
import { ROOT } from './run-cli.ts';

export const SEEDS = join(ROOT, 'seeds');
let extractors: ReturnType<typeof createExtractors> | undefined;

/** `pnpm pipeline seeds --db <db> --patches <dir>`, in process, with a fixed clock. */
export function runSeeds(dbPath: string, patchesDir: string, options: { reextract?: boolean; paths?: string[] } = {}): Promise<PipelineResult> {
  extractors ??= createExtractors();
  return runPipeline({
    paths: options.paths ?? [SEEDS], dbPath, cwd: ROOT, programVersion: 'test', extractorVersion: describeExtractorVersion('test', extractors),
    extractors, languages: loadLanguageConfig(), now: () => new Date('2026-01-01T00:00:00Z'), patchesDir, reextract: options.reextract ?? false,
  });
}

export function writePatch(dir: string, file: string, patch: unknown): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), typeof patch === 'string' ? patch : JSON.stringify(patch, null, 2));
}

let clock = 0;
/** A patch with the given target and ops, created one second after the previous one. */
export function patch(target: string, ops: unknown[], reason = 'test correction'): Record<string, unknown> {
  clock += 1;
  return { target, author: 'tester', reason, created: new Date(Date.UTC(2026, 0, 2, 0, 0, clock)).toISOString(), ops };
}

export function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** What `pnpm export` writes. */
export function readExport(dbPath: string): Export {
  const db = new Database(dbPath, { readonly: true });
  try {
    return { articles: [...readExportArticles(db)], claims: readExportClaims(db) };
  } finally {
    db.close();
  }
}

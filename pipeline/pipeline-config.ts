import type { AnyExtractor } from '../extractors/types.ts';
import { getDataDir, useDataDir } from '../extractors/text/load-data.ts';
import { loadBylineCues } from '../extractors/dates/find-byline-date.ts';
import { createExtractors } from './extractors.ts';
import { describeExtractorVersion } from './extractor-version.ts';
import { loadBoilerplateRules } from './clean/mark-boilerplate.ts';
import { loadLanguageConfig, type LanguageConfig } from './stages/detect-language.ts';
import { PROGRAM_VERSION } from './version.ts';

/** What processes an article: the extractors and languages, and the versions stored with the results. */
export interface PipelineConfig {
  programVersion: string;
  extractorVersion: string;
  extractors: readonly AnyExtractor[];
  languages: LanguageConfig;
  /** The data folder everything was loaded from; worker threads load theirs from it too. */
  dataDir: string;
}

export interface PipelineConfigOptions {
  /** Read lexicons from this folder instead of the project's `data/`. */
  dataDir?: string | undefined;
}

/**
 * The program's own extractors, languages and versions: what every command that
 * runs the pipeline uses. Worker threads import this module by URL and call it
 * once each, so a module exporting another `createPipelineConfig` can stand in.
 * Every data file is loaded and validated here: a broken one throws (naming the
 * file and the zod path) before the first article.
 */
export function createPipelineConfig(options: PipelineConfigOptions = {}): PipelineConfig {
  if (options.dataDir !== undefined) useDataDir(options.dataDir);
  const extractors = createExtractors();
  const languages = loadLanguageConfig();
  // The stages' own data (ingest's byline cues, clean's boilerplate rules), loaded now rather than on the first article.
  loadBylineCues();
  loadBoilerplateRules();
  return {
    programVersion: PROGRAM_VERSION,
    extractorVersion: describeExtractorVersion(PROGRAM_VERSION, extractors),
    extractors,
    languages,
    dataDir: getDataDir(),
  };
}

import type { AnyExtractor } from '../extractors/types.ts';
import { createExtractors, describeExtractorVersion } from './extractors.ts';
import { loadLanguageConfig, type LanguageConfig } from './stages/detect-language.ts';
import { PROGRAM_VERSION } from './version.ts';

/** What processes an article: the extractors and languages, and the versions stored with the results. */
export interface PipelineConfig {
  programVersion: string;
  extractorVersion: string;
  extractors: readonly AnyExtractor[];
  languages: LanguageConfig;
}

/**
 * The program's own extractors, languages and versions: what every command that
 * runs the pipeline uses. Worker threads import this module by URL and call it
 * once each, so a module exporting another `createPipelineConfig` can stand in.
 */
export function createPipelineConfig(): PipelineConfig {
  const extractors = createExtractors();
  return {
    programVersion: PROGRAM_VERSION,
    extractorVersion: describeExtractorVersion(PROGRAM_VERSION, extractors),
    extractors,
    languages: loadLanguageConfig(),
  };
}

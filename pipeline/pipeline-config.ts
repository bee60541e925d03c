import type { PipelineOptions } from './run-pipeline.ts';
import { createExtractors, describeExtractorVersion } from './extractors.ts';
import { loadLanguageConfig } from './stages/detect-language.ts';
import { PROGRAM_VERSION } from './version.ts';

/** The program's own extractors, languages and versions: what every command that runs the pipeline uses. */
export function createPipelineConfig(): Pick<PipelineOptions, 'programVersion' | 'extractorVersion' | 'extractors' | 'languages'> {
  const extractors = createExtractors();
  return {
    programVersion: PROGRAM_VERSION,
    extractorVersion: describeExtractorVersion(PROGRAM_VERSION, extractors),
    extractors,
    languages: loadLanguageConfig(),
  };
}

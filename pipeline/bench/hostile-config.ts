import { createPipelineConfig as createProgramConfig, type PipelineConfig } from '../pipeline-config.ts';

/**
 * The program's extractors with German as the only language, so that every
 * hostile text (`„` repeated has no letter to detect) reaches every German
 * extractor. The hostile benchmark's workers load it by URL.
 */
export function createPipelineConfig(): PipelineConfig {
  const config = createProgramConfig();
  return { ...config, languages: { candidates: ['deu'], toIso1: new Map([['deu', 'de']]), extract: new Set(['de']) } };
}

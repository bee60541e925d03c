import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { AnyExtractor } from '../../extractors/types.ts';
import { createPipelineConfig as createProgramConfig, type PipelineConfig, type PipelineConfigOptions } from '../../pipeline/pipeline-config.ts';

/**
 * The program's configuration plus a last extractor that misbehaves on marked
 * articles: it throws on `THROW-HERE` and ends its whole worker thread on
 * `EXIT-HERE`. Worker threads load it by URL (see ExtractPool).
 */
export function createPipelineConfig(options: PipelineConfigOptions = {}): PipelineConfig {
  const config = createProgramConfig(options);
  const saboteur: AnyExtractor = {
    id: 'saboteur',
    version: '1.0.0',
    provides: 'actions',
    requires: [],
    languages: ['de', 'fr'],
    extract(doc: ArticleDoc) {
      if (doc.text.includes('THROW-HERE')) throw new Error('saboteur threw');
      if (doc.text.includes('EXIT-HERE')) process.exit(3);
      return doc.facts.actions;
    },
  };
  return { ...config, extractors: [...config.extractors, saboteur] };
}

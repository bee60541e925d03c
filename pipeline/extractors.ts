import type { AnyExtractor } from '../extractors/types.ts';

/**
 * The extractors the pipeline runs, in order (each after those it requires).
 * Their ids and versions make up the extractor version stored per article.
 */
export function createExtractors(): AnyExtractor[] {
  return [];
}

export function describeExtractorVersion(programVersion: string, extractors: readonly AnyExtractor[]): string {
  return [`program@${programVersion}`, ...extractors.map((e) => `${e.id}@${e.version}`)].join(' ');
}

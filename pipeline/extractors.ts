import type { AnyExtractor } from '../extractors/types.ts';
import { createEntityExtractor } from '../extractors/entities/create-entity-extractor.ts';
import { createDateExtractor } from '../extractors/dates/create-date-extractor.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';
import { createActionExtractor } from '../extractors/actions/create-action-extractor.ts';

/**
 * The extractors the pipeline runs, in order (each after those it requires).
 * Their ids and versions make up the extractor version stored per article.
 */
export function createExtractors(): AnyExtractor[] {
  return [createEntityExtractor(), createDateExtractor(), createQuoteExtractor(), createActionExtractor()];
}

export function describeExtractorVersion(programVersion: string, extractors: readonly AnyExtractor[]): string {
  return [`program@${programVersion}`, ...extractors.map((e) => `${e.id}@${e.version}`)].join(' ');
}

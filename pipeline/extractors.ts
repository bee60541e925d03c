import type { AnyExtractor } from '../extractors/types.ts';
import { createEntityExtractor } from '../extractors/entities/create-entity-extractor.ts';
import { createDateExtractor } from '../extractors/dates/create-date-extractor.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';
import { createActionExtractor } from '../extractors/actions/create-action-extractor.ts';
import { getDataDir } from '../extractors/text/load-data.ts';
import { formatVersion, hashDataFolders } from './extractor-version.ts';

/**
 * The `data/` folders each extractor loads when it is created (test/extractor-data.test.ts
 * checks this list against what creating each one, alone, in a fresh process, reads).
 */
export const DATA_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  entities: ['entities', 'gazetteer', 'text'],
  dates: ['dates', 'text'],
  quotes: ['quotes', 'text'],
  actions: ['actions', 'gazetteer', 'text'],
};

/** The extractor, its version now its code version plus a hash of its data per language. */
function withDataVersion(extractor: AnyExtractor, dataDir: string): AnyExtractor {
  const folders = DATA_FOLDERS[extractor.id];
  if (!folders) throw new Error(`No data folders listed for extractor ${extractor.id} in pipeline/extractors.ts`);
  return { ...extractor, version: formatVersion(extractor.version, hashDataFolders(dataDir, folders, extractor.languages)) };
}

/**
 * The extractors the pipeline runs, in order (each after those it requires).
 * Creating them loads and validates all their data; their ids and versions
 * make up the extractor version stored per article.
 */
export function createExtractors(): AnyExtractor[] {
  const dataDir = getDataDir();
  return [createEntityExtractor(), createDateExtractor(), createQuoteExtractor(), createActionExtractor()].map((e) => withDataVersion(e, dataDir));
}

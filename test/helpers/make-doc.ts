import type { ArticleDoc, Facts } from '../../schemas/article-doc.ts';
import type { Region } from '../../schemas/region.ts';
import type { Published } from '../../schemas/date.ts';
import { createArticleDoc } from '../../pipeline/stages/create-article-doc.ts';

export interface MakeDocOptions {
  published?: Published | null;
  regions?: Region[];
  facts?: Partial<Facts>;
  source?: string;
}

/** A document as the extract stage receives it (language detected), for extractor unit tests. */
export function makeDoc(text: string, lang: 'de' | 'fr', options: MakeDocOptions = {}): ArticleDoc {
  const source = options.source ?? 'test.txt';
  return createArticleDoc({
    text,
    sources: [{ file: source, line: null, source }],
    language: { code: lang, confidence: 1, declared: null },
    published: options.published,
    regions: options.regions,
    facts: options.facts,
  });
}

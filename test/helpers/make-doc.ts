import type { ArticleDoc, Facts } from '../../schemas/article-doc.ts';
import type { Region } from '../../schemas/region.ts';
import type { Published } from '../../schemas/date.ts';

export interface MakeDocOptions {
  published?: Published | null;
  regions?: Region[];
  facts?: Partial<Facts>;
  source?: string;
}

/** A document as the extract stage receives it, for extractor unit tests. */
export function makeDoc(text: string, lang: 'de' | 'fr', options: MakeDocOptions = {}): ArticleDoc {
  const source = options.source ?? 'test.txt';
  return {
    id: `a_${source}`,
    text,
    meta: {
      sources: [{ file: source, line: null, source }],
      url: null,
      title: null,
      outlet: null,
      published: options.published ?? null,
      language: { code: lang, confidence: 1, declared: null },
    },
    status: 'extracted',
    reason: null,
    regions: options.regions ?? [],
    facts: { entities: [], dates: [], quotes: [], actions: [], ...options.facts },
    messages: [],
  };
}

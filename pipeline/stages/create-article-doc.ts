import type { ArticleDoc, Facts } from '../../schemas/article-doc.ts';
import type { SourceRef } from '../../schemas/article-input.ts';
import type { Published } from '../../schemas/date.ts';
import type { Message } from '../../schemas/message.ts';
import type { Region } from '../../schemas/region.ts';
import { hashId } from '../../extractors/text/hash-id.ts';

export interface ArticleDocParts {
  /** The normalised text: the id hashes it, and every later offset points into it. */
  text: string;
  sources: SourceRef[];
  /** A detected language, or the declared one still to check (`und` until detection). */
  language?: ArticleDoc['meta']['language'] | undefined;
  published?: Published | null | undefined;
  url?: string | null | undefined;
  title?: string | null | undefined;
  outlet?: string | null | undefined;
  regions?: Region[] | undefined;
  facts?: Partial<Facts> | undefined;
  messages?: Message[] | undefined;
}

/**
 * The one place a document is built: ingest builds every stored one from a
 * reader's record, and eval and the tests build theirs the same way, so a new
 * field of ArticleDoc is added here once.
 */
export function createArticleDoc(parts: ArticleDocParts): ArticleDoc {
  return {
    id: hashId('art', parts.text),
    text: parts.text,
    meta: {
      sources: parts.sources,
      url: parts.url ?? null,
      title: parts.title ?? null,
      outlet: parts.outlet ?? null,
      published: parts.published ?? null,
      language: parts.language ?? null,
    },
    status: 'extracted',
    reason: null,
    regions: parts.regions ?? [],
    facts: { entities: [], dates: [], quotes: [], actions: [], ...parts.facts },
    messages: parts.messages ?? [],
  };
}

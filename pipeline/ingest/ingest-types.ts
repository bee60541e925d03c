import type { ArticleInput } from '../../schemas/article-input.ts';
import type { Message } from '../../schemas/message.ts';

/** What a reader yields: an article, or a problem with one file or record. */
export type IngestItem = { kind: 'article'; input: ArticleInput } | { kind: 'problem'; message: Message };

export function makeIngestProblem(ruleId: string, reason: string, file: string, line: number | null, fatal = false): IngestItem {
  return {
    kind: 'problem',
    message: { reason, ruleId: `ingest/${ruleId}`, source: 'ingest', file, line, place: null, fatal },
  };
}

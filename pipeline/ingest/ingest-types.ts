import type { ArticleInput } from '../../schemas/article-input.ts';
import type { Message } from '../../schemas/message.ts';

/**
 * What a reader yields: an article, or a problem with one file or record.
 * `count` is how many problems the message stands for (one, unless it sums up
 * the repeats of a rule in one file).
 */
export type IngestItem = { kind: 'article'; input: ArticleInput } | { kind: 'problem'; message: Message; count?: number };

export function makeIngestProblem(ruleId: string, reason: string, file: string, line: number | null, fatal = false): IngestItem {
  return {
    kind: 'problem',
    message: { reason, ruleId: `ingest/${ruleId}`, source: 'ingest', file, line, place: null, fatal },
  };
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { ArticleInput } from '../../schemas/article-input.ts';
import type { Published } from '../../schemas/date.ts';
import type { Message } from '../../schemas/message.ts';
import { normalizeText } from '../clean/normalize-text.ts';
import { findBylineDate } from '../../extractors/dates/find-byline-date.ts';
import { createArticleDoc } from './create-article-doc.ts';

// Accepts YYYY, YYYY-MM, YYYY-MM-DD, and an ISO timestamp (its day is kept).
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

export function parsePublished(value: string, from: Published['from']): Published | null {
  const match = PUBLISHED.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day && (Number(day) < 1 || Number(day) > 31)) return null;
  if (day) return { value: `${year}-${month}-${day}`, granularity: 'day', from };
  if (month) return { value: `${year}-${month}`, granularity: 'month', from };
  return { value: year!, granularity: 'year', from };
}

/**
 * A dated byline or sign-off (`(Name, 11.1.2021)`) dates an article that has
 * no date, or makes a coarser one more precise when it falls within it.
 */
function refineWithByline(published: Published | null, text: string): Published | null {
  if (published?.granularity === 'day') return published;
  const byline = findBylineDate(text);
  if (!byline) return published;
  if (published && !byline.value.startsWith(published.value)) return published;
  if (published && byline.value.length <= published.value.length) return published;
  return { value: byline.value, granularity: byline.granularity, from: 'byline' };
}

/**
 * Stage 1: turns a reader's record into the document every later stage works
 * on. The text is normalised here, once, because the article id hashes it:
 * the same article from two dumps becomes one document.
 */
export function ingest(input: ArticleInput): ArticleDoc {
  const text = normalizeText(input.text);
  const messages: Message[] = [];
  let published: Published | null = null;
  if (input.published && input.publishedFrom) {
    published = parsePublished(input.published, input.publishedFrom);
    if (!published) {
      messages.push({
        reason: `Unrecognised publication date "${input.published}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
        ruleId: 'ingest/invalid-published',
        source: 'ingest',
        file: input.ref.file,
        line: input.ref.line,
        place: null,
        fatal: false,
      });
    }
  }
  published = refineWithByline(published, text);
  return createArticleDoc({
    text,
    sources: [input.ref],
    url: input.url,
    title: input.title,
    outlet: input.outlet,
    published,
    language: input.declaredLanguage ? { code: 'und', confidence: 0, declared: input.declaredLanguage } : null,
    messages,
  });
}

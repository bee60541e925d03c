import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { PipelineConfig } from './pipeline-config.ts';
import { clean } from './stages/clean.ts';
import { detectLanguage } from './stages/detect-language.ts';
import { extract } from './stages/extract.ts';
import { capMessages, MAX_ARTICLE_MESSAGES_PER_RULE } from './stages/cap-messages.ts';
import type { ArticleOutcome, ArticleTimings } from './workers/worker-messages.ts';
import { ArticleTimeoutError } from './workers/article-budget.ts';

/** Stages 2–4 for one article (clean → detect language → extract), on whichever thread runs it. */
export function processArticle(doc: ArticleDoc, config: Pick<PipelineConfig, 'extractors' | 'languages'>, checkDeadline: () => void = () => {}): { doc: ArticleDoc } & ArticleTimings {
  const stageMs: Record<string, number> = {};
  const timings = new Map<string, number>();
  let t = performance.now();
  const lap = (stage: string): void => {
    const next = performance.now();
    stageMs[stage] = next - t;
    t = next;
    checkDeadline();
  };
  let current = clean(doc);
  lap('clean');
  current = detectLanguage(current, config.languages);
  lap('detectLanguage');
  current = extract(current, config.extractors, timings, checkDeadline);
  lap('extract');
  if (current.messages.length > MAX_ARTICLE_MESSAGES_PER_RULE) current = { ...current, messages: capMessages(current.messages) };
  return { doc: current, stageMs, extractorMs: Object.fromEntries(timings) };
}

/** processArticle, with an exception turned into the article's outcome (on a worker or the main thread alike). */
export function tryProcessArticle(doc: ArticleDoc, config: Pick<PipelineConfig, 'extractors' | 'languages'>, checkDeadline?: () => void): ArticleOutcome {
  try {
    return { ok: true, ...processArticle(doc, config, checkDeadline) };
  } catch (error) {
    if (error instanceof ArticleTimeoutError) return { ok: false, error: error.message, ruleId: error.ruleId };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

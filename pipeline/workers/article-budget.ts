/** The rule id of an article that ran past its time budget. */
export const TIMEOUT_RULE = 'pipeline/article-timeout';

/** The time budget per article unless `--article-timeout` says otherwise: 60× a real 100 KB article. */
export const DEFAULT_ARTICLE_TIMEOUT_MS = 30_000;

/** Thrown between stages or extractors on the main thread once an article's deadline has passed. */
export class ArticleTimeoutError extends Error {
  readonly ruleId = TIMEOUT_RULE;
}

export function describeTimeout(budgetMs: number): string {
  return `took longer than its time budget of ${budgetMs} ms (--article-timeout)`;
}

/**
 * A deadline checked between the steps of one article. On a worker the pool
 * enforces the budget by ending the thread; on the main thread nothing can
 * interrupt a step, so the check between steps is what there is.
 */
export function createDeadline(budgetMs: number, now: () => number = () => performance.now()): () => void {
  if (budgetMs <= 0) return () => {};
  const end = now() + budgetMs;
  return () => {
    if (now() > end) throw new ArticleTimeoutError(describeTimeout(budgetMs));
  };
}

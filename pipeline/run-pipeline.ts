import PQueue from 'p-queue';
import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { SourceRef } from '../schemas/article-input.ts';
import type { AnyExtractor } from '../extractors/types.ts';
import { ArticleStore, type WriteItem } from './db/article-store.ts';
import { DatabaseInUseError } from './db/live-runs.ts';
import { readInputs } from './ingest/read-inputs.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './ingest/input-limits.ts';
import { ingest } from './stages/ingest.ts';
import type { LanguageConfig } from './stages/detect-language.ts';
import { checkExtractorOrder } from './stages/extract.ts';
import { tryProcessArticle } from './process-article.ts';
import { ExtractPool } from './workers/extract-pool.ts';
import type { ArticleOutcome, ArticleTimings } from './workers/worker-messages.ts';
import { createDeadline, DEFAULT_ARTICLE_TIMEOUT_MS } from './workers/article-budget.ts';
import { warmUp } from './workers/warm-up.ts';
import { RunSummary } from './run-summary.ts';
import { findReextractReasons } from './extractor-version.ts';
import type { ReviewOutcome } from './review/apply-patches.ts';

export interface PipelineOptions {
  paths: readonly string[];
  dbPath: string;
  cwd: string;
  programVersion: string;
  extractorVersion: string;
  extractors: readonly AnyExtractor[];
  languages: LanguageConfig;
  /** The clock, injected so stages never read it. */
  now: () => Date;
  strict?: boolean;
  reextract?: boolean;
  /** Worker threads that extract; 0 extracts on the main thread. */
  workers?: number;
  /** The module the workers build their stages from (its `createPipelineConfig`); the program's own by default. */
  configModule?: string;
  /** The data folder the workers load from (the main thread's, from its configuration). */
  dataDir?: string;
  /** Articles in flight at most (memory stays flat whatever the dump's size). */
  maxInFlight?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /**
   * Milliseconds one article may take in stages 2–4 (0: no limit). On a worker the
   * article is stopped there and its worker replaced; on the main thread (`workers: 0`)
   * the budget is checked between stages and extractors, so one slow extractor runs to its end.
   */
  articleTimeoutMs?: number;
  /** How long to wait for another run that holds the database (0: refuse at once). */
  waitForDbMs?: number;
  /** Bytes per file and per record, and messages per rule and file, before the rest becomes one message. */
  inputLimits?: Partial<InputLimits>;
  onTotalBytes?: (n: number) => void;
  onBytes?: (n: number) => void;
  onArticle?: (summary: RunSummary) => void;
  /** The folder of reviewer patches applied after extraction; none when absent. */
  patchesDir?: string;
}

export interface PipelineResult {
  runId: number;
  summary: RunSummary;
  status: 'completed' | 'failed';
  reviews: ReviewOutcome[];
}

/**
 * Runs ingest → clean → detect language → extract → store over every input.
 * Extraction runs on `workers` threads (or the main thread); the database is
 * written by this thread alone, in batches, in input order.
 * Articles already stored are recognised by their content hash before any
 * work and only gain a source, unless an extractor that touched them changed
 * its code or its data since (findReextractReasons): then they are extracted again.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  checkExtractorOrder(options.extractors);
  const started = performance.now();
  const store = await openStore(options);
  const summary = new RunSummary();
  // The pool starts with the first article to extract: a re-run of known input starts none.
  let pool: ExtractPool | undefined;
  const queue = new PQueue({ concurrency: 1 });
  const maxInFlight = options.maxInFlight ?? 64;
  const pending: WriteItem[] = [];
  const batchSize = options.batchSize ?? 100;
  // Sources of an article that turns up again before its first copy has gone to the writer.
  const inFlight = new Map<string, SourceRef[]>();
  const seen = new Set<string>();
  // Articles finish out of order on a pool; they are written in input order, so that
  // the database does not depend on the number of workers.
  const finished = new Map<number, ArticleDoc>();
  let queued = 0;
  let written = 0;
  let status: 'completed' | 'failed' = 'completed';
  let taskError: unknown;
  const timeoutMs = options.articleTimeoutMs ?? DEFAULT_ARTICLE_TIMEOUT_MS;
  let warm = false;
  const processHere = (doc: ArticleDoc): ArticleOutcome => {
    if (!warm && timeoutMs > 0) warmUp(options);
    warm = true;
    return tryProcessArticle(doc, options, createDeadline(timeoutMs));
  };

  const flush = (): void => {
    const t = performance.now();
    store.writeBatch(pending.splice(0));
    summary.addTime('store', performance.now() - t);
  };
  const settle = (seq: number, doc: ArticleDoc): void => {
    finished.set(seq, doc);
    for (let next = finished.get(written); next; next = finished.get(written)) {
      finished.delete(written++);
      // Copies read while it was in flight join its sources now, as it goes to the writer.
      const extra = inFlight.get(next.id) ?? [];
      inFlight.delete(next.id);
      const final = extra.length ? { ...next, meta: { ...next.meta, sources: [...next.meta.sources, ...extra] } } : next;
      pending.push({ kind: 'doc', doc: final, extractorVersion: options.extractorVersion });
    }
    if (pending.length >= batchSize) flush();
  };
  try {
    const progress = { onTotal: (n: number) => options.onTotalBytes?.(n), onBytes: (n: number) => options.onBytes?.(n) };
    for await (const item of readInputs(options.paths, options.cwd, progress, { ...DEFAULT_INPUT_LIMITS, ...options.inputLimits })) {
      if (item.kind === 'problem') {
        summary.addProblem(item.message, item.count);
        // Written as they come, in batches like articles: a dump of bad lines holds no more than one batch.
        pending.push({ kind: 'message', message: item.message, articleId: null });
        if (pending.length >= batchSize) flush();
        if (options.strict) {
          status = 'failed';
          break;
        }
        continue;
      }
      summary.read++;
      const t = performance.now();
      const doc = ingest(item.input);
      summary.addTime('ingest', performance.now() - t);
      const stored = seen.has(doc.id) ? undefined : store.findStored(doc.id);
      const reasons = stored === undefined ? [] : options.reextract ? ['--reextract'] : findReextractReasons(stored, options.programVersion, options.extractors);
      if (seen.has(doc.id) || (stored !== undefined && reasons.length === 0)) {
        summary.duplicate++;
        const waiting = inFlight.get(doc.id);
        if (waiting) waiting.push(item.input.ref);
        else pending.push({ kind: 'source', articleId: doc.id, ref: item.input.ref });
        options.onArticle?.(summary);
        continue;
      }
      seen.add(doc.id);
      inFlight.set(doc.id, []);
      summary.addReextractReasons(reasons);
      if (options.workers && !pool) {
        pool = await startPool(options, timeoutMs);
        // One article waiting per worker besides the one it works on, so none idles.
        queue.concurrency = pool.size * 2;
        summary.workers = pool.size;
      }
      await queue.onSizeLessThan(maxInFlight);
      const seq = queued++;
      const workers = pool;
      queue.add(async () => {
        const outcome = workers ? await workers.run(doc) : processHere(doc);
        if (outcome.ok) addTimings(summary, outcome);
        const processed = outcome.ok ? outcome.doc : failArticle(doc, outcome.error, outcome.ruleId);
        summary.countArticle(processed, stored !== undefined);
        // performance.now() counts from the process start (performance.timeOrigin).
        summary.startupMs ??= performance.now();
        settle(seq, processed);
        options.onArticle?.(summary);
      }).catch((error: unknown) => {
        taskError ??= error;
      });
      if (taskError) throw taskError;
    }
    await queue.onIdle();
    if (taskError) throw taskError;
    if (options.strict && summary.problemCount > 0) status = 'failed';
    flush();
    const reviews = options.patchesDir && status === 'completed' ? store.applyReviews(options.patchesDir, options.now().toISOString()) : [];
    summary.elapsedMs = performance.now() - started;
    store.finishRun(status, options.now().toISOString(), {
      read: summary.read,
      new: summary.new,
      duplicate: summary.duplicate,
      skipped: summary.skippedTotal,
      problems: summary.problemCount,
    }, summary.toJSON());
    return { runId: store.runId, summary, status, reviews };
  } catch (error) {
    // A run that stops on an error says so, rather than staying `running` until the next run calls it interrupted.
    try {
      flush();
      store.finishRun('failed', options.now().toISOString(), { read: summary.read, new: summary.new, duplicate: summary.duplicate, skipped: summary.skippedTotal, problems: summary.problemCount }, { ...summary.toJSON(), error: (error as Error).message });
    } catch {
      // The database itself failed: the next run marks this one interrupted.
    }
    throw error;
  } finally {
    await pool?.close();
    store.close();
  }
}

/** Opens the store; while another run holds the database, waits up to `waitForDbMs`, then refuses. */
async function openStore(options: PipelineOptions): Promise<ArticleStore> {
  const deadline = performance.now() + (options.waitForDbMs ?? 0);
  for (;;) {
    try {
      return ArticleStore.open(options.dbPath, { startedAt: options.now().toISOString(), programVersion: options.programVersion, inputs: options.paths });
    } catch (error) {
      if (!(error instanceof DatabaseInUseError) || performance.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function startPool(options: PipelineOptions, articleTimeoutMs: number): Promise<ExtractPool> {
  const pool = await ExtractPool.start(options.workers ?? 1, { articleTimeoutMs, dataDir: options.dataDir, ...(options.configModule ? { configModule: options.configModule } : {}) });
  if (pool.extractorVersion !== options.extractorVersion) {
    await pool.close();
    throw new Error(`The workers' extractor version (${pool.extractorVersion}) differs from the main thread's (${options.extractorVersion})`);
  }
  return pool;
}

function addTimings(summary: RunSummary, timings: ArticleTimings): void {
  for (const [stage, ms] of Object.entries(timings.stageMs)) summary.addTime(stage, ms);
  for (const [id, ms] of Object.entries(timings.extractorMs)) summary.extractorMs[id] = (summary.extractorMs[id] ?? 0) + ms;
}

/** An article whose processing threw (outside any one extractor), timed out, or whose worker died: stored as an error, the run goes on. */
function failArticle(doc: ArticleDoc, error: string, ruleId = 'pipeline/article-failed'): ArticleDoc {
  const source = doc.meta.sources[0];
  const reason = `Processing failed: ${error}`;
  return {
    ...doc,
    status: 'error',
    reason,
    messages: [...doc.messages, { reason, ruleId, source: 'pipeline', file: source?.file ?? null, line: source?.line ?? null, place: null, fatal: true }],
  };
}

import PQueue from 'p-queue';
import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { SourceRef } from '../schemas/article-input.ts';
import type { AnyExtractor } from '../extractors/types.ts';
import { ArticleStore, type WriteItem } from './db/article-store.ts';
import { readInputs } from './ingest/read-inputs.ts';
import { ingest } from './stages/ingest.ts';
import { clean } from './stages/clean.ts';
import { detectLanguage, type LanguageConfig } from './stages/detect-language.ts';
import { extract, checkExtractorOrder } from './stages/extract.ts';
import { RunSummary } from './run-summary.ts';
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
  /** Articles in flight at most (memory stays flat whatever the dump's size). */
  maxInFlight?: number;
  /** Articles per write transaction. */
  batchSize?: number;
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

/** Stages 2–4 for one article; stage 5 (store) happens in batches on the writer. */
export function processArticle(doc: ArticleDoc, options: Pick<PipelineOptions, 'extractors' | 'languages'>, summary?: RunSummary): ArticleDoc {
  const timings = new Map<string, number>();
  let t = performance.now();
  const lap = (stage: string): void => {
    const next = performance.now();
    summary?.addTime(stage, next - t);
    t = next;
  };
  let current = clean(doc);
  lap('clean');
  current = detectLanguage(current, options.languages);
  lap('detectLanguage');
  current = extract(current, options.extractors, timings);
  lap('extract');
  if (summary) for (const [id, ms] of timings) summary.extractorMs[id] = (summary.extractorMs[id] ?? 0) + ms;
  return current;
}

/**
 * Runs ingest → clean → detect language → extract → store over every input.
 * Articles already stored with the same extractor version are recognised by
 * their content hash before any work and only gain a source.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  checkExtractorOrder(options.extractors);
  const started = performance.now();
  const store = ArticleStore.open(options.dbPath, {
    startedAt: options.now().toISOString(),
    programVersion: options.programVersion,
    inputs: options.paths,
  });
  const summary = new RunSummary();
  const maxInFlight = options.maxInFlight ?? 64;
  const queue = new PQueue({ concurrency: 1 });
  const pending: WriteItem[] = [];
  const batchSize = options.batchSize ?? 100;
  // Sources of an article that turns up again while its first copy is still being processed.
  const inFlight = new Map<string, SourceRef[]>();
  const seen = new Set<string>();
  let status: 'completed' | 'failed' = 'completed';
  let taskError: unknown;

  const flush = (): void => {
    const t = performance.now();
    store.writeBatch(pending.splice(0));
    summary.addTime('store', performance.now() - t);
  };
  try {
    for await (const item of readInputs(options.paths, options.cwd, { onTotal: (n) => options.onTotalBytes?.(n), onBytes: (n) => options.onBytes?.(n) })) {
      if (item.kind === 'problem') {
        summary.addProblem(item.message);
        pending.push({ kind: 'message', message: item.message, articleId: null });
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
      const storedVersion = seen.has(doc.id) ? undefined : store.findStoredVersion(doc.id);
      if (seen.has(doc.id) || (storedVersion === options.extractorVersion && !options.reextract)) {
        summary.duplicate++;
        const waiting = inFlight.get(doc.id);
        if (waiting) waiting.push(item.input.ref);
        else pending.push({ kind: 'source', articleId: doc.id, ref: item.input.ref });
        options.onArticle?.(summary);
        continue;
      }
      seen.add(doc.id);
      inFlight.set(doc.id, []);
      await queue.onSizeLessThan(maxInFlight);
      queue.add(() => {
        const processed = processArticle(doc, options, summary);
        const extra = inFlight.get(doc.id) ?? [];
        inFlight.delete(doc.id);
        const final = extra.length ? { ...processed, meta: { ...processed.meta, sources: [...processed.meta.sources, ...extra] } } : processed;
        summary.countArticle(final, storedVersion !== undefined);
        pending.push({ kind: 'doc', doc: final, extractorVersion: options.extractorVersion });
        if (pending.length >= batchSize) flush();
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
  } finally {
    store.close();
  }
}

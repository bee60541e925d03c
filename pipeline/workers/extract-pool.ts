import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { ArticleOutcome, ReadyMessage, ResultMessage, WorkerData } from './worker-messages.ts';
import { describeTimeout, TIMEOUT_RULE } from './article-budget.ts';

/** The module every worker builds its stages from, unless told otherwise. */
export const DEFAULT_CONFIG_MODULE = new URL('../pipeline-config.ts', import.meta.url).href;
// Workers load TypeScript through tsx's loader, whatever started the main thread (tsx, vitest):
// a two-line ES module registers it, then imports the worker proper (`--import` in a worker's
// execArgv does not reach its entry module on Node 20). require.resolve finds tsx's CommonJS
// build of the API; the ES module build sits beside it.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/u, '.mjs')).href;
const WORKER_ENTRY = new URL('./extract-worker.ts', import.meta.url).href;
const BOOT = new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(WORKER_ENTRY)});`)}`);

interface Job {
  id: number;
  doc: ArticleDoc;
  resolve: (outcome: ArticleOutcome) => void;
}
interface Slot {
  worker: Worker;
  job?: Job | undefined;
  timer?: NodeJS.Timeout | undefined;
  bury: (reason: string) => void;
}

export interface PoolOptions {
  /** The module every worker builds its stages from. */
  configModule?: string;
  /** An article still running after this many milliseconds fails, and its worker is replaced; 0: no limit. */
  articleTimeoutMs?: number;
  /** The data folder every worker loads its lexicons from (`pnpm pipeline --data-dir`); default the project's data/. */
  dataDir?: string | undefined;
}

/**
 * A fixed pool of extraction worker threads. `run` never rejects for a bad
 * article: an exception inside a stage, or a worker that dies, comes back as
 * `{ ok: false, error }` for that article alone, and a dead worker is replaced.
 * So does an article that outlives its time budget: its worker is ended, since
 * nothing else can stop a synchronous extractor.
 */
export class ExtractPool {
  readonly extractorVersion: string;
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly configModule: string,
    private readonly dataDir: string | undefined,
    private readonly timeoutMs: number,
    extractorVersion: string,
  ) {
    this.extractorVersion = extractorVersion;
  }

  /** Starts `size` workers and waits until each has loaded its configuration (and, with a time budget, warmed up). */
  static async start(size: number, options: PoolOptions = {}): Promise<ExtractPool> {
    const configModule = options.configModule ?? DEFAULT_CONFIG_MODULE;
    const timeoutMs = options.articleTimeoutMs ?? 0;
    const dataDir = options.dataDir;
    const started = await Promise.allSettled(Array.from({ length: size }, () => spawnWorker(configModule, dataDir, timeoutMs > 0)));
    const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed || workers.length === 0) {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      throw new Error(`Extraction workers failed to start: ${(failed?.reason as Error | undefined)?.message ?? 'no workers'}`);
    }
    const pool = new ExtractPool(configModule, dataDir, timeoutMs, workers[0]?.extractorVersion ?? '');
    for (const { worker } of workers) pool.adopt(worker);
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Processes one article on the next free worker. */
  run(doc: ArticleDoc): Promise<ArticleOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, doc, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private adopt(worker: Worker): void {
    let dead = false;
    const slot: Slot = {
      worker,
      bury: (reason) => {
        if (dead) return;
        dead = true;
        clearTimeout(slot.timer);
        const at = this.slots.indexOf(slot);
        if (at >= 0) this.slots.splice(at, 1);
        slot.job?.resolve({ ok: false, error: `extraction worker died: ${reason}` });
        slot.job = undefined;
        void worker.terminate();
        if (!this.closed) void this.replace();
      },
    };
    this.slots.push(slot);
    worker.on('message', (message: ResultMessage) => {
      const job = slot.job;
      if (!job || message.job !== job.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      job.resolve(message);
      this.dispatch();
    });
    worker.on('error', (error) => slot.bury(error.message));
    worker.on('exit', (code) => slot.bury(`exit code ${code}`));
  }

  /** The article on `slot` ran out of time: it fails alone, and its worker is ended and replaced. */
  private expire(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    slot.job = undefined;
    job.resolve({ ok: false, error: describeTimeout(this.timeoutMs), ruleId: TIMEOUT_RULE });
    slot.bury('article timed out');
  }

  private async replace(): Promise<void> {
    try {
      const { worker } = await spawnWorker(this.configModule, this.dataDir, this.timeoutMs > 0);
      if (this.closed) {
        await worker.terminate();
        return;
      }
      this.adopt(worker);
      this.dispatch();
    } catch (error) {
      // No worker can start any more: fail what waits rather than hang.
      if (this.slots.length === 0) {
        for (const job of this.waiting.splice(0)) job.resolve({ ok: false, error: `no extraction worker: ${(error as Error).message}` });
      }
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.waiting.shift();
      if (!job) return;
      slot.job = job;
      if (this.timeoutMs > 0) slot.timer = setTimeout(() => this.expire(slot), this.timeoutMs);
      slot.worker.postMessage({ job: job.id, doc: job.doc });
    }
  }
}

// A worker's heap is capped: V8 would otherwise let each isolate's old generation grow
// well past what it holds (two workers then passed 500 MB together); a worker needs
// about 100 MB (both compromise builds, lexicons), and an article that blows the cap
// kills its worker only, and is recorded as failed.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192 };

function spawnWorker(configModule: string, dataDir: string | undefined, warmUp: boolean): Promise<{ worker: Worker; extractorVersion: string }> {
  const worker = new Worker(BOOT, { workerData: { configModule, dataDir, warmUp } satisfies WorkerData, resourceLimits: WORKER_LIMITS });
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    const onExit = (code: number): void => reject(new Error(`worker exited with code ${code} while starting`));
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.once('message', (message: ReadyMessage) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ worker, extractorVersion: message.extractorVersion });
    });
  });
}

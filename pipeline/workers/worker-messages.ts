import type { ArticleDoc } from '../../schemas/article-doc.ts';

/** What the main thread sends a worker: one article to clean, detect and extract. */
export interface JobMessage {
  job: number;
  doc: ArticleDoc;
}

/** Where the time of one article went, by stage and by extractor (milliseconds). */
export interface ArticleTimings {
  stageMs: Record<string, number>;
  extractorMs: Record<string, number>;
}

/** What became of one article: processed, or the error that stopped it (with its rule id when it is not `pipeline/article-failed`). */
export type ArticleOutcome = ({ ok: true; doc: ArticleDoc } & ArticleTimings) | { ok: false; error: string; ruleId?: string };

/** What a worker answers for one job. */
export type ResultMessage = ArticleOutcome & { job: number };

/** Sent once, when the worker has loaded its configuration and is ready for jobs. */
export interface ReadyMessage {
  ready: true;
  extractorVersion: string;
}

/** The worker's start-up data: the module whose `createPipelineConfig` builds its stages, and the data folder it loads. */
export interface WorkerData {
  configModule: string;
  dataDir: string | undefined;
  /** Run one article per configured language before answering ready, so no article's budget pays for loading. */
  warmUp: boolean;
}

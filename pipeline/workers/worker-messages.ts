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

/** What a worker answers: the processed article, or the error that stopped it. */
export type ResultMessage =
  | ({ job: number; ok: true; doc: ArticleDoc } & ArticleTimings)
  | { job: number; ok: false; error: string };

/** Sent once, when the worker has loaded its configuration and is ready for jobs. */
export interface ReadyMessage {
  ready: true;
  extractorVersion: string;
}

/** The worker's start-up data: the module whose `createPipelineConfig` builds its stages. */
export interface WorkerData {
  configModule: string;
}

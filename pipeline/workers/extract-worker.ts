import { parentPort, workerData } from 'node:worker_threads';
import { tryProcessArticle } from '../process-article.ts';
import type { PipelineConfig, PipelineConfigOptions } from '../pipeline-config.ts';
import { warmUp } from './warm-up.ts';
import type { JobMessage, ReadyMessage, ResultMessage, WorkerData } from './worker-messages.ts';

/**
 * A worker thread of the extraction pool: loads the configuration (lexicons,
 * gazetteers, compromise builds) once, then processes articles one at a time.
 * An article that throws is answered with its error; the worker lives on.
 */
async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('extract-worker.ts runs only as a worker thread');
  const { configModule, dataDir, warmUp: warm } = workerData as WorkerData;
  const module = (await import(configModule)) as { createPipelineConfig: (options: PipelineConfigOptions) => PipelineConfig };
  const config = module.createPipelineConfig({ dataDir });
  if (warm) warmUp(config);
  port.on('message', ({ job, doc }: JobMessage) => {
    const reply: ResultMessage = { job, ...tryProcessArticle(doc, config) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true, extractorVersion: config.extractorVersion } satisfies ReadyMessage);
}

await serve();

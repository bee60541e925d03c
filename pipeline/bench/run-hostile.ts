import { ingest } from '../stages/ingest.ts';
import { ExtractPool } from '../workers/extract-pool.ts';
import type { HostileText } from './hostile-texts.ts';

/** How one hostile text fared: its time, per extractor when it finished, or the budget it ran out of. */
export interface HostileResult {
  name: string;
  chars: number;
  ms: number;
  finished: boolean;
  extractorMs: Record<string, number>;
  /** Time over the real articles' time (the first text). */
  ratio: number;
}

const CONFIG_MODULE = new URL('./hostile-config.ts', import.meta.url).href;

/**
 * Runs each text through clean → detect → extract on one worker thread (warmed
 * up, so loading is not counted), one at a time, with `budgetMs` per text: a text
 * that takes longer is stopped there, as the pipeline's --article-timeout does.
 */
export async function runHostile(texts: readonly HostileText[], budgetMs: number): Promise<HostileResult[]> {
  const pool = await ExtractPool.start(1, { configModule: CONFIG_MODULE, articleTimeoutMs: budgetMs });
  const results: HostileResult[] = [];
  try {
    for (const { name, text } of texts) {
      const doc = ingest({ ref: { file: 'hostile', line: null, source: name }, text, url: null, title: null, published: '2021-01-11', publishedFrom: 'record', declaredLanguage: 'de', outlet: null });
      const started = performance.now();
      const outcome = await pool.run(doc);
      // The worker's own time when it finished: the wall time also holds the start of a
      // worker that replaces one the previous text timed out.
      const ms = outcome.ok ? Object.values(outcome.stageMs).reduce((a, b) => a + b, 0) : performance.now() - started;
      results.push({ name, chars: text.length, ms, finished: outcome.ok, extractorMs: outcome.ok ? outcome.extractorMs : {}, ratio: 0 });
    }
  } finally {
    await pool.close();
  }
  const base = results[0]?.ms ?? 0;
  return results.map((r) => ({ ...r, ratio: base > 0 ? r.ms / base : 0 }));
}

import { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { runPipeline } from '../run-pipeline.ts';
import { formatSummary } from '../run-summary.ts';
import { createPipelineConfig } from '../pipeline-config.ts';
import { PROGRAM_VERSION } from '../version.ts';
import { createProgress } from './progress.ts';
import { DEFAULT_DB, DEFAULT_PATCHES, EXIT, parseCommandLine, parseWholeNumber } from './defaults.ts';
import { formatOutcomes } from '../review/format-outcomes.ts';
import { DEFAULT_ARTICLE_TIMEOUT_MS } from '../workers/article-budget.ts';
import { DEFAULT_INPUT_LIMITS } from '../ingest/input-limits.ts';
import { DatabaseInUseError } from '../db/live-runs.ts';

const program = new Command()
  .name('pnpm pipeline')
  .description('Read article dumps (.txt, .jsonl, .json, and .gz of each) into the claims database.')
  .argument('[paths...]', 'files or folders to read', ['seeds'])
  .option('--db <file>', 'SQLite database to write', DEFAULT_DB)
  .option('--strict', 'fail the run (exit 1) on the first bad file or record', false)
  .option('--reextract', 'extract again even articles stored with the current extractor version', false)
  .option('--quiet', 'print nothing but errors', false)
  .option('--json', 'print the run summary as JSON on stdout', false)
  .option('--patches <dir>', 'reviewer patches to apply after extraction', DEFAULT_PATCHES)
  .option('--workers <n>', 'extraction worker threads (0: extract on the main thread)', parseWholeNumber(0), availableParallelism())
  .option('--batch-size <n>', 'articles per write transaction', parseWholeNumber(1), 100)
  .option('--data-dir <dir>', "read lexicons and gazetteers from this folder instead of the project's data/ (a changed copy to try)")
  .option('--article-timeout <ms>', 'fail an article that takes longer than this in clean, language detection and extraction (0: no limit)', parseWholeNumber(0), DEFAULT_ARTICLE_TIMEOUT_MS)
  .option('--wait <seconds>', 'when another run is writing to the database, wait this long for it to finish (default: refuse at once)', parseWholeNumber(0), 0)
  .option('--max-file-bytes <n>', 'decompressed bytes read from one file; the rest becomes a message', parseWholeNumber(1), DEFAULT_INPUT_LIMITS.maxFileBytes)
  .option('--max-record-bytes <n>', 'bytes of one record held whole (a JSON Lines line, a .txt or .json file); a longer one becomes a message', parseWholeNumber(1), DEFAULT_INPUT_LIMITS.maxRecordBytes)
  .option('--max-messages-per-rule <n>', 'messages of one rule stored per file; the rest are counted in one message', parseWholeNumber(1), DEFAULT_INPUT_LIMITS.maxMessagesPerRule)
  .version(PROGRAM_VERSION)
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

async function main(): Promise<number> {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  const options = program.opts<{ db: string; strict: boolean; reextract: boolean; quiet: boolean; json: boolean; batchSize: number; workers: number; patches: string; dataDir?: string;
    articleTimeout: number; wait: number; maxFileBytes: number; maxRecordBytes: number; maxMessagesPerRule: number }>();
  const paths = program.processedArgs[0] as string[];
  const cwd = process.cwd();
  const dbPath = options.db === ':memory:' ? options.db : resolve(cwd, options.db);
  const progress = createProgress(!options.quiet && !options.json);
  try {
    // Every lexicon is loaded and validated here, before the database is opened: a broken one ends the run now.
    const config = createPipelineConfig({ dataDir: options.dataDir === undefined ? undefined : resolve(cwd, options.dataDir) });
    if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
    const result = await runPipeline({
      paths,
      dbPath,
      cwd,
      ...config,
      now: () => new Date(),
      strict: options.strict,
      reextract: options.reextract,
      batchSize: options.batchSize,
      workers: options.workers,
      articleTimeoutMs: options.articleTimeout,
      waitForDbMs: options.wait * 1000,
      inputLimits: { maxFileBytes: options.maxFileBytes, maxRecordBytes: options.maxRecordBytes, maxMessagesPerRule: options.maxMessagesPerRule },
      patchesDir: resolve(cwd, options.patches),
      onTotalBytes: (n) => progress.start(n),
      onBytes: (n) => progress.addBytes(n),
      onArticle: (summary) => progress.setArticles(summary.read),
    });
    progress.stop();
    if (options.json) process.stdout.write(`${JSON.stringify({ runId: result.runId, status: result.status, db: options.db, ...result.summary.toJSON(), reviews: result.reviews }, null, 2)}\n`);
    else if (!options.quiet) process.stderr.write(`${formatSummary(result.summary, options.db, result.runId)}\n`);
    // Stale and rejected patches are reported even with --quiet: a reviewer must see them.
    const review = formatOutcomes(result.reviews, options.quiet || options.json);
    if (review) process.stderr.write(review);
    if (result.status === 'failed') {
      process.stderr.write('pipeline: --strict and a bad file or record: run failed (see the problems above)\n');
      return EXIT.failed;
    }
    const missing = result.summary.problemsByRule['ingest/missing-path'] ?? 0;
    if (missing > 0) {
      // The other inputs were read and stored; the exit code still says that one was not there.
      process.stderr.write(`pipeline: ${missing} input path${missing === 1 ? '' : 's'} not found (see ingest/missing-path above)\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  } catch (error) {
    progress.stop();
    const hint = error instanceof DatabaseInUseError ? `; one pipeline writes to a database at a time: let it finish${options.wait ? ` (waited ${options.wait} s)` : ', or pass --wait SECONDS'}` : '';
    process.stderr.write(`pipeline: ${(error as Error).message}${hint}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main();

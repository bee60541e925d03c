import { Command, Option } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCommandLine, parseWholeNumber } from './defaults.ts';
import type { BenchLang } from '../bench/corpus-types.ts';
import type { BenchResult } from '../bench/bench-result.ts';
import { loadBenchConfigs } from '../bench/load-corpora.ts';
import { makeBenchDir, repeatArticles, writeBenchInput } from '../bench/write-bench-input.ts';
import { spawnSingle } from '../bench/spawn-single.ts';
import { runSingle } from '../bench/run-single.ts';
import { formatBench, formatHostileTable } from '../bench/format-bench.ts';
import { makeHostileTexts } from '../bench/hostile-texts.ts';
import { runHostile, type HostileResult } from '../bench/run-hostile.ts';
import { EXTERNAL_DIR } from '../eval/external/locate-external.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

interface BenchOptions {
  lang: BenchLang;
  limit: number;
  repeat: number;
  workers: number;
  json: boolean;
  hostile: boolean;
  hostileChars: number;
  hostileBudget: number;
  single: boolean;
  corpus?: string;
  langs?: string;
  input?: string;
  db?: string;
}

const program = new Command()
  .name('pnpm bench')
  .description('Run the whole pipeline on real German and French news corpora and report speed and memory.')
  .addOption(new Option('--lang <lang>', 'corpora to measure').choices(['de', 'fr', 'all']).default('all'))
  .option('--limit <n>', 'articles per language', parseWholeNumber(1), 500)
  .option('--repeat <n>', 'distinct copies of each article (a marker sentence defeats dedup)', parseWholeNumber(1), 1)
  .option('--workers <n>', 'extraction worker threads (0: the main thread only)', parseWholeNumber(0), availableParallelism())
  .option('--json', 'print the results as JSON on stdout', false)
  .option('--no-hostile', 'leave out the hostile-text table')
  .option('--hostile-chars <n>', 'size of each hostile text', parseWholeNumber(1), 100_000)
  .option('--hostile-budget <ms>', 'time budget of each hostile text', parseWholeNumber(1), 20_000)
  // Internal: one configuration, in a child process of its own.
  .addOption(new Option('--single').hideHelp().default(false))
  .addOption(new Option('--corpus <name>').hideHelp())
  .addOption(new Option('--langs <list>').hideHelp())
  .addOption(new Option('--input <file>').hideHelp())
  .addOption(new Option('--db <file>').hideHelp())
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

/** Measures every configuration, each in its own child, on temporary dumps removed afterwards. */
async function runBench(options: BenchOptions): Promise<number> {
  if (!existsSync(EXTERNAL_DIR)) {
    process.stderr.write(`bench: skipped: ${EXTERNAL_DIR} is absent (the corpora live in ../shared/data/external beside the project)\n`);
    return EXIT.ok;
  }
  const { configs, missing } = await loadBenchConfigs(EXTERNAL_DIR, options.lang, options.limit);
  for (const dir of missing) process.stderr.write(`bench: skipped corpus: ${dir} is absent\n`);
  if (configs.length === 0) {
    process.stderr.write('bench: skipped: no corpus to measure\n');
    return EXIT.ok;
  }
  const dir = makeBenchDir();
  const cleanUp = (): void => rmSync(dir, { recursive: true, force: true });
  const onSignal = (): void => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  const results: BenchResult[] = [];
  try {
    for (const [i, config] of configs.entries()) {
      const articles = repeatArticles(config.articles, options.repeat);
      const input = join(dir, `input-${i}.jsonl`);
      await writeBenchInput(input, articles);
      const langs = [...new Set(articles.map((a) => a.language))];
      if (!options.json) process.stderr.write(`bench: ${config.corpus}: ${articles.length} articles…\n`);
      results.push(await spawnSingle(config.corpus, langs, input, join(dir, `db-${i}.sqlite`), options.workers));
    }
  } finally {
    process.off('SIGINT', onSignal);
    cleanUp();
  }
  let hostile: HostileResult[] = [];
  if (options.hostile) {
    if (!options.json) process.stderr.write(`bench: hostile texts of ${options.hostileChars} characters…\n`);
    hostile = await runHostile(makeHostileTexts(options.hostileChars, SEEDS_DIR), options.hostileBudget);
  }
  const meta = { node: process.version, cores: availableParallelism(), limit: options.limit, repeat: options.repeat, workers: options.workers, lang: options.lang };
  const table = options.hostile ? `${formatBench(results)}\n\n${formatHostileTable(hostile, options.hostileBudget)}` : formatBench(results);
  process.stdout.write(options.json ? `${JSON.stringify({ ...meta, results, ...(options.hostile ? { hostile } : {}) }, null, 2)}\n` : `${table}\n`);
  return EXIT.ok;
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  const options = program.opts<BenchOptions>();
  try {
    if (!options.single) return await runBench(options);
    if (!options.input || !options.db || !options.corpus) throw new Error('--single needs --corpus, --input and --db');
    const result = await runSingle(options.corpus, options.input, options.db, (options.langs ?? 'de,fr').split(','), options.workers);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main();

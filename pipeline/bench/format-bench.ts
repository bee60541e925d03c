import type { BenchResult } from './bench-result.ts';
import type { HostileResult } from './run-hostile.ts';

function formatRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [formatRow(header), formatRow(align), ...rows.map(formatRow)].join('\n');
}

const fixed = (n: number, digits = 1): string => n.toFixed(digits);
const seconds = (ms: number | null, digits = 2): string => (ms === null ? '–' : (ms / 1000).toFixed(digits));
// The pipeline is orders of magnitude below the ceiling: `1/1400` reads better than 7.1e-4.
const formatRatio = (ratio: number): string => (ratio > 0 ? `1/${Math.round(1 / ratio)}` : '–');
const percent = (share: number): string => `${(share * 100).toFixed(0)} %`;

/** The throughput table: one row per measured configuration. */
export function formatSummaryTable(results: readonly BenchResult[]): string {
  const header = ['corpus', 'workers', 'articles', 'text MB', 'time s', 'articles/s', 'MB/s', 'main thread only MB/s', 'ceiling MB/s', 'pipeline/ceiling', 'peak RSS MB', 'startup s', 'DB MB', 'rerun s', 'to compromise'];
  const rows = results.map((r) => [
    r.corpus,
    String(r.workers),
    String(r.articles),
    fixed(r.textBytes / 1e6, 2),
    seconds(r.elapsedMs),
    fixed(r.articlesPerSecond),
    fixed(r.mbPerSecond, 3),
    fixed(r.mainThreadOnly.mbPerSecond, 3),
    fixed(r.ceiling.mbPerSecond, 0),
    formatRatio(r.ratio),
    fixed(r.peakRssMb, 0),
    seconds(r.startupMs),
    fixed(r.dbBytes / 1e6, 1),
    seconds(r.rerun.elapsedMs, 3),
    percent(r.compromise.share),
  ]);
  return formatTable(header, rows);
}

/** Time per stage and per extractor (ms), one column per configuration. */
export function formatTimeTable(results: readonly BenchResult[]): string {
  const keys = (pick: (r: BenchResult) => Record<string, number>): string[] => [...new Set(results.flatMap((r) => Object.keys(pick(r))))];
  const rows = [
    ...keys((r) => r.stageMs).map((k) => [`stage ${k}`, ...results.map((r) => String(Math.round(r.stageMs[k] ?? 0)))]),
    ...keys((r) => r.extractorMs).map((k) => [`extractor ${k}`, ...results.map((r) => String(Math.round(r.extractorMs[k] ?? 0)))]),
    ['compromise tagging (inside extractors)', ...results.map((r) => String(Math.round(r.compromise.ms)))],
  ];
  return formatTable(['ms', ...results.map((r) => r.corpus)], rows);
}

/** Both tables and the notes a reader needs to read them right. */
export function formatBench(results: readonly BenchResult[]): string {
  return [
    formatSummaryTable(results),
    '',
    formatTimeTable(results),
    '',
    'MB = 10^6 bytes of UTF-8 article text; peak RSS = maxRSS of the child process that ran that row (MiB).',
    'ceiling = one single-threaded regex word split (/[\\p{L}\\p{N}]+/gu) over the same texts, best of 3.',
    'time per stage and extractor is summed over the worker threads; main thread only = the same input with no workers.',
    'startup = process start to the first article processed (tsx, imports, starting the workers, compromise load, first article).',
    'rerun = the same input into the same database again (articles recognised by content hash).',
    'to compromise = distinct sentences tagged by compromise / distinct sentences (splitSentences).',
  ].join('\n');
}

/** One row per hostile text: its time beside the real articles' of the same size, per extractor when it finished. */
export function formatHostileTable(results: readonly HostileResult[], budgetMs: number): string {
  const extractors = ['entities', 'dates', 'quotes', 'actions'];
  const rows = results.map((r) => [
    r.name,
    String(r.chars),
    r.finished ? seconds(r.ms) : `> ${seconds(budgetMs, 0)}`,
    r.finished ? `${fixed(r.ratio)}×` : `> ${fixed(budgetMs / (results[0]?.ms ?? budgetMs))}×`,
    ...extractors.map((id) => (r.finished ? String(Math.round(r.extractorMs[id] ?? 0)) : '–')),
    r.finished ? 'done' : 'timed out',
  ]);
  return [
    formatTable(['hostile text', 'chars', 'time s', '× real', ...extractors.map((id) => `${id} ms`), 'outcome'], rows),
    '',
    `hostile texts: clean, detect and extract on one warmed-up worker; each stopped after ${seconds(budgetMs, 0)} s (--hostile-budget) as --article-timeout would; × real = over the real articles of the same size (first row).`,
  ].join('\n');
}

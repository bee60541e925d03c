import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { runPipeline, type PipelineResult } from '../run-pipeline.ts';
import { createPipelineConfig } from '../pipeline-config.ts';
import { splitSentences } from '../../extractors/text/sentences.ts';
import { installCompromiseProbe } from './probe-compromise.ts';
import { COMPROMISE_BUILDS } from '../../extractors/nlp/compromise.ts';
import { measureCeiling } from './measure-ceiling.ts';
import type { BenchResult } from './bench-result.ts';


function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function readDump(path: string): Promise<Array<{ text: string; language: string }>> {
  const out: Array<{ text: string; language: string }> = [];
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) out.push(JSON.parse(line) as { text: string; language: string });
  }
  return out;
}

function runOnce(input: string, dbPath: string, workers: number, onArticle?: () => void): Promise<PipelineResult> {
  return runPipeline({
    paths: [input],
    dbPath,
    cwd: process.cwd(),
    ...createPipelineConfig(),
    now: () => new Date(),
    workers,
    ...(onArticle ? { onArticle } : {}),
  });
}

/**
 * One measured configuration, meant to run alone in a child process so its peak
 * memory is its own: the whole pipeline on `workers` threads into a fresh
 * database, the same input again (recognised by content hash), the ceiling on
 * the same texts, and last one pass on the main thread alone, into memory, whose
 * calls to compromise are counted (a probe cannot see into worker threads).
 */
export async function runSingle(corpus: string, input: string, dbPath: string, langs: readonly string[], workers: number): Promise<BenchResult> {
  let startupMs: number | null = null;
  const first = await runOnce(input, dbPath, workers, () => {
    startupMs ??= performance.now(); // performance.now() counts from performance.timeOrigin, the process start
  });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const dbBytes = sizeOf(dbPath) + sizeOf(`${dbPath}-wal`);
  const second = await runOnce(input, dbPath, workers);
  const records = await readDump(input);
  const texts = records.map((r) => r.text);
  const ceiling = measureCeiling(texts);
  const probe = installCompromiseProbe(langs.flatMap((l) => COMPROMISE_BUILDS[l] ?? []));
  const alone = await runOnce(input, ':memory:', 0);
  if (alone.summary.errors !== first.summary.errors) {
    throw new Error(`the main-thread pass failed on ${alone.summary.errors} articles, the measured run on ${first.summary.errors}: ${alone.summary.problems[0]?.reason ?? ''}`);
  }
  // Distinct texts on both sides: copies made by --repeat share their sentences.
  const sentences = new Set(records.flatMap((r) => splitSentences(r.text.normalize('NFC'), r.language).map((x) => x.text))).size;
  const s = first.summary;
  const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const seconds = s.elapsedMs / 1000;
  const mbPerSecond = textBytes / 1e6 / seconds;
  return {
    corpus,
    workers,
    articles: s.read,
    textBytes,
    elapsedMs: s.elapsedMs,
    articlesPerSecond: s.read / seconds,
    mbPerSecond,
    peakRssMb,
    startupMs,
    stageMs: { ...s.stageMs },
    extractorMs: { ...s.extractorMs },
    counts: { read: s.read, new: s.new, duplicate: s.duplicate, errors: s.errors, skipped: s.skippedTotal, problems: s.problemCount },
    dbBytes,
    rerun: { elapsedMs: second.summary.elapsedMs, duplicate: second.summary.duplicate, new: second.summary.new },
    ceiling,
    ratio: mbPerSecond / ceiling.mbPerSecond,
    mainThreadOnly: { elapsedMs: alone.summary.elapsedMs, mbPerSecond: textBytes / 1e6 / (alone.summary.elapsedMs / 1000) },
    compromise: { sentences, tagged: probe.distinct.size, calls: probe.calls, share: sentences ? probe.distinct.size / sentences : 0, ms: probe.ms },
  };
}

import type { ArticleDoc } from '../schemas/article-doc.ts';
import type { Message } from '../schemas/message.ts';

const MAX_LISTED_PROBLEMS = 50;

/** What a run did, counted as it goes; printed at the end and stored in `runs.summary`. */
export class RunSummary {
  read = 0;
  new = 0;
  reextracted = 0;
  /** Why stored articles were extracted again (`actions: de data changed`), with how many each. */
  reextractReasons: Record<string, number> = {};
  duplicate = 0;
  skipped: Record<string, number> = {};
  errors = 0;
  perLanguage: Record<string, number> = {};
  problemsByRule: Record<string, number> = {};
  problems: Message[] = [];
  problemCount = 0;
  stageMs: Record<string, number> = {};
  extractorMs: Record<string, number> = {};
  elapsedMs = 0;
  /** Worker threads that extracted (0: the main thread). */
  workers = 0;
  /** From process start to the first article extracted: imports, workers, language resources. */
  startupMs: number | null = null;

  /** Counts a problem; `count` > 1 when one message sums up the repeats of a rule in a file. */
  addProblem(message: Message, count = 1): void {
    this.problemCount += count;
    this.problemsByRule[message.ruleId] = (this.problemsByRule[message.ruleId] ?? 0) + count;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(message);
  }

  addReextractReasons(reasons: readonly string[]): void {
    for (const reason of reasons) this.reextractReasons[reason] = (this.reextractReasons[reason] ?? 0) + 1;
  }

  addTime(stage: string, ms: number): void {
    this.stageMs[stage] = (this.stageMs[stage] ?? 0) + ms;
  }

  /** Counts a processed article by outcome and language. */
  countArticle(doc: ArticleDoc, wasStored: boolean): void {
    if (wasStored) this.reextracted++;
    else this.new++;
    const lang = doc.meta.language?.code ?? 'und';
    this.perLanguage[lang] = (this.perLanguage[lang] ?? 0) + 1;
    if (doc.status === 'skipped') this.skipped[doc.reason ?? 'unknown'] = (this.skipped[doc.reason ?? 'unknown'] ?? 0) + 1;
    if (doc.status === 'error') this.errors++;
    for (const message of doc.messages) this.addProblem(message);
  }

  get skippedTotal(): number {
    return Object.values(this.skipped).reduce((a, b) => a + b, 0);
  }

  toJSON(): Record<string, unknown> {
    const round = (values: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v)]));
    return {
      read: this.read,
      new: this.new,
      reextracted: this.reextracted,
      reextractReasons: this.reextractReasons,
      duplicate: this.duplicate,
      skipped: this.skipped,
      errors: this.errors,
      perLanguage: this.perLanguage,
      problems: this.problemCount,
      problemsByRule: this.problemsByRule,
      problemList: this.problems,
      stageMs: round(this.stageMs),
      extractorMs: round(this.extractorMs),
      elapsedMs: Math.round(this.elapsedMs),
      workers: this.workers,
      startupMs: this.startupMs === null ? null : Math.round(this.startupMs),
    };
  }
}

function formatCounts(values: Record<string, number>, unit = ''): string {
  const entries = Object.entries(values);
  return entries.length ? entries.map(([k, v]) => `${k} ${Math.round(v)}${unit}`).join(', ') : 'none';
}

/** The human summary printed at the end of every run (stderr, unless --json). */
export function formatSummary(summary: RunSummary, dbPath: string, runId: number): string {
  const lines = [
    `pipeline run ${runId} → ${dbPath} (${(summary.elapsedMs / 1000).toFixed(1)} s)`,
    `  read ${summary.read} articles: ${summary.new} new, ${summary.reextracted} re-extracted, ${summary.duplicate} duplicate/already stored`,
    ...(summary.reextracted ? [`  re-extracted because: ${formatCounts(summary.reextractReasons)}`] : []),
    `  languages: ${formatCounts(summary.perLanguage)}`,
    `  skipped: ${formatCounts(summary.skipped)}`,
    `  errors: ${summary.errors}`,
    `  problems: ${summary.problemCount}${summary.problemCount ? ` (${formatCounts(summary.problemsByRule)})` : ''}`,
    `  time per stage${summary.workers ? ` (summed over ${summary.workers} workers)` : ''}: ${formatCounts(summary.stageMs, ' ms')}`,
  ];
  if (Object.keys(summary.extractorMs).length) lines.push(`  time per extractor: ${formatCounts(summary.extractorMs, ' ms')}`);
  if (summary.startupMs !== null) lines.push(`  start-up: first article extracted ${(summary.startupMs / 1000).toFixed(1)} s after the process started`);
  for (const problem of summary.problems) {
    const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : '';
    lines.push(`  ! ${problem.ruleId} ${where ? `${where} ` : ''}${problem.reason.startsWith(where) ? problem.reason.slice(where.length).replace(/^:\s*/u, '') : problem.reason}`);
  }
  if (summary.problemCount > summary.problems.length) lines.push(`  … ${summary.problemCount - summary.problems.length} more problems (in the messages table, up to 100 of a rule per file or article, then one that counts the rest)`);
  return lines.join('\n');
}

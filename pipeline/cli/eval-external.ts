import { Command, Option } from 'commander';
import type { ExternalScore } from '../../schemas/external-score.ts';
import { scoreExternalNer } from '../eval/external/ner.ts';
import { scoreExternalTimex } from '../eval/external/timex.ts';
import { scoreExternalQuotes } from '../eval/external/quotes.ts';
import { EXIT, parseCommandLine, parseWholeNumber } from './defaults.ts';

const AREAS = {
  entities: (limit?: number) => scoreExternalNer(limit ? { limitSentences: limit } : {}),
  dates: (limit?: number) => scoreExternalTimex(limit ? { limitDocs: limit } : {}),
  quotes: (limit?: number) => scoreExternalQuotes(limit ? { limitDocs: limit } : {}),
} as const;

const program = new Command()
  .name('pnpm eval:external')
  .description('Score the extractors against the externally annotated corpora in ../shared/data/external (NER, TIMEX, direct speech).')
  .addOption(new Option('--area <area...>', 'which scores').choices(Object.keys(AREAS)).default(Object.keys(AREAS)))
  .option('--limit <n>', 'sentences (entities) or documents (dates, quotes) per corpus', parseWholeNumber(1))
  .option('--json', 'print the rows as JSON', false)
  .exitOverride();

function formatRows(rows: readonly ExternalScore[]): string {
  const lines = ['dataset                              lang label           P     R    F1     tp     fp     fn  extra'];
  for (const r of rows) {
    const extra = Object.entries(r.extra).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(3)}`).join(', ');
    lines.push(`${r.dataset.padEnd(36)} ${r.language.padEnd(4)} ${r.label.padEnd(14)} ${r.p.toFixed(3)} ${r.r.toFixed(3)} ${r.f1.toFixed(3)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(6)} ${String(r.fn).padStart(6)}  ${extra}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  const options = program.opts<{ area: Array<keyof typeof AREAS>; limit?: number; json: boolean }>();
  const rows: ExternalScore[] = [];
  for (const area of options.area) {
    const found = await AREAS[area](options.limit);
    if (found.length === 0) process.stderr.write(`eval:external: no ${area} data under ../shared/data/external; skipped\n`);
    rows.push(...found);
  }
  process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatRows(rows)}\n`);
  return EXIT.ok;
}

process.exitCode = await main();

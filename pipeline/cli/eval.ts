import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { formatFindings, formatReport } from '../eval/evaluate.ts';
import { loadGold, runEval } from '../eval/run-eval.ts';
import { EXIT, parseCommandLine } from './defaults.ts';

const program = new Command()
  .name('pnpm eval')
  .description('Run the pipeline on the gold articles and score entities, dates, quotes, actions and claims against the gold.')
  .option('--gold <file>', 'gold annotations (../shared/eval/GOLD-FORMAT.md)', 'test/gold/seeds.gold.json')
  .option('--input <paths...>', 'the articles the gold describes', ['seeds'])
  .option('--json', 'print the scores as JSON: { area: { de|fr|all: { p, r, f1, tp, fp, fn, …accuracies } } }', false)
  .option('--explain', 'list every false positive, false negative and wrong attribute', false)
  .exitOverride();

async function main(): Promise<number> {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  const options = program.opts<{ gold: string; input: string[]; json: boolean; explain: boolean }>();
  if (!existsSync(options.gold)) {
    process.stderr.write(`eval: no gold file at ${options.gold}\n`);
    return EXIT.usage;
  }
  try {
    const { report, findings } = await runEval(loadGold(options.gold), options.input, process.cwd());
    if (options.json) process.stdout.write(`${JSON.stringify(options.explain ? { ...report, findings } : report, null, 2)}\n`);
    else {
      process.stdout.write(`${formatReport(report)}\n`);
      if (options.explain) process.stdout.write(`\n${formatFindings(findings)}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main();

import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_DB } from '../cli/defaults.ts';
import { DEFAULT_TABLE_LIMIT, type OutputOptions } from './write-rows.ts';

/** Seconds a query may run unless `--timeout` says otherwise. */
export const DEFAULT_QUERY_TIMEOUT_S = 60;

export interface CommonOptions {
  db: string;
  limit: number;
  timeout: number;
  csv?: true;
  json?: true;
  jsonl?: true;
  width?: number;
}

const FORMATS = ['csv', 'json', 'jsonl'] as const;

/** --db and the output options, which every query command takes. */
export function addCommonOptions(command: Command): Command {
  command.option('--db <file>', 'SQLite database to read', DEFAULT_DB);
  const help = { csv: 'comma-separated values with a header line', json: 'one JSON array of row objects', jsonl: 'one JSON object per line' };
  for (const format of FORMATS) command.addOption(new Option(`--${format}`, help[format]).conflicts(FORMATS.filter((f) => f !== format)));
  command.addOption(new Option('--limit <rows>', `rows of a table (0: all); CSV and JSON print every row`).argParser(parseCount).default(DEFAULT_TABLE_LIMIT));
  command.addOption(new Option('--timeout <seconds>', 'stop a query that runs longer (0: no limit)').argParser(parseCount).default(DEFAULT_QUERY_TIMEOUT_S));
  return command.addOption(new Option('--width <columns>', 'wrap table cells to this width (default: the terminal width; whole cells when not a terminal)').argParser(parseWidth));
}

/** The table wraps only on a terminal (or with --width); files and pipes get whole cells. */
export function chooseOutput(options: CommonOptions): OutputOptions {
  const format = FORMATS.find((f) => options[f]) ?? 'table';
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined);
  return { format, width };
}

/**
 * Root options given before the command name (`pnpm query --db x claims`) count
 * for the command unless it sets its own.
 */
export function readOptions<T extends CommonOptions>(command: Command): T {
  const merged: Record<string, unknown> = { ...command.opts() };
  const root = command.parent;
  if (!root) return merged as T;
  for (const [key, value] of Object.entries(root.opts())) {
    if (root.getOptionValueSource(key) === 'cli' && command.getOptionValueSource(key) !== 'cli') merged[key] = value;
  }
  return merged as T;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number, 0 or more');
  return n;
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 20) throw new InvalidArgumentError('a whole number of columns, at least 20');
  return width;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, as the database stores dates. */
export function parseDate(value: string): string {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u.test(value)) throw new InvalidArgumentError('a date as YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

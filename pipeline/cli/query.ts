import { Command, Option } from 'commander';
import { existsSync, writeSync } from 'node:fs';
import { openSqlite, DbError, type Sqlite } from '../db/open-db.ts';
import { addCommonOptions, chooseOutput, parseDate, readOptions, type CommonOptions } from '../query/query-options.ts';
import { readClaims, readQuotes, readSources, readStats, readTimeline, type ClaimFilters } from '../query/run-reports.ts';
import { createQueryDeadline, QueryError, streamReadOnlySql, type DeadlineCheck, type QueryResult, type RowStream } from '../query/run-sql.ts';
import { writeRows } from '../query/write-rows.ts';
import { startWatchdog } from '../query/start-watchdog.ts';
import { DEFAULT_DB, EXIT, parseCommandLine } from './defaults.ts';

const ACTIONS = ['terminate_service', 'block_access', 'remove_listing', 'suspend_account', 'provide_service', 'restore_service'];

let exitCode: number = EXIT.ok;

/**
 * Writes to stdout at once (as SQLite hands over rows); false when the reader
 * has gone (`| head`), so a query that would run on stops there.
 */
function writeOut(text: string): boolean {
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a full pipe: let the reader catch up
    }
  }
  return true;
}

/**
 * Opens the database read-only, runs one report and prints it as it streams;
 * every expected failure is a message and exit 1. The time limit is checked
 * between rows; a step that returns no row for longer is ended by the watchdog.
 */
function runReport(command: Command, read: (db: Sqlite, checkDeadline: DeadlineCheck) => QueryResult | RowStream): void {
  const options = readOptions<CommonOptions>(command);
  if (!existsSync(options.db)) {
    exitCode = fail(`no database at ${options.db}; create it with \`pnpm pipeline <inputs> --db ${options.db}\``);
    return;
  }
  const timeout = `stopped after ${options.timeout} s (--timeout ${options.timeout}; 0 for no limit)`;
  const stopWatchdog = startWatchdog((options.timeout + 2) * 1000, `query: ${timeout}: one step of the statement ran that long without returning a row\n`);
  let db: Sqlite | undefined;
  try {
    db = openSqlite(options.db, { readonly: true });
    const written = writeRows(read(db, createQueryDeadline(options.timeout)), { ...chooseOutput(options), limit: options.limit }, writeOut);
    if (written.more) process.stderr.write(`query: the first ${written.shown} rows are shown (--limit ${options.limit}; 0 for all, or --csv/--jsonl for every row)\n`);
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof DbError)) throw error;
    exitCode = fail(error.message);
  } finally {
    stopWatchdog();
    db?.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`query: ${message}\n`);
  return EXIT.failed;
}

const program = addCommonOptions(
  new Command()
    .name('pnpm query')
    .description(`Read the claims database (default ${DEFAULT_DB}) without changing it: run a SELECT, or one of the ready reports.`)
    .exitOverride()
    .enablePositionalOptions()
    .argument('[sql]', 'one read-only SQL statement (SELECT, WITH … SELECT, PRAGMA, EXPLAIN)'),
).action((sql: string | undefined, _options: unknown, command: Command) => {
  if (sql === undefined) {
    command.outputHelp({ error: true });
    exitCode = EXIT.usage;
    return;
  }
  runReport(command, (db, checkDeadline) => streamReadOnlySql(db, sql, {}, checkDeadline));
});

addCommonOptions(program.command('claims').description('claims, filtered by provider, target, action, date and language'))
  .option('--provider <name>', 'provider name or any alias, case-insensitive')
  .option('--target <name>', 'target name or any alias, case-insensitive')
  .addOption(new Option('--action <type>', 'action type').choices(ACTIONS))
  .addOption(new Option('--since <date>', 'claims dated on or after (YYYY[-MM[-DD]]); undated claims drop out').argParser(parseDate))
  .addOption(new Option('--until <date>', 'claims dated on or before (YYYY[-MM[-DD]]); undated claims drop out').argParser(parseDate))
  .addOption(new Option('--lang <lang>', 'only claims with a source in this language').choices(['de', 'fr']))
  .action((_options: unknown, command: Command) => runReport(command, (db) => readClaims(db, readOptions<CommonOptions & ClaimFilters>(command))));

addCommonOptions(program.command('timeline').description("providers' claims in date order, or one target's history"))
  .addOption(new Option('--provider <name>', 'only this provider').conflicts('target'))
  .addOption(new Option('--target <name>', "this target's history (every provider)").conflicts('provider'))
  .action((_options: unknown, command: Command) => runReport(command, (db) => readTimeline(db, readOptions<CommonOptions & { provider?: string; target?: string }>(command))));

addCommonOptions(program.command('quotes').description('quotations, by speaker and full-text search'))
  .option('--speaker <name>', 'speaker name or alias')
  .option('--search <words>', 'every word must occur (full-text, accents ignored)')
  .action((_options: unknown, command: Command) => runReport(command, (db) => readQuotes(db, readOptions<CommonOptions & { speaker?: string; search?: string }>(command))));

addCommonOptions(program.command('sources').description("one claim's source sentences, with article, url and position"))
  .argument('<claim-id>', 'claim id, or a unique prefix of it')
  .action((claimId: string, _options: unknown, command: Command) => runReport(command, (db) => readSources(db, claimId)));

addCommonOptions(program.command('stats').description('articles by language and status; entities, claims, quotes and patches counted'))
  .action((_options: unknown, command: Command) => runReport(command, readStats));

function main(): number {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  return exitCode;
}

process.exitCode = main();

import { Command, CommanderError, Option } from 'commander';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openSqlite, type Sqlite } from '../db/open-db.ts';
import { applyPatches } from '../review/apply-patches.ts';
import { DatabaseInUseError, findLiveRun } from '../db/live-runs.ts';
import { formatOutcomes } from '../review/format-outcomes.ts';
import { listReviews, readHistory } from '../review/list-reviews.ts';
import { NEW_CLAIM } from '../review/new-claim.ts';
import { makeSkeleton, skeletonFileName } from '../review/new-patch.ts';
import { findKind, readRecord } from '../review/read-record.ts';
import { DEFAULT_DB, DEFAULT_PATCHES, EXIT } from './defaults.ts';

let exitCode: number = EXIT.ok;
const out = (text: string): void => void process.stdout.write(text);
const fail = (text: string): void => {
  process.stderr.write(`review: ${text}\n`);
  exitCode = EXIT.failed;
};

function withDb<T>(path: string, readonly: boolean, use: (db: Sqlite) => T): T | undefined {
  if (!existsSync(path)) {
    fail(`no database at ${path}; create it with \`pnpm pipeline\``);
    return undefined;
  }
  let db: Sqlite;
  try {
    db = openSqlite(path, { readonly });
  } catch (error) {
    fail((error as Error).message);
    return undefined;
  }
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function gitUser(): string {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

const program = new Command()
  .name('pnpm review')
  .description('Show extracted records, and apply reviewer corrections (JSON Patch files) to the claims database.')
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });
const dbOption = (): Option => new Option('--db <file>', 'SQLite database').default(DEFAULT_DB);
const patchesOption = (): Option => new Option('--patches <dir>', 'folder of patch files').default(DEFAULT_PATCHES);

program.command('show').description('print a claim, quote, entity or article as the JSON a patch acts on').argument('<id>').addOption(dbOption())
  .action((id: string, o: { db: string }) => withDb(o.db, true, (db) => {
    const kind = findKind(db, id);
    if (!kind) return fail(`no claim, quote, entity or article with id "${id}"`);
    out(`${JSON.stringify(readRecord(db, kind, id), null, 2)}\n`);
  }));

program.command('list').description('list the patch files in apply order with their state').addOption(dbOption()).addOption(patchesOption())
  .addOption(new Option('--status <status>', 'only patches in this state').choices(['applied', 'stale', 'rejected', 'pending']))
  .option('--json', 'print JSON', false)
  .action((o: { db: string; patches: string; status?: string; json: boolean }) => {
    const states = listReviews(undefined, o.patches);
    const known = existsSync(o.db) ? withDb(o.db, true, (db) => listReviews(db, o.patches)) : states;
    const rows = (known ?? states).filter((s) => !o.status || s.status === o.status);
    if (o.json) return out(`${JSON.stringify(rows, null, 2)}\n`);
    for (const r of rows) out(`${r.status.padEnd(8)} ${r.file}  ${r.target ?? '-'}  ${r.author ?? '-'}${r.message ? `  ${r.message}` : ''}\n`);
  });

program.command('apply').description('apply every patch (exit 1 when one is stale or rejected)').addOption(dbOption()).addOption(patchesOption())
  .option('--json', 'print the outcome of each patch as JSON', false)
  .action((o: { db: string; patches: string; json: boolean }) => withDb(o.db, false, (db) => {
    // One writer per database: a live pipeline applies the patches itself when it ends.
    const live = findLiveRun(db);
    if (live) return fail(`${new DatabaseInUseError(live).message}; the pipeline applies the patches when it finishes`);
    const outcomes = applyPatches(db, { dir: resolve(o.patches), runId: null, now: new Date().toISOString() });
    if (o.json) out(`${JSON.stringify(outcomes, null, 2)}\n`);
    else process.stderr.write(formatOutcomes(outcomes) || 'patches: none\n');
    if (outcomes.some((x) => x.status === 'stale' || x.status === 'rejected')) exitCode = EXIT.failed;
  }));

program.command('history').description('every correction recorded for a record, with before and after').argument('<id>').addOption(dbOption())
  .action((id: string, o: { db: string }) => withDb(o.db, true, (db) => out(`${JSON.stringify(readHistory(db, id), null, 2)}\n`)));

program.command('new').description(`write a patch skeleton for a record (or "${NEW_CLAIM}") into the patches folder`).argument('<id>')
  .addOption(dbOption()).addOption(patchesOption()).option('--author <name>', 'who corrects (default: git config user.name)')
  .action((id: string, o: { db: string; patches: string; author?: string }) => {
    const found = id === NEW_CLAIM ? { kind: undefined, record: undefined } : withDb(o.db, true, (db) => {
      const kind = findKind(db, id);
      return kind ? { kind, record: readRecord(db, kind, id) } : undefined;
    });
    if (!found) return exitCode === EXIT.ok ? fail(`no claim, quote, entity or article with id "${id}"`) : undefined;
    const created = new Date().toISOString();
    const skeleton = makeSkeleton(id, found.kind, found.record, o.author ?? gitUser(), created);
    mkdirSync(o.patches, { recursive: true });
    const file = join(o.patches, skeletonFileName(id, created));
    writeFileSync(file, `${JSON.stringify(skeleton, null, 2)}\n`, { flag: 'wx' });
    out(`${file}\n`);
  });

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return exitCode;
}

process.exitCode = await main();

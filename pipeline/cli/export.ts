import { Command, Option } from 'commander';
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { openSqlite, DbError } from '../db/open-db.ts';
import { readExportArticles, readExportClaims } from '../export/read-export.ts';
import { DEFAULT_DB, EXIT, parseCommandLine } from './defaults.ts';

const program = new Command()
  .name('pnpm export')
  .description('Write the extraction (articles with their facts, and the deduplicated claims) as JSON.')
  .option('--db <file>', 'SQLite database to read', DEFAULT_DB)
  .option('--out <file>', 'write to this file instead of stdout')
  .option('--article <id>', 'only this article (its id, file name or record id) and its claims')
  .addOption(new Option('--format <format>', 'one JSON document, or JSON Lines (one article per line, then one claim per line)').choices(['json', 'jsonl']).default('json'))
  .exitOverride();

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(program);
  if (parsed !== null) return parsed;
  const options = program.opts<{ db: string; out?: string; article?: string; format: 'json' | 'jsonl' }>();
  if (!existsSync(options.db)) {
    process.stderr.write(`export: no database at ${options.db}; create it with \`pnpm pipeline\`\n`);
    return EXIT.failed;
  }
  let db;
  try {
    db = openSqlite(options.db, { readonly: true });
  } catch (error) {
    process.stderr.write(`export: ${(error as DbError).message}\n`);
    return EXIT.failed;
  }
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  const articles = readExportArticles(db, options.article);
  const articleId = options.article ? articles.next() : undefined;
  // With --article, the claims are those its sentences assert.
  const first = articleId && !articleId.done ? articleId.value : undefined;
  if (options.article && !first) {
    process.stderr.write(`export: no article with id, file name or record id "${options.article}"\n`);
    return EXIT.failed;
  }
  const all = first ? [first][Symbol.iterator]() : articles;
  const claims = readExportClaims(db, first?.id);
  if (options.format === 'jsonl') {
    for (const article of all) await write(out, `${JSON.stringify({ kind: 'article', ...article })}\n`);
    for (const claim of claims) await write(out, `${JSON.stringify({ kind: 'claim', ...claim })}\n`);
  } else {
    await write(out, '{\n"articles": [\n');
    let n = 0;
    for (const article of all) await write(out, `${n++ ? ',\n' : ''}${JSON.stringify(article)}`);
    await write(out, '\n],\n"claims": [\n');
    await write(out, claims.map((c) => JSON.stringify(c)).join(',\n'));
    await write(out, '\n]\n}\n');
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  db.close();
  return EXIT.ok;
}

process.exitCode = await main();

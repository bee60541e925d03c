import Database from 'better-sqlite3';
import { MIGRATIONS, readMigration } from './migrations.ts';

export type Sqlite = Database.Database;

export class DbError extends Error {}

/**
 * Opens (creating if needed) and migrates the database. WAL, foreign keys,
 * busy timeout and synchronous=NORMAL are set here and nowhere else. Tests pass
 * `:memory:` and get the same migrations.
 */
export function openSqlite(path: string, options: { readonly?: boolean } = {}): Sqlite {
  let db: Sqlite;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new DbError(`Cannot open database ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      if (path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    } else {
      const version = db.pragma('user_version', { simple: true }) as number;
      const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
      if (version !== latest) {
        throw new DbError(`schema version ${version}, this program reads version ${latest}; run \`pnpm pipeline\` to upgrade it`);
      }
    }
  } catch (error) {
    db.close();
    throw new DbError(`Cannot prepare database ${path}: ${(error as Error).message}`);
  }
  return db;
}

function migrate(db: Sqlite): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new DbError(`database schema version ${current} is newer than this program knows (${latest}); upgrade the program`);
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    const sql = readMigration(migration.file);
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

const statementCache = new WeakMap<Sqlite, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection and SQL text. */
export function prepareCached(db: Sqlite, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

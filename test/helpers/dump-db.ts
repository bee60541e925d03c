import Database from 'better-sqlite3';

// Columns that record when or in which run something happened, not what was extracted.
const RUN_COLUMNS = /^(?:created_at|updated_at|first_run|last_run|run_id|applied_at)$/u;

/**
 * Every row of every table but `runs` and the FTS shadow tables, sorted, without
 * time stamps and run numbers: two databases with equal dumps hold the same extraction.
 */
export function dumpDb(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' AND name NOT IN ('runs', 'sqlite_sequence') ORDER BY name`).pluck().all() as string[];
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => !RUN_COLUMNS.test(c));
      const list = columns.map((c) => `"${c}"`).join(', ');
      dump[table] = db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all();
    }
    dump.search = db.prepare(`SELECT * FROM search ORDER BY 1, 2, 3`).all();
    return dump;
  } finally {
    db.close();
  }
}

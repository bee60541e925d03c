import { readFileSync } from 'node:fs';

/**
 * Numbered migrations, applied in order, each in a transaction that sets
 * `PRAGMA user_version` to its number. Never edit one that has shipped: add
 * the next number.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; file: string }> = [
  { version: 1, file: '001-init.sql' },
  { version: 2, file: '002-facts.sql' },
  { version: 3, file: '003-reviews.sql' },
  { version: 4, file: '004-run-owner.sql' },
];

export function readMigration(file: string): string {
  return readFileSync(new URL(`./migrations/${file}`, import.meta.url), 'utf8');
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file. Only `update` (UPDATE_GOLDEN=1) writes it: a missing
 * golden file fails, so a new seed or a deleted file is noticed, never silently recorded.
 */
export function expectGolden(file: string, actual: unknown, update: boolean): void {
  if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  else if (!existsSync(file)) throw new Error(`golden file ${file} is missing: write it on purpose with UPDATE_GOLDEN=1 and review the diff`);
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

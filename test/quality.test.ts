import { describe, expect, it } from 'vitest';
import { loadGold, runEval } from '../pipeline/eval/run-eval.ts';
import { ROOT } from './helpers/run-cli.ts';
import { findDrops, readBaseline } from './helpers/quality-drops.ts';

// Raise deliberately, in a commit of its own: `pnpm -s eval --json > test/quality-baseline.json`.
const baseline = readBaseline(`${ROOT}test/quality-baseline.json`);

describe('quality on the seed gold', () => {
  it('does not fall below the committed baseline in any area, language or attribute', async () => {
    const { report } = await runEval(loadGold(`${ROOT}test/gold/seeds.gold.json`), [`${ROOT}seeds`], ROOT);
    expect(findDrops(baseline, report)).toEqual([]);
  });
});

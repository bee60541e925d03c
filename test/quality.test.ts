import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zEvalReport } from '../schemas/gold.ts';
import { loadGold, runEval } from '../pipeline/eval/run-eval.ts';
import { ROOT } from './helpers/run-cli.ts';

// Raise deliberately, in a commit of its own: `pnpm -s eval --json > test/quality-baseline.json`.
const baseline = zEvalReport.parse(JSON.parse(readFileSync(`${ROOT}test/quality-baseline.json`, 'utf8')));
const COUNTS = new Set(['tp', 'fp', 'fn']);

describe('quality on the seed gold', () => {
  it('does not fall below the committed baseline in any area, language or attribute', async () => {
    const { report } = await runEval(loadGold(`${ROOT}test/gold/seeds.gold.json`), [`${ROOT}seeds`], ROOT);
    const drops: string[] = [];
    for (const [area, byLang] of Object.entries(baseline)) {
      for (const [lang, scores] of Object.entries(byLang)) {
        for (const [name, floor] of Object.entries(scores)) {
          if (COUNTS.has(name) || floor === null) continue;
          const now = report[area]?.[lang]?.[name];
          if (typeof now !== 'number' || now < floor - 1e-9) drops.push(`${area}.${lang}.${name}: ${now} < ${floor}`);
        }
      }
    }
    expect(drops).toEqual([]);
  });
});

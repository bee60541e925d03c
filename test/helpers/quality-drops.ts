import { readFileSync } from 'node:fs';
import { zEvalReport, type EvalReport } from '../../schemas/gold.ts';

const COUNTS = new Set(['tp', 'fp', 'fn']);

/** The committed baseline report at `path`. */
export function readBaseline(path: string): EvalReport {
  return zEvalReport.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every score of `report` below its floor in `baseline` (counts are not floors), as `area.lang.name: now < floor`. */
export function findDrops(baseline: EvalReport, report: EvalReport): string[] {
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
  return drops;
}

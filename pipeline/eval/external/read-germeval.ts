import { readFileSync } from 'node:fs';
import { buildUnit, type NerUnit } from './read-ner-types.ts';
import { locateExternal } from './locate-external.ts';

/**
 * GermEval 2014 (TSV, one token per line, `#` source line, blank line between
 * sentences). Outer level only; `*deriv`/`*part` and OTH become O. Only news
 * sentences (the source URL is not Wikipedia), since the pipeline reads news.
 */
export function readGermEval(file: 'NER-de-dev.tsv' | 'NER-de-test.tsv', limit = Infinity): NerUnit[] | null {
  const path = locateExternal('germeval2014-ner-de', file);
  if (!path) return null;
  const units: NerUnit[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/u)) {
    if (units.length >= limit) break;
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const header = lines.find((l) => l.startsWith('#')) ?? '';
    if (/wikipedia\.org/u.test(header)) continue;
    const tokens = lines
      .filter((l) => !l.startsWith('#'))
      .map((l) => l.split('\t'))
      .map(([, text = '', tag = 'O']) => ({ text, tag }));
    if (tokens.length > 0) units.push(buildUnit(tokens));
  }
  return units;
}

import { readFileSync } from 'node:fs';
import { buildUnit, type NerUnit } from './read-ner-types.ts';
import { locateExternal } from './locate-external.ts';

/**
 * HIPE-2022 TSV: documents start at `# hipe2022:document_id`; text is rebuilt with
 * `NoSpaceAfter`; gold from NE-COARSE-LIT (pers/org/loc; time and prod dropped).
 * Each document is one unit; `limit` caps the number of sentences read.
 */
export function readHipe(file: string, limit = Infinity): NerUnit[] | null {
  const path = locateExternal('hipe2022-newspapers-de-fr', file);
  if (!path) return null;
  const units: NerUnit[] = [];
  let tokens: Array<{ text: string; tag: string; noSpaceAfter: boolean }> = [];
  let sentences = 0;
  const flush = (): void => {
    if (tokens.length > 0) units.push(buildUnit(tokens));
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# hipe2022:document_id')) {
      flush();
      if (sentences >= limit) break;
      continue;
    }
    if (line.startsWith('#') || line.startsWith('TOKEN') || line.trim() === '') continue;
    const cols = line.split('\t');
    const misc = cols[9] ?? '';
    tokens.push({ text: cols[0] ?? '', tag: cols[1] ?? 'O', noSpaceAfter: misc.includes('NoSpaceAfter') });
    if (misc.includes('EndOfSentence')) sentences++;
  }
  flush();
  return units;
}

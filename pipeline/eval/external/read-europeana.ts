import { readFileSync } from 'node:fs';
import { buildUnit, type NerUnit } from './read-ner-types.ts';
import { locateExternal } from './locate-external.ts';

/**
 * Europeana Newspapers NER (`token TAG` per line, no sentence boundaries). The
 * stream is cut after a full stop once a window holds 40 tokens, or at 120 tokens. The French file
 * is IOB1, which buildUnit reads correctly (an I- after O or another type opens a span).
 */
export function readEuropeana(file: string, limit = Infinity): NerUnit[] | null {
  const path = locateExternal('europeana-ner-de-fr', file);
  if (!path) return null;
  const units: NerUnit[] = [];
  let window: Array<{ text: string; tag: string }> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (units.length >= limit) break;
    if (line.startsWith('#') || line.trim() === '') continue;
    const parts = line.trim().split(/\s+/u);
    if (parts.length !== 2) continue;
    const [text = '', rawTag = 'O'] = parts;
    // Malformed tags (`B-PEr`, `B-LOCer`) keep their prefix; the type is repaired by its first three letters.
    const tag = rawTag === 'O' ? 'O' : rawTag.replace(/^([BI])-(\w{3}).*$/u, (_, p: string, t: string) => `${p}-${t.toUpperCase()}`);
    window.push({ text, tag });
    if ((window.length >= 40 && text === '.') || window.length >= 120) {
      units.push(buildUnit(window));
      window = [];
    }
  }
  if (window.length > 0 && units.length < limit) units.push(buildUnit(window));
  return units;
}

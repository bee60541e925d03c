import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInlineTimexes, type TimexDoc } from './read-timex-inline.ts';

/**
 * Reads WikiWarsDE (TIMEX2, German) from `dir`/WikiWarsDE_20110412/keyinline: the
 * DCT from `<DATETIME>`, the text and gold spans from the `<TEXT>` element.
 */
export function readWikiwarsDocs(dir: string): TimexDoc[] {
  const keyDir = join(dir, 'WikiWarsDE_20110412', 'keyinline');
  return readdirSync(keyDir)
    .filter((name) => name.endsWith('.key.xml'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(keyDir, name), 'utf8');
      const dct = /<DATETIME>\s*<TIMEX2 val="(\d{4}-\d{2}-\d{2})/u.exec(raw)?.[1];
      const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(raw)?.[1];
      if (!dct || body === undefined) throw new Error(`WikiWarsDE file ${name} has no DATETIME or TEXT`);
      return { id: name.replace(/\.key\.xml$/u, ''), lang: 'de' as const, dct, ...readInlineTimexes(body, 'TIMEX2', 'val') };
    });
}

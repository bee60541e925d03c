import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInlineTimexes, type TimexDoc } from './read-timex-inline.ts';

/**
 * Reads the French TimeBank (TimeML TIMEX3) from `dir`/tml: the DCT from
 * `DCT/TIMEX3/@value`, the text and gold spans (with `type`) from `<TEXT>`.
 */
export function readFtibDocs(dir: string): TimexDoc[] {
  const tmlDir = join(dir, 'tml');
  return readdirSync(tmlDir)
    .filter((name) => name.endsWith('.tml'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(tmlDir, name), 'utf8');
      const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/u.exec(raw)?.[1];
      const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(raw)?.[1];
      if (!dct || body === undefined) throw new Error(`French TimeBank file ${name} has no DCT or TEXT`);
      return { id: name.replace(/\.tml$/u, ''), lang: 'fr' as const, dct, ...readInlineTimexes(body, 'TIMEX3', 'value') };
    });
}

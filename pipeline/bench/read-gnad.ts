import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { BenchArticle } from './corpus-types.ts';

/**
 * Parses one line of 10kGNAD's test.csv (Python csv, `;` delimiter, `'` quotes):
 * label, then the text, quoted only when it holds `;` or `'`, with `''` inside.
 */
export function parseGnadLine(line: string): { label: string; text: string } | null {
  const cut = line.indexOf(';');
  if (cut < 1) return null;
  let text = line.slice(cut + 1);
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) text = text.slice(1, -1).replaceAll("''", "'");
  return { label: line.slice(0, cut), text };
}

/** Reads up to `limit` German articles from 10kgnad-de-news/test.csv, in file order. */
export async function readGnad(dir: string, limit: number): Promise<BenchArticle[]> {
  const file = join(dir, 'test.csv');
  if (!existsSync(file)) return [];
  const out: BenchArticle[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const record = parseGnadLine(line);
    if (record && record.text.trim()) out.push({ id: `10kgnad-test-${n}`, text: record.text, language: 'de' });
    if (out.length >= limit) break;
  }
  lines.close();
  return out;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArticle } from './corpus-types.ts';

/** Every `YYYY/MM/*.txt` of WiNER-fr, sorted so a limited run always takes the same articles. */
export function listWikinewsFiles(dir: string): string[] {
  const files: string[] = [];
  for (const year of readdirSync(dir).filter((name) => /^\d{4}$/u.test(name)).sort()) {
    for (const month of readdirSync(join(dir, year)).filter((name) => /^\d{2}$/u.test(name)).sort()) {
      for (const name of readdirSync(join(dir, year, month)).filter((n) => n.endsWith('.txt')).sort()) files.push(join(year, month, name));
    }
  }
  return files;
}

/** Reads up to `limit` French WikiNews articles (title line, then body) as raw text. */
export function readWikinews(dir: string, limit: number): BenchArticle[] {
  if (!existsSync(dir)) return [];
  const out: BenchArticle[] = [];
  for (const file of listWikinewsFiles(dir)) {
    if (out.length >= limit) break;
    const text = readFileSync(join(dir, file), 'utf8');
    if (text.trim()) out.push({ id: `winer-${file.replace(/\.txt$/u, '').replaceAll('/', '-')}`, text, language: 'fr' });
  }
  return out;
}

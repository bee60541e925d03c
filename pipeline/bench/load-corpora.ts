import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArticle, BenchLang } from './corpus-types.ts';
import { readGnad } from './read-gnad.ts';
import { readWikinews } from './read-wikinews.ts';

export const CORPUS_DIRS = { de: '10kgnad-de-news', fr: 'winer-fr-wikinews' } as const;

export interface BenchConfig {
  corpus: string;
  articles: BenchArticle[];
}

/**
 * The configurations to measure for `--lang`: German, French, and (for `all`) both
 * together in one dump. A missing corpus is reported in `missing`, not thrown.
 */
export async function loadBenchConfigs(externalDir: string, lang: BenchLang, limit: number): Promise<{ configs: BenchConfig[]; missing: string[] }> {
  const wanted: Array<'de' | 'fr'> = lang === 'all' ? ['de', 'fr'] : [lang];
  const missing: string[] = [];
  const byLang: Partial<Record<'de' | 'fr', BenchArticle[]>> = {};
  for (const l of wanted) {
    const dir = join(externalDir, CORPUS_DIRS[l]);
    if (!existsSync(dir)) {
      missing.push(dir);
      continue;
    }
    byLang[l] = l === 'de' ? await readGnad(dir, limit) : readWikinews(dir, limit);
  }
  const configs: BenchConfig[] = [];
  if (byLang.de?.length) configs.push({ corpus: 'de 10kGNAD', articles: byLang.de });
  if (byLang.fr?.length) configs.push({ corpus: 'fr WikiNews', articles: byLang.fr });
  if (lang === 'all' && byLang.de?.length && byLang.fr?.length) configs.push({ corpus: 'de+fr', articles: [...byLang.de, ...byLang.fr] });
  return { configs, missing };
}

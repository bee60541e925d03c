import { normalizeName } from '../../extractors/text/normalize-name.ts';
import type { GoldArticle } from '../../schemas/gold.ts';

/** normalised name or alias → gold canonical name, for one or several gold articles. */
export function indexGoldNames(articles: readonly GoldArticle[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const article of articles) {
    for (const entity of article.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        if (!index.has(normalizeName(name))) index.set(normalizeName(name), entity.name);
      }
    }
  }
  return index;
}

/** The gold canonical name a system name stands for, or the system name itself when gold has no such entity. */
export function resolveGoldName(index: Map<string, string>, systemName: string): string {
  return index.get(normalizeName(systemName)) ?? systemName;
}

/** Word tokens, case-folded: what quote overlap is counted in. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDateExtractor } from '../extractors/dates/create-date-extractor.ts';
import { findRepeats } from '../pipeline/clean/find-repeats.ts';
import { markBoilerplate } from '../pipeline/clean/mark-boilerplate.ts';
import { normalizeName } from '../extractors/text/normalize-name.ts';
import { makeDoc } from './helpers/make-doc.ts';

interface GoldArticle {
  article: string;
  language: 'de' | 'fr';
  published: string | null;
  dates: Array<{ text: string; value: string | null }>;
}

const GOLD_FILE = new URL('../../shared/eval/gold/seeds.gold.json', import.meta.url);
const SEEDS = new URL('../seeds/', import.meta.url);
const extractor = createDateExtractor();

// Texts compared as the scorer compares names: NFKC, case-folded, white space collapsed.
const overlaps = (a: string, b: string): boolean => {
  const [x, y] = [normalizeName(a), normalizeName(b)];
  return x.includes(y) || y.includes(x);
};

/** Seed gold scored as GOLD-FORMAT.md says: texts overlap, then value accuracy over matched pairs. */
function scoreLanguage(gold: GoldArticle[]) {
  let tp = 0, fp = 0, fn = 0, sameValue = 0;
  for (const article of gold) {
    const text = readFileSync(new URL(article.article, SEEDS), 'utf8').replace(/^ date \d{4}-\d{2}[^\S\n]*/u, '');
    const granularity = article.published?.length === 10 ? ('day' as const) : article.published?.length === 7 ? ('month' as const) : ('year' as const);
    // Regions as the clean stage marks them: boilerplate and the repeated copy of 004 are not annotated.
    const regions = [...markBoilerplate(text), ...findRepeats(text)];
    const published = article.published ? { value: article.published, granularity, from: 'byline' as const } : null;
    const facts = extractor.extract(makeDoc(text, article.language, { published, regions }));
    const open = [...article.dates];
    for (const fact of facts) {
      const at = open.findIndex((g) => overlaps(g.text, fact.text));
      if (at < 0) { fp++; continue; }
      tp++;
      if (open[at]?.value === fact.value) sameValue++;
      open.splice(at, 1);
    }
    fn += open.length;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1), valueAccuracy: sameValue / (tp || 1), tp, fp, fn };
}

describe('dates on the seed gold', () => {
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as GoldArticle[];
  it.each(['de', 'fr'] as const)('%s reaches F1 and value accuracy 0.90', (lang) => {
    const score = scoreLanguage(gold.filter((a) => a.language === lang));
    console.info(`dates seed gold ${lang}: ${JSON.stringify(score)}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

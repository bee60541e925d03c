import type { Export, ExportArticle } from '../../schemas/export.ts';
import type { EvalReport, GoldArticle } from '../../schemas/gold.ts';
import { Counts } from './counts.ts';
import { scoreActions, scoreClaims, scoreDates, scoreEntities, scoreQuotes, type Finding } from './score-areas.ts';

export const AREAS = {
  entities: [],
  dates: ['valueAccuracy'],
  quotes: ['speakerAccuracy'],
  actions: ['actionAccuracy', 'dateAccuracy'],
  claims: ['sourceCompleteness'],
} as const satisfies Record<string, readonly string[]>;
export type Area = keyof typeof AREAS;

const PER_ARTICLE = { entities: scoreEntities, dates: scoreDates, quotes: scoreQuotes, actions: scoreActions } as const;

/**
 * Scores an export against gold, per area and per language (`de`, `fr`, …,
 * and `all`), exactly as ../shared/eval/GOLD-FORMAT.md says.
 */
export function evaluate(gold: readonly GoldArticle[], exported: Export): { report: EvalReport; findings: Finding[] } {
  const bySource = new Map<string, ExportArticle>(exported.articles.map((a) => [a.source, a]));
  const findings: Finding[] = [];
  const report: EvalReport = {};
  const languages = [...new Set(gold.map((g) => g.language))].sort();
  for (const area of Object.keys(AREAS) as Area[]) {
    const explain = (finding: Omit<Finding, 'area'>): void => {
      findings.push({ area, ...finding });
    };
    const perLanguage = new Map<string, Counts>(languages.map((l) => [l, new Counts()]));
    if (area === 'claims') {
      for (const lang of languages) {
        const goldOfLang = gold.filter((g) => g.language === lang);
        const sources = new Set(goldOfLang.map((g) => g.article));
        const claims = exported.claims.map((c) => ({ ...c, sources: c.sources.filter((s) => sources.has(s.article)) }));
        perLanguage.set(lang, scoreClaims(goldOfLang, claims, () => {}));
      }
      const all = scoreClaims(gold, exported.claims, explain);
      report[area] = { ...Object.fromEntries([...perLanguage].map(([l, c]) => [l, c.toScore(AREAS[area])])), all: all.toScore(AREAS[area]) };
      continue;
    }
    const total = new Counts();
    for (const article of gold) {
      const counts = PER_ARTICLE[area](article, bySource.get(article.article), explain);
      perLanguage.get(article.language)!.add(counts);
      total.add(counts);
    }
    report[area] = { ...Object.fromEntries([...perLanguage].map(([l, c]) => [l, c.toScore(AREAS[area])])), all: total.toScore(AREAS[area]) };
  }
  return { report, findings };
}

/** The report as a readable table. */
export function formatReport(report: EvalReport): string {
  const lines = ['area      lang     P      R     F1    tp   fp   fn  accuracies'];
  for (const [area, byLang] of Object.entries(report)) {
    for (const [lang, s] of Object.entries(byLang)) {
      const extras = Object.entries(s)
        .filter(([k]) => !['p', 'r', 'f1', 'tp', 'fp', 'fn'].includes(k))
        .map(([k, v]) => `${k} ${v === null ? '–' : (v as number).toFixed(3)}`)
        .join(', ');
      lines.push(`${area.padEnd(9)} ${lang.padEnd(4)} ${s.p.toFixed(3)} ${s.r.toFixed(3)} ${s.f1.toFixed(3)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${extras}`);
    }
  }
  return lines.join('\n');
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.area.padEnd(8)} ${f.kind.padEnd(5)} ${f.article}: ${f.text}`).join('\n');
}

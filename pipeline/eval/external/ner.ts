import type { EntityType } from '../../../schemas/entity.ts';
import type { ExternalScore } from '../../../schemas/external-score.ts';
import { extractEntities } from '../../../extractors/entities/create-entity-extractor.ts';
import { createArticleDoc } from '../../stages/create-article-doc.ts';
import { readEuropeana } from './read-europeana.ts';
import { readGermEval } from './read-germeval.ts';
import { readHipe } from './read-hipe.ts';
import type { NerLabel, NerUnit } from './read-ner-types.ts';

/**
 * System types to corpus labels. `site` counts as ORG: these corpora tag websites
 * and platforms (when they tag them at all) as organisations.
 */
const LABEL_OF: Record<EntityType, NerLabel> = { person: 'PER', organization: 'ORG', location: 'LOC', site: 'ORG' };
const LABELS: NerLabel[] = ['PER', 'ORG', 'LOC'];

type Counts = Record<NerLabel | 'all', { tp: number; fp: number; fn: number }>;

/** Exact span + type matching of every system mention against the gold spans. */
function scoreUnits(units: readonly NerUnit[], lang: 'de' | 'fr'): Counts {
  const counts = Object.fromEntries([...LABELS, 'all'].map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Counts;
  for (const unit of units) {
    const gold = new Set(unit.spans.map((s) => `${s.start}:${s.end}:${s.label}`));
    const system = new Set<string>();
    for (const entity of extractEntities(createArticleDoc({ text: unit.text, sources: [{ file: 'ner', line: null, source: 'ner' }], language: { code: lang, confidence: 1, declared: null } }))) {
      for (const m of entity.mentions) system.add(`${m.start}:${m.end}:${LABEL_OF[entity.type]}`);
    }
    for (const key of system) {
      const label = key.split(':')[2] as NerLabel;
      const hit = gold.has(key) ? 'tp' : 'fp';
      counts[label][hit]++;
      counts.all[hit]++;
    }
    for (const key of gold) {
      if (system.has(key)) continue;
      counts[key.split(':')[2] as NerLabel].fn++;
      counts.all.fn++;
    }
  }
  return counts;
}

function toScores(dataset: string, language: string, counts: Counts, units: number): ExternalScore[] {
  return Object.entries(counts).map(([label, { tp, fp, fn }]) => {
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { dataset, language, label, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn, extra: { units } };
  });
}

/**
 * Scores the entity extractor on the external NER corpora that are present
 * (GermEval 2014 news sentences; Europeana Newspapers; HIPE-2022). Returns []
 * when none is there. `limitSentences` caps the units read per corpus file.
 */
export async function scoreExternalNer(options: { limitSentences?: number } = {}): Promise<ExternalScore[]> {
  const limit = options.limitSentences ?? Infinity;
  const sources: Array<[string, 'de' | 'fr', () => NerUnit[] | null]> = [
    ['germeval2014-news-test', 'de', () => readGermEval('NER-de-test.tsv', limit)],
    ['europeana-enp-de-onb', 'de', () => readEuropeana('enp_DE.onb.bio', limit)],
    ['europeana-enp-fr-bnf', 'fr', () => readEuropeana('enp_FR.bnf.bio', limit)],
    ['hipe2020-test-de', 'de', () => readHipe('HIPE-2022-v2.1-hipe2020-test-de.tsv', limit)],
    ['hipe2020-test-fr', 'fr', () => readHipe('HIPE-2022-v2.1-hipe2020-test-fr.tsv', limit)],
    ['letemps-test-fr', 'fr', () => readHipe('HIPE-2022-v2.1-letemps-test-fr.tsv', limit)],
  ];
  const scores: ExternalScore[] = [];
  for (const [dataset, lang, read] of sources) {
    const units = read();
    if (!units) continue;
    scores.push(...toScores(dataset, lang, scoreUnits(units, lang), units.length));
  }
  return scores;
}

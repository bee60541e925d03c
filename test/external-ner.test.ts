import { describe, expect, it } from 'vitest';
import { scoreExternalNer } from '../pipeline/eval/external/ner.ts';
import { buildUnit } from '../pipeline/eval/external/read-ner-types.ts';
import { findExternal } from './helpers/external-data.ts';

/**
 * F1 floors on a bounded sample (150 units per corpus file, label `all`, exact
 * span + type): the values measured when the floors were set, minus about 0.04.
 * Historical OCR corpora score low; they are robustness checks, not targets.
 */
const FLOORS: Record<string, number> = {
  'germeval2014-news-test': 0.51,
  'europeana-enp-de-onb': 0.21,
  'europeana-enp-fr-bnf': 0.41,
  'hipe2020-test-de': 0.42,
  'hipe2020-test-fr': 0.21,
  'letemps-test-fr': 0.55,
};

describe('buildUnit', () => {
  it('rebuilds text and IOB spans with exact offsets, IOB1 included', () => {
    const unit = buildUnit([
      { text: 'Emmanuel', tag: 'I-PER' },
      { text: 'Macron', tag: 'I-PER' },
      { text: 'à', tag: 'O' },
      { text: 'Paris', tag: 'I-LOC', noSpaceAfter: true },
      { text: '.', tag: 'O' },
      { text: 'ZDF', tag: 'B-OTH' },
    ]);
    expect(unit.text).toBe('Emmanuel Macron à Paris. ZDF');
    expect(unit.spans.map((s) => [unit.text.slice(s.start, s.end), s.label])).toEqual([
      ['Emmanuel Macron', 'PER'],
      ['Paris', 'LOC'],
    ]);
  });
});

// Scored are the corpora present; the floors are skipped only when none is.
const PRESENT = ['germeval2014-ner-de', 'europeana-ner-de-fr', 'hipe2022-newspapers-de-fr'].filter((name) => findExternal(name));

describe('external NER corpora', () => {
  it.skipIf(PRESENT.length === 0)('stays above the committed F1 floors', async () => {
    const scores = await scoreExternalNer({ limitSentences: 150 });
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores.filter((s) => s.label === 'all')) {
      const floor = FLOORS[score.dataset];
      expect(floor, `no floor for ${score.dataset}`).toBeDefined();
      expect(score.f1, `${score.dataset} F1`).toBeGreaterThanOrEqual(floor ?? 1);
    }
  }, 240_000);
});

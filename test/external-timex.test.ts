import { describe, expect, it } from 'vitest';
import { scoreExternalTimex } from '../pipeline/eval/external/timex.ts';
import { findExternal } from './helpers/external-data.ts';

const HAVE_DATA = [findExternal('wikiwarsde-timex2-de'), findExternal('french-timebank-ftib')].every(Boolean);

/**
 * Floors on the first 10 documents of each corpus: what the extractor reached
 * (WikiWarsDE F1 0.846, value 0.745; FTiB F1 0.848, value 0.929) minus a margin.
 */
const FLOORS = {
  'wikiwarsde-timex2-de': { f1: 0.82, valueAccuracy: 0.72 },
  'french-timebank-ftib': { f1: 0.8, valueAccuracy: 0.85 },
} as const;

describe.skipIf(!HAVE_DATA)('external TIMEX corpora (10 documents each)', () => {
  it('keeps relaxed F1 and value accuracy above the committed floors', async () => {
    const scores = await scoreExternalTimex({ limitDocs: 10 });
    expect(scores.map((s) => s.dataset).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const score of scores) {
      const floor = FLOORS[score.dataset as keyof typeof FLOORS];
      expect(score.label).toBe('timex-relaxed');
      expect(score.tp + score.fn).toBeGreaterThan(0);
      expect(score.f1, score.dataset).toBeGreaterThanOrEqual(floor.f1);
      expect(score.extra['valueAccuracy'], score.dataset).toBeGreaterThanOrEqual(floor.valueAccuracy);
    }
  });
});

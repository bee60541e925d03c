import { describe, expect, it } from 'vitest';
import { scoreExternalQuotes } from '../pipeline/eval/external/quotes.ts';
import { parseStwrSample } from '../pipeline/eval/external/read-redewiedergabe.ts';
import { findExternal } from './helpers/external-data.ts';

const present = findExternal('redewiedergabe-stwr-de') !== null;

describe('REDEWIEDERGABE reader', () => {
  it('joins the parts of an interrupted direct quotation and collapses white space', () => {
    const xml = `<TEI><text><fs><f name="quotes">german</f></fs><body><p>
      <said id="2" mode="direct" content="speech" level="1">„Hier,"</said> <seg id="2" type="frame"><seg id="2" type="intExpr">sagt</seg>
      <seg id="2" type="speaker">Burckhardt</seg>,</seg> <said id="2" mode="direct" content="speech" level="1">„sehen wir."</said></p></body></text></TEI>`;
    const sample = parseStwrSample('x.xml', xml);
    expect(sample.text).toBe('„Hier," sagt Burckhardt, „sehen wir."');
    const [instance] = sample.instances;
    expect(sample.text.slice(instance!.start, instance!.end)).toBe(sample.text);
    expect(instance?.speaker).toBe('Burckhardt');
  });
});

describe.skipIf(!present)('external quotes: REDEWIEDERGABE direct speech (bounded sample)', () => {
  it('keeps precision and recall above the committed floor on 120 samples', async () => {
    const [all, marked] = await scoreExternalQuotes({ limitDocs: 120 });
    expect(all?.label).toBe('quotes-direct');
    // Floors measured at commit time, minus a margin (120 samples: P 0.83, R 0.46, marked F1 0.78, speakers 0.52).
    expect(all?.p).toBeGreaterThan(0.78);
    expect(all?.r).toBeGreaterThan(0.42);
    expect(marked?.f1).toBeGreaterThan(0.74);
    expect(all?.extra['speakerAccuracy']).toBeGreaterThan(0.45);
  });
});

it.runIf(!present)('returns no scores without the corpus', async () => {
  expect(await scoreExternalQuotes({ limitDocs: 1 })).toEqual([]);
});

/**
 * Scores the quotes extractor against Corpus REDEWIEDERGABE (German speech,
 * thought and writing representation, 1840–1919 newspapers and magazines).
 *
 * Mapping: gold = every `said[@mode="direct"]` instance, its parts joined (an
 * interrupted „…“, sagt er, „…“ is one instance, as in our output). A system
 * quotation matches a gold instance when their texts overlap by at least half
 * of the shorter one's tokens (the seed-gold rule), one-to-one. The corpus
 * annotates no entities, so each named speaker seg (not a pronoun or a lower-
 * case description) becomes a hand-built person entity with that seg as its
 * mention; speaker accuracy is over matched pairs whose gold speaker is such a
 * name, comparing normalised names. Two rows: all samples, and only samples
 * whose metadata says direct speech is marked with quotation marks (`german`,
 * `chevron`): in the others direct speech often has no marks at all, which this
 * extractor by design does not look for.
 */
import type { ExternalScore } from '../../../schemas/external-score.ts';
import type { EntityFact } from '../../../schemas/entity.ts';
import { createQuoteExtractor } from '../../../extractors/quotes/create-quote-extractor.ts';
import { normalizeQuoteText } from '../../../extractors/quotes/normalize-quote.ts';
import { normalizeName } from '../../../extractors/text/normalize-name.ts';
import { createArticleDoc } from '../../stages/create-article-doc.ts';
import { readRedewiedergabe, type StwrSample } from './read-redewiedergabe.ts';

const DATASET = 'redewiedergabe-stwr-de';
const NAMED = /^\p{Lu}/u;
const PRONOUN = /^(?:er|sie|es|ich|wir|ihr|man|du|Er|Sie|Es|Ich|Wir|Ihr|Man|Du)$/u;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerPairs: number;
  speakerCorrect: number;
}

function tokenSet(text: string): Set<string> {
  return new Set(normalizeQuoteText(text).split(' ').filter(Boolean));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared > 0 && shared >= Math.min(a.size, b.size) / 2;
}

function buildSpeakerEntities(sample: StwrSample): EntityFact[] {
  const byName = new Map<string, EntityFact>();
  for (const instance of sample.instances) {
    const name = instance.speaker?.trim();
    if (!name || !NAMED.test(name) || PRONOUN.test(name)) continue;
    // Every occurrence of a named speaker is a mention: offsets from the match index.
    for (const m of sample.text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))) {
      const fact = byName.get(name) ?? { id: `e_${name}`, name, type: 'person' as const, wikidataId: null, mentions: [] };
      fact.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'external/speaker-seg' });
      byName.set(name, fact);
    }
  }
  return [...byName.values()];
}

function scoreSample(sample: StwrSample, tally: Tally, extract: ReturnType<typeof createQuoteExtractor>['extract']): void {
  const doc = createArticleDoc({
    text: sample.text,
    sources: [{ file: sample.file, line: null, source: sample.file }],
    language: { code: 'de', confidence: 1, declared: null },
    facts: { entities: buildSpeakerEntities(sample) },
  });
  const system = extract(doc).map((q) => ({ q, tokens: tokenSet(q.text) }));
  const gold = sample.instances.filter((i) => i.mode === 'direct');
  const used = new Set<number>();
  for (const instance of gold) {
    const tokens = tokenSet(sample.text.slice(instance.start, instance.end));
    const k = system.findIndex((s, i) => !used.has(i) && overlaps(s.tokens, tokens));
    const match = system[k];
    if (!match) {
      tally.fn++;
      continue;
    }
    used.add(k);
    tally.tp++;
    const speaker = instance.speaker?.trim();
    if (speaker && NAMED.test(speaker) && !PRONOUN.test(speaker)) {
      tally.speakerPairs++;
      if (match.q.speaker && normalizeName(match.q.speaker.name) === normalizeName(speaker)) tally.speakerCorrect++;
    }
  }
  tally.fp += system.length - used.size;
}

function toScore(label: string, t: Tally): ExternalScore {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const speakerAccuracy = t.speakerPairs === 0 ? 0 : t.speakerCorrect / t.speakerPairs;
  return { dataset: DATASET, language: 'de', label, p, r, f1, tp: t.tp, fp: t.fp, fn: t.fn, extra: { speakerAccuracy, speakerPairs: t.speakerPairs } };
}

/** P/R/F1 of direct quotations (and named-speaker accuracy); [] when the corpus is absent. */
export async function scoreExternalQuotes(options: { limitDocs?: number } = {}): Promise<ExternalScore[]> {
  const samples = readRedewiedergabe(options.limitDocs ?? Infinity);
  if (!samples) return [];
  const { extract } = createQuoteExtractor();
  const all: Tally = { tp: 0, fp: 0, fn: 0, speakerPairs: 0, speakerCorrect: 0 };
  const marked: Tally = { ...all };
  for (const sample of samples) {
    scoreSample(sample, all, extract);
    if (/german|chevron/u.test(sample.quoteStyle)) scoreSample(sample, marked, extract);
  }
  return [toScore('quotes-direct', all), toScore('quotes-direct-marked', marked)];
}

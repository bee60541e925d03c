import type { ExternalScore } from '../../../schemas/external-score.ts';
import type { DateFact } from '../../../schemas/date.ts';
import { extractDates } from '../../../extractors/dates/create-date-extractor.ts';
import type { GoldTimex, TimexDoc } from './read-timex-inline.ts';
import { readFtibDocs } from './read-timex-ftib.ts';
import { readWikiwarsDocs } from './read-timex-wikiwars.ts';
import { locateExternal } from './locate-external.ts';

const DATASETS = [
  // WikiWarsDE is encyclopaedic history: a year-less date takes the last year named, not the 2011 DCT's.
  { name: 'wikiwarsde-timex2-de', language: 'de', read: readWikiwarsDocs, scored: isPointTimex2, genre: 'narrative' },
  { name: 'french-timebank-ftib', language: 'fr', read: readFtibDocs, scored: (t: GoldTimex) => t.type === 'DATE', genre: 'news' },
] as const;

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/**
 * TIMEX2 has no type: a point in time is a calendar value (a day may carry a part
 * of the day or a clock time), a season, a week or a PRESENT/PAST/FUTURE_REF.
 * Durations, sets, centuries, decades and BC years are outside what we extract.
 */
function isPointTimex2(timex: GoldTimex): boolean {
  return /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T.*)?)?)?|\d{4}-(?:SP|SU|FA|WI)|\d{4}-W\d{2}|(?:PRESENT|PAST|FUTURE)_REF)$/u.test(timex.value);
}

/** Same value, compared on the coarser of the two granularities. */
function sameValue(gold: string, ours: string | null): boolean {
  if (ours === null) return false;
  const length = Math.min(gold.length, ours.length);
  return gold.slice(0, length) === ours.slice(0, length);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function scoreDocs(docs: readonly TimexDoc[], scored: (t: GoldTimex) => boolean, genre: 'news' | 'narrative') {
  let tp = 0, fp = 0, fn = 0, valuePairs = 0, valueHits = 0, ignored = 0;
  for (const doc of docs) {
    const facts: DateFact[] = extractDates(doc.text, doc.lang, doc.dct, { genre });
    const used = new Set<DateFact>();
    for (const gold of doc.timexes.filter(scored)) {
      const fact = facts.find((f) => !used.has(f) && overlaps(f, gold));
      if (!fact) { fn++; continue; }
      used.add(fact);
      tp++;
      if (CALENDAR.test(gold.value)) {
        valuePairs++;
        if (sameValue(gold.value, fact.value)) valueHits++;
      }
    }
    for (const fact of facts) {
      if (used.has(fact)) continue;
      // A match on a gold duration, set or clock time is neither right nor wrong here.
      if (doc.timexes.some((t) => !scored(t) && overlaps(fact, t))) ignored++;
      else fp++;
    }
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1), tp, fp, fn, extra: { valueAccuracy: valueHits / (valuePairs || 1), valuePairs, ignoredSystem: ignored, docs: docs.length } };
}

/**
 * Relaxed-span (overlap) P/R/F1 of the dates extractor on WikiWarsDE (German,
 * TIMEX2) and the French TimeBank (TIMEX3), anchored on each document's creation
 * time, plus value accuracy over matched pairs with a calendar gold value.
 * Gold expressions that are not points in time are left out of recall, and our
 * matches on them out of precision. Returns [] when the data folder is missing.
 */
export async function scoreExternalTimex(options: { limitDocs?: number } = {}): Promise<ExternalScore[]> {
  const scores: ExternalScore[] = [];
  for (const dataset of DATASETS) {
    const dir = locateExternal(dataset.name);
    if (!dir) continue;
    const docs = dataset.read(dir).slice(0, options.limitDocs ?? Infinity);
    scores.push({ dataset: dataset.name, language: dataset.language, label: 'timex-relaxed', ...scoreDocs(docs, dataset.scored, dataset.genre) });
  }
  return scores;
}

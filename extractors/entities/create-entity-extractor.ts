import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import type { Extractor } from '../types.ts';
import { isInBoilerplate } from '../text/regions.ts';
import { loadSentenceData, splitSentences } from '../text/sentences.ts';
import type { Candidate } from './candidate.ts';
import { collectLowerWords, findPatterns } from './find-patterns.ts';
import { findLinkedNames, getLinkedNames } from './find-linked-names.ts';
import { getGazetteer } from './gazetteer.ts';
import { getLexicon } from './lexicon.ts';
import { matchGazetteer } from './match-gazetteer.ts';
import { getNameLists } from './name-lists.ts';
import { resolveEntities } from './resolve-entities.ts';
import { tokenize } from './tokenize.ts';

export const ENTITY_EXTRACTOR_VERSION = '1.1.0';

/** Candidate mentions of one text, before resolution (exported for tests and the NER scorer). */
export function findCandidates(text: string, lang: string): Candidate[] {
  const gazetteer = getGazetteer();
  const lexicon = getLexicon(lang);
  const candidates: Candidate[] = [];
  const lowerWords = collectLowerWords(text);
  for (const sentence of splitSentences(text, lexicon.lang)) {
    const tokens = tokenize(sentence.text, sentence.start);
    const { candidates: found, claimed } = matchGazetteer(text, tokens, gazetteer, lexicon);
    findLinkedNames(text, tokens, found, claimed, lexicon);
    candidates.push(...found, ...findPatterns(sentence, tokens, claimed, lexicon, lowerWords));
  }
  return candidates;
}

/** Extracts people, organisations, places and sites, each resolved to one canonical entity. */
export function extractEntities(doc: ArticleDoc): EntityFact[] {
  const lang = doc.meta.language?.code === 'fr' ? 'fr' : 'de';
  const candidates = findCandidates(doc.text, lang).filter((c) => !isInBoilerplate(doc, c.start, c.end));
  return resolveEntities(candidates, getGazetteer());
}

export function createEntityExtractor(): Extractor<'entities'> {
  // Validate and compile the lexicons now: a broken data file fails at startup.
  getGazetteer();
  getLexicon('de');
  getLexicon('fr');
  getNameLists();
  getLinkedNames('de');
  getLinkedNames('fr');
  loadSentenceData();
  return {
    id: 'entities',
    version: ENTITY_EXTRACTOR_VERSION,
    provides: 'entities',
    requires: [],
    languages: ['de', 'fr'],
    extract: extractEntities,
  };
}

import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { ActionFact } from '../../schemas/action.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import type { Span } from '../../schemas/span.ts';
import type { Extractor } from '../types.ts';
import { loadSentenceData, splitSentences } from '../text/sentences.ts';
import { isInBoilerplate } from '../text/regions.ts';
import { getGazetteer, lookupEntity } from '../entities/gazetteer.ts';
import { getActionLexicon, isAnchor, isClass, type ActionLexicon } from './load-action-data.ts';
import { hasProviderNoun, loadProviderRanks, rankProvider, type LookupEntity } from './rank-provider.ts';
import { createFirstPersonResolver } from './resolve-first-person.ts';
import { splitWords } from './split-words.ts';
import { matchCues } from './match-cues.ts';
import { assignRoles, type Slot } from './assign-roles.ts';
import { readModality, attachDate, dedupeFacts } from './finish-action.ts';
import { collectProviders } from './find-descriptions.ts';
import { buildSlots, type RankedEntity, type SentenceContext } from './build-slots.ts';
import { createArgumentContext, findFocus, findFocusPerson } from './argument-context.ts';
import { boundSentence } from './bound-sentences.ts';

export interface ActionExtractorOptions {
  /** Gazetteer lookup by entity id; defaults to the entity extractor's gazetteer. */
  lookupEntity?: LookupEntity;
}

interface SentenceResult {
  facts: ActionFact[];
  /** Customers of provider descriptions (`le fournisseur de X`) the sentence left unresolved. */
  describedCustomers: string[];
}

function hasWordOf(lexicon: ActionLexicon, ids: readonly string[], words: readonly string[]): boolean {
  return words.some((word) => ids.some((id) => isClass(lexicon, id, word)));
}

function hasAnchor(lexicon: ActionLexicon, text: string): boolean {
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) if (isAnchor(lexicon, match[0].toLowerCase())) return true;
  return false;
}

/** The last site (else organisation) the previous sentence names: what `sie`/`ihr`/`le site` most likely points back to. */
function findAntecedent(ranked: readonly RankedEntity[], from: number, to: number): Slot | null {
  let best: { entity: EntityFact; at: number; site: boolean } | null = null;
  for (const { entity } of ranked) {
    if (entity.type !== 'site' && entity.type !== 'organization') continue;
    for (const m of entity.mentions) {
      if (m.start < from || m.end > to) continue;
      const site = entity.type === 'site';
      if (!best || (site && !best.site) || (site === best.site && m.start > best.at)) best = { entity, at: m.start, site };
    }
  }
  if (!best) return null;
  return { id: best.entity.id, name: best.entity.name, providerRank: 0, canBeTarget: true, isPerson: false, pronoun: true, first: -1, last: -1 };
}

/** The site the article names most often: what an unresolved `die Seite` or `le site` is about. */
function findSalientSite(ranked: readonly RankedEntity[]): Slot | null {
  let best: EntityFact | null = null;
  for (const { entity } of ranked) if (entity.type === 'site' && (!best || entity.mentions.length > best.mentions.length)) best = entity;
  return best ? { id: best.id, name: best.name, providerRank: 0, canBeTarget: true, isPerson: false, pronoun: true, first: -1, last: -1, via: 'coref-salient-site' } : null;
}

function extractSentence(doc: ArticleDoc, lang: string, lexicon: ActionLexicon, sentence: Span, context: SentenceContext): SentenceResult {
  const { previous, ranked } = context;
  const none: SentenceResult = { facts: [], describedCustomers: [] };
  // The cheapest test first: no cue word, no action.
  if (!hasAnchor(lexicon, sentence.text)) return none;
  const inside = ranked.flatMap(({ entity, rank }) =>
    entity.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !isInBoilerplate(doc, m.start, m.end)).map((m) => ({ entity, rank, m })),
  );
  const distinct = new Set(inside.map(({ entity }) => entity.id)).size;
  const lower = (sentence.text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
  const firstPerson = hasWordOf(lexicon, ['first-person'], lower);
  const describes = hasWordOf(lexicon, ['provider-of', 'provider-of-compound', 'demonstrative'], lower);
  // Two roles to fill: named entities, a resolvable `wir`, a description (`le fournisseur de X`, `cette société`),
  // or a pronoun for the previous sentence's entity.
  const fillers = distinct + (firstPerson ? 1 : 0) + (previous || describes ? 1 : 0);
  if (distinct + (firstPerson ? 1 : 0) === 0 || fillers < 2) return none;
  // A provider can only come from a ranked entity, a `wir`/`nous` or a provider description:
  // without one, tagging the sentence cannot give an action.
  if (!firstPerson && !describes && !inside.some(({ rank }) => rank > 0)) return none;
  const { words, clauses } = splitWords(lang, doc.text, sentence);
  const { slots, cueless, unknownSubject, describedCustomers } = buildSlots(doc, lexicon, words, inside, context);
  // `die Seite`, `le réseau social`, `sie`: the site of the sentences before, else the site the article is most about.
  const antecedent = previous ? (findAntecedent(ranked, context.windowStart, sentence.start) ?? findSalientSite(ranked)) : null;
  const grammar = createArgumentContext(lexicon, doc.text, words, clauses, slots, (at) => findFocus(ranked, context.windowStart, at), (at) => findFocusPerson(ranked, context.windowStart, at));
  const facts: ActionFact[] = [];
  clauses.forEach((clause, clauseIndex) => {
    if (unknownSubject.has(clauseIndex)) return;
    for (const hit of matchCues(lexicon, words, clause, clauseIndex, cueless)) {
      const roles = assignRoles(lexicon, doc.text, words, clauses, hit, slots, antecedent, grammar);
      if (!roles) continue;
      const { action, negated, hedged } = readModality(lexicon, words, clauses, hit);
      const date = attachDate(doc, sentence, clause, words[hit.anchor]?.start ?? clause.start);
      for (const provider of roles.providers) {
        for (const target of roles.targets) {
          if (provider.id === target.id) continue;
          facts.push({
            provider: { id: provider.id, name: provider.name },
            action,
            target: { id: target.id, name: target.name },
            date,
            negated,
            hedged,
            evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
            rule: [`actions/${lang}/${hit.cue.id}`, ...[provider.via, target.via].filter(Boolean).map((via) => `actions/${via}`)].join('+'),
          });
        }
      }
    }
  });
  return { facts: dedupeFacts(facts), describedCustomers };
}

/** Finds sentences in which a named provider does something to a named target (German and French). */
export function createActionExtractor(options: ActionExtractorOptions = {}): Extractor<'actions'> {
  // All its data, validated now: a broken lexicon stops the run before the first article.
  for (const lang of ['de', 'fr']) getActionLexicon(lang);
  loadProviderRanks();
  if (!options.lookupEntity) getGazetteer();
  loadSentenceData();
  const lookup: LookupEntity = options.lookupEntity ?? lookupEntity;
  return {
    id: 'actions',
    version: '2',
    provides: 'actions',
    requires: ['entities', 'dates', 'quotes'],
    languages: ['de', 'fr'],
    extract(doc) {
      const lang = doc.meta.language?.code;
      if (lang !== 'de' && lang !== 'fr') return [];
      const lexicon = getActionLexicon(lang);
      const ranked = doc.facts.entities.map((entity) => ({ entity, rank: rankProvider(entity, lookup, () => hasProviderNoun(doc.text, entity, lexicon)) }));
      const resolveWe = createFirstPersonResolver(doc, lexicon, ranked.filter((r) => r.rank > 0).map((r) => r.entity));
      const byId = new Map(ranked.map((r) => [r.entity.id, r]));
      const sentences = splitSentences(doc.text, lang)
        .filter((sentence) => !isInBoilerplate(doc, sentence.start, sentence.end))
        .flatMap((sentence) => boundSentence(doc.text, sentence));
      const contextAt = (i: number, providersOf: ReadonlyMap<string, ReadonlySet<string>>): SentenceContext => ({
        previous: sentences[i - 1] ?? null,
        windowStart: (sentences[i - 2] ?? sentences[i - 1] ?? sentences[i])?.start ?? 0,
        ranked,
        byId,
        resolveWe,
        providersOf,
      });
      const first = sentences.map((sentence, i) => extractSentence(doc, lang, lexicon, sentence, contextAt(i, new Map())));
      // Second pass, only where a description (`le fournisseur de X`) names the one provider the first pass found for X.
      const providersOf = collectProviders(first.flatMap((result) => result.facts));
      return first.flatMap((result, i) =>
        result.describedCustomers.some((id) => providersOf.get(id)?.size === 1)
          ? extractSentence(doc, lang, lexicon, sentences[i] as Span, contextAt(i, providersOf)).facts
          : result.facts,
      );
    },
  };
}

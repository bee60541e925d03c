/**
 * Direct quotations with their speakers.
 *
 * What counts as a quotation (scare quotes vs quotations), by length in words
 * and context:
 * - 7 words or more inside quotation marks: a quotation, attributed or not.
 * - 2–6 words: a quotation only when a frame attaches it in the same sentence
 *   (a reporting or accusing verb or noun before or after it, `so X`, `laut
 *   X`, `selon X`, a colon or headline frame, a citation clause, or a cause
 *   cue right before it: `wegen „…“`, `en raison d'un « … »`), when it is a
 *   whole sentence of its own (ends with . ! ?), or when the text is cut
 *   inside it (`quotes/unclosed`, `quotes/unopened`).
 * - 1 word: only with a frame right after it (`„Nein“, sagte er`) or a colon.
 * - Never: a quotation next to a self-label cue (`sogenannt`, `wie sie es
 *   nennen`, `autoproclamé`), right after a title noun (`Buch`, `podcast`), a
 *   quoted entity name or phrase of capitalised words, or a quoted word glued
 *   to a compound (`„X“-Seite`).
 * Quotations run over paragraphs when each new paragraph reopens with the same
 * mark (one quotation), „…“, sagte er, „…“ is one quotation (see
 * build-quote-spans.ts), and block quotations, forum and embedded posts come
 * from find-block-quotes.ts. Speakers: a frame inside an interruption, after,
 * before, closing the sentence; the subject of a colon frame or a headline;
 * the lead-in sentence; a frame inside the marks (« …, a-t-il déclaré, … »);
 * a citation clause's subject (`wie X berichtet`). With none, a quotation
 * right after another one, or in the next clause with nobody else named,
 * continues its speaker; else the subject of the sentence it continues
 * (attribute-quote.ts). Pronouns and descriptions refer back (refer-back.ts).
 */
import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { QuoteFact } from '../../schemas/quote.ts';
import type { Extractor, ReportMessage } from '../types.ts';
import { hashId } from '../text/hash-id.ts';
import { isInBoilerplate } from '../text/regions.ts';
import { loadSentenceData, splitSentences } from '../text/sentences.ts';
import { getQuoteLexicon, getQuoteMarks, type QuoteLexicon } from './quote-lexicon.ts';
import { buildQuoteSpans, type QuoteSpan } from './build-quote-spans.ts';
import { normalizeQuoteText } from './normalize-quote.ts';
import { findMentionIn, listMentions, listSurnames, type MentionRef } from './entity-mentions.ts';
import { tokenizeContext, type ContextToken } from './tokenize-context.ts';
import { findFrameAfter, findFrameBefore, findFrameInside, findFrameAtSentenceEnd, hasCitation, hasLabelCue } from './find-frame.ts';
import { findFirstSubject, type SubjectScope } from './find-subject.ts';
import { makeGenderOf } from './guess-gender.ts';
import { findContextBounds, findLeadInSentence } from './find-context-bounds.ts';
import { findLastStartingAtOrBefore, makeLineIndex } from './search-sorted.ts';
import { makeReferBack } from './refer-back.ts';
import { attribute, type Accepted, type Attribution } from './attribute-quote.ts';
import { findBlockQuotes, findEmbeddedPosts, findMarkedPosts } from './find-block-quotes.ts';

const LONG_QUOTE = 7;

export function createQuoteExtractor(): Extractor<'quotes'> {
  getQuoteLexicon('de');
  getQuoteLexicon('fr');
  getQuoteMarks();
  loadSentenceData();
  return {
    id: 'quotes',
    version: '2',
    provides: 'quotes',
    requires: ['entities'],
    languages: ['de', 'fr'],
    extract: extractQuotes,
  };
}

function extractQuotes(doc: ArticleDoc, report: ReportMessage = () => {}): QuoteFact[] {
  const lang = doc.meta.language?.code === 'fr' ? 'fr' : 'de';
  const text = doc.text;
  const lexicon = getQuoteLexicon(lang);
  const mentions = listMentions(doc);
  const spans = mergeByOpen(buildQuoteSpans(text, lexicon).spans, findBlocks(text, lexicon, mentions));
  const sentences = splitSentences(text, lang);
  const lines = makeLineIndex(text);
  const inQuote = (at: number) => {
    const span = findLastStartingAtOrBefore(spans, at, (s) => s.open);
    return span !== undefined && at <= span.close;
  };
  const scope: SubjectScope = {
    lang, lexicon, mentions, inQuote,
    genderOf: makeGenderOf(text, mentions, lexicon),
    surnames: listSurnames(mentions),
    referBack: makeReferBack(text, sentences, () => scope),
  };
  const facts: QuoteFact[] = [];
  let last: Accepted | undefined;
  spans.forEach((span, k) => {
    if (isInBoilerplate(doc, span.open, span.close + 1)) return;
    if (span.unclosed) {
      report({ reason: 'Quotation still open where the text ends: it runs to the end', ruleId: 'quotes/unclosed', place: { start: span.open, end: text.length } });
    }
    if (span.unopened) {
      report({ reason: 'The text begins inside a quotation: it runs from the start', ruleId: 'quotes/unopened', place: { start: 0, end: span.close + 1 } });
    }
    if (!/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) return;
    if (span.poster) {
      const quoteText = text.slice(span.start, span.end);
      const attributed = { speaker: span.poster.entity, cue: null, rule: `quotes/block-marker:${span.marker ?? ''}` };
      facts.push({ id: hashId('q', normalizeQuoteText(quoteText)), start: span.start, end: span.end, text: quoteText, ...attributed });
      last = { close: span.close, speaker: attributed.speaker, sentenceEnd: span.close };
      return;
    }
    const bounds = findContextBounds(text, sentences, spans, k, lines, last?.close ?? -1);
    const before = tokenizeContext(text, bounds.beforeStart, span.open);
    const after = tokenizeContext(text, Math.min(span.close + 1, text.length), bounds.afterEnd);
    const found: Attribution = {};
    const tryFrame = (frame: Attribution['frame'], where: string) => {
      if (!found.frame && !found.subject && frame) Object.assign(found, { frame, position: where });
    };
    const trySubject = (tokens: readonly ContextToken[], where: string) => {
      const subject = found.frame || found.subject ? undefined : findFirstSubject(tokens, scope);
      if (subject) Object.assign(found, { subject, position: where });
    };
    if (span.interruption) tryFrame(findFrameAfter(tokenizeContext(text, span.interruption.start, span.interruption.end), scope), 'inside');
    tryFrame(findFrameAfter(after, scope), 'after');
    tryFrame(findFrameBefore(before, scope), 'before');
    tryFrame(findFrameAtSentenceEnd(bounds.sentenceEnd > bounds.afterEnd ? tokenizeContext(text, Math.min(span.close + 1, text.length), bounds.sentenceEnd) : after, scope), 'sentence-end');
    const colon = /:\s*$/u.test(text.slice(bounds.beforeStart, span.open));
    const sameSentence = found.frame !== undefined || colon;
    // "Der CEO weiter im O-Ton: „…“", "Faeser: «…»": the clause before a colon names the speaker.
    if (colon) trySubject(before, 'colon-subject');
    if (!/[\p{L}\p{N}]/u.test(text.slice(bounds.beforeStart, span.open))) {
      const leadIn = findLeadInSentence(text, sentences, bounds.beforeStart, lines);
      if (leadIn) {
        const leadTokens = tokenizeContext(text, leadIn.start, leadIn.end);
        tryFrame(findFrameBefore(leadTokens, scope), leadIn.colon ? 'colon' : 'previous');
        if (leadIn.colon) trySubject(leadTokens, 'colon-subject');
      }
      // A headline „…“: X tut Y — the subject after the colon spoke.
      if (after[0]?.text === ':') trySubject(after.slice(1), 'headline');
    }
    tryFrame(findFrameInside(tokenizeContext(text, span.start, span.end), scope), 'inside');
    // "Apple habe …, wie Bloomberg berichtet, es gebe „…“": the medium cites; the clause's subject spoke.
    if (hasCitation(before, scope) || hasCitation(after, scope)) trySubject(before, 'cited-clause');
    // "Der Provider lehnt Zensur ab, „aber …“": with no frame at all, the subject of the sentence the quotation continues.
    if (!found.frame && !found.subject) found.sentenceSubject = findFirstSubject(before, scope);
    // A block quotation needs the colon paragraph's reporting frame.
    if (span.block && found.position !== 'colon') return;
    const attached = sameSentence || ['colon', 'colon-subject', 'cited-clause', 'headline'].includes(found.position ?? '');
    if (!isQuotation(text, span, before, after, scope, attached, colon)) return;
    const quoteText = text.slice(span.start, span.end);
    const attributed = attribute(found, scope, last, text, span);
    facts.push({ id: hashId('q', normalizeQuoteText(quoteText)), start: span.start, end: span.end, text: quoteText, ...attributed });
    last = { close: span.close, speaker: attributed.speaker, sentenceEnd: bounds.afterEnd };
  });
  return facts;
}

// Function words a name may hold in lower case: "Office of the Director", "Ligue des droits de l'homme".
const NAME_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et', "l'", "d'"]),
  // German capitalises every noun, so a German function word marks a phrase ("Welle von Drohungen"), not a name.
  de: new Set(['of', 'the', 'and', 'for']),
};
const GERMAN_FUNCTION_WORD = /^(?:der|die|das|des|dem|den|und|für|von|vom|mit|gegen|über|zur|zum|im|in|an|auf|aus|bei|nach|vor|ein|eine|einer|eines|kein|keine)$/iu;

/** Every word capitalised (bar a name's function words): a name or title, not someone's words. */
function isCapitalisedName(quoteText: string, lang: string): boolean {
  const words = quoteText.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (lang === 'de' && words.some((w) => GERMAN_FUNCTION_WORD.test(w))) return false;
  const functionWords = NAME_FUNCTION_WORDS[lang] ?? new Set();
  const content = words.filter((w) => !functionWords.has(w.toLowerCase()));
  return content.length >= 2 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Block quotations after colon frames and forum posts; a post's paragraph is not also a colon block. */
function findBlocks(text: string, lexicon: QuoteLexicon, mentions: readonly MentionRef[]): QuoteSpan[] {
  const posts = [...findMarkedPosts(text, lexicon, mentions), ...findEmbeddedPosts(text, mentions)];
  const blocks = findBlockQuotes(text).filter((b) => !posts.some((p) => p.start < b.end && b.start < p.end));
  return [...posts, ...blocks];
}

/** Marked quotations and blocks in text order; a block that overlaps a marked quotation yields to it. */
function mergeByOpen(marked: QuoteSpan[], blocks: QuoteSpan[]): QuoteSpan[] {
  if (blocks.length === 0) return marked;
  const overlap = (a: QuoteSpan, b: QuoteSpan) => a.open < b.close && b.open < a.close;
  // A forum post holds what it quotes; a colon block holds no marks, so any overlap is a stray mark: the mark wins.
  const posts = blocks.filter((b) => b.poster);
  const free = blocks.filter((b) => !b.poster && !marked.some((m) => overlap(m, b)));
  const outside = marked.filter((m) => !posts.some((p) => overlap(m, p)));
  return [...outside, ...posts, ...free].sort((a, b) => a.open - b.open);
}

function isQuotation(
  text: string,
  span: QuoteSpan,
  before: readonly ContextToken[],
  after: readonly ContextToken[],
  scope: SubjectScope,
  attached: boolean,
  colon: boolean,
): boolean {
  const quoteText = text.slice(span.start, span.end);
  const words = normalizeQuoteText(quoteText).split(' ').filter(Boolean).length;
  if (words === 0) return false;
  if (hasLabelCue(before, after, scope)) return false;
  if (/^[-‑]\p{L}/u.test(text.slice(span.close + 1, span.close + 3))) return false; // „Kiwi Farms“-Seite
  const named = findMentionIn(scope.mentions, span.start, span.end);
  if (named && named.start <= span.start && span.end <= named.end) return false; // a quoted name
  if (words >= LONG_QUOTE) return true;
  if (isCapitalisedName(quoteText, scope.lang)) return false; // „International Finance Center“: a name

  // An excerpt cut inside a quotation: how long it was is unknown.
  if (words >= 2) return attached || span.unclosed || span.unopened || /[.!?…]$/u.test(quoteText);
  const first = after.find((t) => t.text !== ',');
  const directAfter = after[0]?.text === ',' && first !== undefined && findFrameAfter(after.slice(0, 4), scope) !== undefined;
  return colon || directAfter;
}

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { scanQuotationMarks } from '../extractors/quotes/scan-quotation-marks.ts';
import { createQuoteExtractor } from '../extractors/quotes/create-quote-extractor.ts';
import { extract } from '../pipeline/stages/extract.ts';
import { ArticleStore } from '../pipeline/db/article-store.ts';
import { readExportArticles } from '../pipeline/export/read-export.ts';
import type { ExtractorMessage } from '../extractors/types.ts';
import { makeDoc } from './helpers/make-doc.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { buildEntities, PEOPLE } from './quotes-helpers.ts';

const tempDir = useTempDir();

function docOf(text: string, lang: 'de' | 'fr') {
  return makeDoc(text, lang, { facts: { entities: buildEntities(text, PEOPLE) } });
}

// Excerpts are cut mid-quotation: the quotation runs to the end of the text.
const CUT: Array<[lang: 'de' | 'fr', text: string, quote: string, speaker: string | null]> = [
  ['de', 'Prince schrieb am Abend: „Wir beenden den Vertrag mit der Seite, weil sie', 'Wir beenden den Vertrag mit der Seite, weil sie', 'Matthew Prince'],
  ['de', 'Die Seite war am Montag offline.\n\n„Wir haben die Seite geprüft und werden', 'Wir haben die Seite geprüft und werden', null],
  ['de', 'Sorrenti sagte: »Ich werde nicht aufhören, bis die Seite endgültig', 'Ich werde nicht aufhören, bis die Seite endgültig', 'Clara Sorrenti'],
  ['de', '„Der Dienst ist eingestellt“, sagte Prince. Dann fügte er hinzu: „Wir prüfen weitere Schritte gegen die  \n', 'Wir prüfen weitere Schritte gegen die', 'Matthew Prince'],
  ['fr', 'Prince a écrit : « Nous supprimons 8chan en tant que client ce soir, car', 'Nous supprimons 8chan en tant que client ce soir, car', 'Matthew Prince'],
  ['fr', 'Watkins a répondu :\n\n« Tous nos domaines ont été supprimés et nous allons', 'Tous nos domaines ont été supprimés et nous allons', 'Ron Watkins'],
  ['fr', 'Selon Sorrenti, « la suppression de ce site est une question de sécurité et', 'la suppression de ce site est une question de sécurité et', 'Clara Sorrenti'],
  ['fr', 'Prince a écrit :\n\n« Nous supprimons 8chan ce soir.\n\n« Le raisonnement est simple et il', 'Nous supprimons 8chan ce soir.\n\n« Le raisonnement est simple et il', 'Matthew Prince'],
];

describe('quotes/unclosed: a quotation open where the text ends', () => {
  it.each(CUT)('%s: %s', (lang, text, quote, speaker) => {
    const messages: ExtractorMessage[] = [];
    const quotes = createQuoteExtractor().extract(docOf(text, lang), (m) => messages.push(m));
    const last = quotes[quotes.length - 1]!;
    expect([last.text, last.speaker?.name ?? null]).toEqual([quote, speaker]);
    expect(text.slice(last.start, last.end)).toBe(last.text);
    expect(messages.map((m) => m.ruleId)).toEqual(['quotes/unclosed']);
    expect(messages[0]?.place?.end).toBe(text.length);
  });

  it('scans the open quotation as a span to the end; one closed earlier in the paragraph is not', () => {
    const text = '„Ja“, sagte er. „Wir gehen';
    expect(scanQuotationMarks(text).spans).toEqual([
      { open: 0, close: 3, openMark: '„', reopened: 0, unclosed: false, unopened: false },
      { open: 16, close: text.length, openMark: '„', reopened: 0, unclosed: true, unopened: false },
    ]);
  });

  it('a closed text carries no message', () => {
    const messages: ExtractorMessage[] = [];
    createQuoteExtractor().extract(docOf('„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.', 'de'), (m) => messages.push(m));
    expect(messages).toEqual([]);
  });
});

// Samples can also begin inside a quotation: the first mark, before any line break, closes it.
const BEGUN: Array<[lang: 'de' | 'fr', text: string, quote: string]> = [
  ['de', 'die Seite bleibt für alle Zeit gesperrt“, sagte Prince am Montag.', 'die Seite bleibt für alle Zeit gesperrt'],
  ['de', 'und das werden wir nicht hinnehmen.“ Danach verließ er den Saal.', 'und das werden wir nicht hinnehmen.'],
  ['de', 'wir bleiben dabei, egal was passiert." Cloudflare schwieg.', 'wir bleiben dabei, egal was passiert.'],
  ['fr', 'et nous ne reviendrons pas en arrière », a déclaré Prince.', 'et nous ne reviendrons pas en arrière'],
  ['fr', 'le site restera fermé jusqu’à nouvel ordre ” a écrit Watkins.', 'le site restera fermé jusqu’à nouvel ordre'],
];

describe('quotes/unopened: a text that begins inside a quotation', () => {
  it.each(BEGUN)('%s: %s', (lang, text, quote) => {
    const messages: ExtractorMessage[] = [];
    const quotes = createQuoteExtractor().extract(docOf(text, lang), (m) => messages.push(m));
    expect(quotes[0]?.text).toBe(quote);
    expect(quotes[0]?.start).toBe(0);
    expect(messages.map((m) => m.ruleId)).toEqual(['quotes/unopened']);
  });

  it.each([
    ['de', 'Cloudflare’s Kunden und die Firma sprachen von einem „Fehler“ im System.'],
    ['de', 'Die Seite war offline.\nund das bleibt so“, sagte er.'],
    ['fr', 'Aujourd’hui la société a réagi.'],
  ] as const)('not when an apostrophe, a line break or nothing comes first (%s)', (lang, text) => {
    expect(scanQuotationMarks(text).spans.filter((s) => s.unopened)).toEqual([]);
  });

  it('an opener that takes no space, followed by one, does not open (a table cell, a stray mark)', () => {
    expect(scanQuotationMarks('Tee „ 99 „ „ Wolle 70').spans).toEqual([]);
    expect(scanQuotationMarks('Er fragte?" Dann ging er.').spans.filter((s) => !s.unopened)).toEqual([]);
    expect(scanQuotationMarks('Il a dit « oui » hier.').spans).toHaveLength(1);
  });
});

describe('extractor messages reach doc.messages and the database', () => {
  it('the extract stage adds the source, file and line, non-fatal, and the store writes them', () => {
    const text = 'Prince schrieb am Abend: „Wir beenden den Vertrag mit der Seite, weil sie';
    const doc = extract(docOf(text, 'de'), [createQuoteExtractor()]);
    expect(doc.status).toBe('extracted');
    expect(doc.messages).toEqual([
      { reason: expect.stringMatching(/open where the text ends/u), ruleId: 'quotes/unclosed', source: 'quotes', file: 'test.txt', line: null, place: { start: 25, end: text.length }, fatal: false },
    ]);
    const path = join(tempDir(), 'c.sqlite');
    const store = ArticleStore.open(path, { startedAt: '2026-01-01T00:00:00Z', programVersion: 'test', inputs: [] });
    store.writeBatch([{ kind: 'doc', doc, extractorVersion: 'v1' }]);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT rule_id, source, fatal, start, "end" FROM messages').all()).toEqual([
      { rule_id: 'quotes/unclosed', source: 'quotes', fatal: 0, start: 25, end: text.length },
    ]);
    db.close();
  });
});

describe('every occurrence counts', () => {
  it('the export lists a quotation each time it occurs; the database groups the occurrences', () => {
    const text = '„Wir beenden den Vertrag mit der Seite heute“\n\nPrince äußerte sich am Montag. „Wir beenden den Vertrag mit der Seite heute“, sagte er.';
    const doc = extract(docOf(text, 'de'), [createQuoteExtractor()]);
    const path = join(tempDir(), 'c.sqlite');
    const store = ArticleStore.open(path, { startedAt: '2026-01-01T00:00:00Z', programVersion: 'test', inputs: [] });
    store.writeBatch([{ kind: 'doc', doc, extractorVersion: 'v1' }]);
    store.close();
    const db = new Database(path, { readonly: true });
    const [article] = [...readExportArticles(db)];
    expect(article?.quotes.map((q) => [q.start, q.speaker?.name ?? null])).toEqual([
      [1, null],
      [text.lastIndexOf('Wir'), 'Matthew Prince'],
    ]);
    expect(db.prepare('SELECT count(DISTINCT group_id) AS groups, count(*) AS n FROM quotes').get()).toEqual({ groups: 1, n: 2 });
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes-helpers.ts';
import { areSameQuotation, normalizeQuoteText } from '../extractors/quotes/normalize-quote.ts';

describe('nested, multi-paragraph and interrupted quotations', () => {
  it('keeps an inner ‚…‘ inside the outer „…“', () => {
    const text = '„Wenn Cloudflare die Seite wegen einer ‚unmittelbaren Bedrohung‘ schließen muss, ist das keine Frage der Meinungsfreiheit“, twitterte Sorrenti.';
    const quotes = extractQuotes(text, 'de');
    expect(quotes.map((q) => q.text)).toEqual(['Wenn Cloudflare die Seite wegen einer ‚unmittelbaren Bedrohung‘ schließen muss, ist das keine Frage der Meinungsfreiheit']);
    expect(quotes[0]?.speaker?.name).toBe('Clara Sorrenti');
  });

  it('keeps inner "…" inside « … »', () => {
    const text = 'Epik a publié un communiqué : « Parlant des sites "Chan", Epik n’a pas sollicité de faire des affaires avec eux ».';
    expect(extractQuotes(text, 'fr').map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Parlant des sites "Chan", Epik n’a pas sollicité de faire des affaires avec eux', 'Epik'],
    ]);
  });

  it('joins paragraphs that reopen with « into one quotation (French convention)', () => {
    const text = 'Prince a écrit :\n\n« Nous supprimons 8chan en tant que client ce soir. Le raisonnement est simple.\n\n« Nous ne prenons pas cette décision à la légère. 8chan a franchi cette ligne ».\n\nLundi, le site était hors ligne.';
    const quotes = extractQuotes(text, 'fr');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text.startsWith('Nous supprimons')).toBe(true);
    expect(quotes[0]?.text.endsWith('franchi cette ligne')).toBe(true);
    expect(quotes[0]?.speaker?.name).toBe('Matthew Prince');
  });

  it('joins a run-together reopening „… .„…“ (German)', () => {
    const text = 'Prince schrieb: „Wir haben die Seite heute vom Netz genommen.„Das war keine leichte Entscheidung für uns alle.“';
    expect(extractQuotes(text, 'de')).toHaveLength(1);
  });

  it('drops an opener that never closes in a paragraph the text goes on after', () => {
    const text = '„Wir haben die Seite heute vom Netz genommen, sagte Prince.\n\nDanach war die Seite offline und blieb es lange Zeit.';
    expect(extractQuotes(text, 'de')).toEqual([]);
  });

  it.each([
    ['de', '„Wir können nicht länger zusehen“, sagte Prince, „wie dort Hass verbreitet wird.“', 'Matthew Prince'],
    ['fr', '« Nous ne pouvons plus regarder », a déclaré Prince, « comment la haine se répand sur ce site. »', 'Matthew Prince'],
  ] as const)('an interrupted quotation is one quotation (%s)', (lang, text, speaker) => {
    const quotes = extractQuotes(text, lang);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe(speaker);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]?.text);
  });

  it('finds the frame inside « …, a-t-il déclaré, … »', () => {
    const text = 'Prince a parlé dimanche. « Nous ne pouvons plus, a-t-il déclaré, tolérer ce contenu sur notre réseau. »';
    expect(extractQuotes(text, 'fr')[0]?.speaker?.name).toBe('Matthew Prince');
  });

  it('a quotation right after another one by the same speaker continues it', () => {
    const text = '„Die Seite war häufig Gastgeber für widerwärtige Inhalte“, schrieb Prince.\n\n„Es besteht die reale Gefahr, dass wir die Notlage noch verschärft haben.“';
    expect(extractQuotes(text, 'de').map((q) => [q.speaker?.name, q.rule])).toEqual([
      ['Matthew Prince', 'quotes/frame-after:schreiben'],
      ['Matthew Prince', 'quotes/continued'],
    ]);
  });
});

describe('scare quotes, labels and titles are not quotations', () => {
  it.each([
    ['de', 'Die Nutzer organisieren sich in einer Praxis namens „Doxxing“ im Netz.'],
    ['de', 'Die Beiträge wurden nur als "gelöscht" markiert.'],
    ['de', 'Sie versammeln sich in einem, wie sie es nennen, „leichtherzigen Diskussionsforum“.'],
    ['de', 'Der sogenannte „freie Meinungsraum“ ist offline.'],
    ['de', 'Die „Kiwi Farms“-Seite ist offline.'],
    ['fr', 'Epik fournit Gab, un « réseau social de libre expression » autoproclamé.'],
    ['fr', 'Il a publié un article intitulé « Un engagement pour la liberté » en 2017.'],
    ['fr', 'Le site est devenu un « havre » pour les extrémistes.'],
    ['fr', 'Les « plateformes alternatives » se multiplient depuis 2018.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(extractQuotes(text, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Cloudflare sperrt Kiwi Farms wegen „Notfallbedrohung für Menschenleben“', 'Cloudflare'],
    ['de', 'Prince sagte jedoch, er habe die „außergewöhnliche Entscheidung“ getroffen.', 'Matthew Prince'],
    ['fr', 'Prince a qualifié 8chan de « havre de paix pour les propos haineux ».', 'Matthew Prince'],
  ] as const)('a short phrase attached by a frame counts: %s', (lang, text, speaker) => {
    expect(extractQuotes(text, lang).map((q) => q.speaker?.name)).toEqual([speaker]);
  });
});

describe('repeats, ids and boilerplate', () => {
  it('gives the same id to the same words quoted in two articles', () => {
    const [a] = extractQuotes('„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.', 'de');
    const [b] = extractQuotes('Später hieß es: „wir beenden den Vertrag mit der Seite heute!“', 'de');
    expect(a?.id).toBe(b?.id);
    expect(a?.id).toMatch(/^q_[0-9a-f]{16}$/u);
    const [c] = extractQuotes('„Wir verlängern den Vertrag mit der Seite heute“, sagte Prince.', 'de');
    expect(c?.id).not.toBe(a?.id);
  });

  it.each([
    ['de', '„Wir beenden den Vertrag mit der Seite heute“\n\nDer Chef äußerte sich am Montag. „Wir beenden den Vertrag mit der Seite heute“, sagte Prince.'],
    ['fr', 'Un utilisateur a écrit : « Il est temps que les gens assument leurs actes. Arrêtez de blâmer Internet ».\n\nPlus tard, il a répété : « Il est temps que les gens assument leurs actes ».'],
  ] as const)('lists a quotation each time it occurs: a headline repeating the body is two (%s)', (lang, text) => {
    const quotes = extractQuotes(text, lang);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('skips quotations inside boilerplate regions', () => {
    const text = '„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.\n„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.';
    const regions = [{ start: 61, end: text.length, kind: 'repeat' as const, rule: 'clean/repeat' }];
    expect(extractQuotes(text, 'de', { regions })).toHaveLength(1);
  });

  it('normalises case, punctuation, quote marks and spaces', () => {
    expect(normalizeQuoteText('  „Wir gehen“,  sagte  er – HEUTE! ')).toBe('wir gehen sagte er heute');
  });

  it.each([
    ['Wir beenden den Vertrag mit der Seite heute.', 'wir beenden den Vertrag mit der Seite heute', true],
    ['Nous supprimons 8chan en tant que client ce soir', 'Nous supprimons 8chan en tant que client dès ce soir', true],
    ['Il est temps que les gens assument leurs actes. Arrêtez de blâmer Internet', 'Arrêtez de blâmer Internet', false],
    ['Les gens assument leurs actes et arrêtent de blâmer Internet', 'Il est temps que les gens assument leurs actes et arrêtent de blâmer Internet enfin', true],
    ['Wir beenden den Vertrag heute', 'Wir verlängern den Vertrag morgen', false],
    ['gelöscht', 'gesperrt', false],
  ] as const)('areSameQuotation(%s, %s) = %s', (a, b, same) => {
    expect(areSameQuotation(a, b)).toBe(same);
  });
});

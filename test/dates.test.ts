import { describe, expect, it } from 'vitest';
import { createDateExtractor } from '../extractors/dates/create-date-extractor.ts';
import type { DateFact } from '../schemas/date.ts';
import { makeDoc } from './helpers/make-doc.ts';

const extractor = createDateExtractor();
const MONDAY = '2021-01-11';

function datesOf(text: string, lang: 'de' | 'fr', anchor: string | null = MONDAY): DateFact[] {
  const granularity = anchor === null ? 'day' : anchor.length === 10 ? 'day' : anchor.length === 7 ? 'month' : 'year';
  return extractor.extract(makeDoc(text, lang, { published: anchor ? { value: anchor, granularity, from: 'record' } : null }));
}

/** [lang, sentence, expected span, expected value] with the publication date 2021-01-11 (a Monday). */
const FOUND: Array<['de' | 'fr', string, string, string | null]> = [
  ['de', 'Parler ging am 11.1.2021 offline.', '11.1.2021', '2021-01-11'],
  ['de', 'Sie floh am 12. Juli nach Europa und hat dort Schutz gesucht.', 'am 12. Juli', '2020-07-12'],
  ['de', 'Der Vertrag endet am 3. März 2020.', 'am 3. März 2020', '2020-03-03'],
  ['de', 'Die Seite startete im Juli 2019 neu.', 'im Juli 2019', '2019-07'],
  ['de', 'Parler ist im Jahr 2018 angetreten.', 'im Jahr 2018', '2018'],
  ['de', 'Seit 2017 wächst die Plattform.', '2017', '2017'],
  ['de', 'Im August floh sie nach Europa.', 'Im August', '2020-08'],
  ['de', 'Am Montag wurde Parler abgeschaltet.', 'Am Montag', '2021-01-11'],
  ['de', 'Am Montagvormittag wurde Parler aus der Cloud geworfen.', 'Am Montagvormittag', '2021-01-11'],
  ['de', 'Am späten Sonntagabend kam die Nachricht.', 'Am späten Sonntagabend', '2021-01-10'],
  ['de', 'Cloudflare hat am Freitag entschieden.', 'am Freitag', '2021-01-08'],
  ['de', 'Cloudflare wird am Freitag entscheiden.', 'am Freitag', '2021-01-15'],
  ['de', 'Der Dienst wird am Montag abgeschaltet.', 'am Montag', '2021-01-18'],
  ['de', 'Wie wir am vergangenen Mittwoch dargelegt haben.', 'am vergangenen Mittwoch', '2021-01-06'],
  ['de', 'Die Richtlinie, die wir letzten Mittwoch formuliert haben, bleibt.', 'letzten Mittwoch', '2021-01-06'],
  ['de', 'Die Maßnahmen, die wir heute ergreifen.', 'heute', '2021-01-11'],
  ['de', 'Unser heutiges Handeln ist nötig.', 'heutiges', '2021-01-11'],
  ['de', 'Gestern hat die Firma reagiert.', 'Gestern', '2021-01-10'],
  ['de', 'Die Seite geht morgen früh vom Netz.', 'morgen früh', '2021-01-12'],
  ['de', 'Das geschah letzte Woche in Berlin.', 'letzte Woche', '2021-01'],
  ['de', 'Apple hatte Parler über das Wochenende entfernt.', 'über das Wochenende', '2021-01'],
  ['de', 'Matze gab sich vor wenigen Tagen kämpferisch.', 'vor wenigen Tagen', '2021-01'],
  ['de', 'Das begann vor drei Tagen.', 'vor drei Tagen', '2021-01-08'],
  ['de', 'Das Forum wurde vor zwei Jahren gegründet.', 'vor zwei Jahren', '2019'],
  // Two weeks back is the week of 28 Dec – 3 Jan: no month or year is certain.
  ['de', 'Vor etwa zwei Wochen begann eine Kampagne.', 'Vor etwa zwei Wochen', null],
  ['de', 'Im vergangenen Jahr wurde Kiwi Farms gesperrt.', 'Im vergangenen Jahr', '2020'],
  ['de', 'Ende Mai kam die Sperre.', 'Ende Mai', '2020-05'],
  ['fr', 'Matthew Prince a qualifié 8chan dimanche de havre de paix.', 'dimanche', '2021-01-10'],
  ['fr', "Lundi matin, 8chan n'était pas accessible en ligne.", 'Lundi matin', '2021-01-11'],
  ['fr', 'Le site fermera jeudi.', 'jeudi', '2021-01-14'],
  ['fr', 'Cloudflare a coupé le service mardi dernier.', 'mardi dernier', '2021-01-05'],
  ['fr', 'Nous supprimons 8chan à compter de minuit ce soir, heure du Pacifique.', 'minuit ce soir', '2021-01-11'],
  ['fr', "Le site est inaccessible aujourd'hui.", "aujourd'hui", '2021-01-11'],
  ['fr', 'Le site a été coupé hier soir.', 'hier soir', '2021-01-10'],
  ['fr', 'La décision tombera demain.', 'demain', '2021-01-12'],
  ['fr', "Cloudflare l'a annoncé la semaine dernière.", 'la semaine dernière', '2021-01'],
  ['fr', 'L’année dernière, Epik a commencé à fournir des services à Gab.', 'L’année dernière', '2020'],
  ['fr', "Le forum a été créé il y a deux ans.", 'il y a deux ans', '2019'],
  ['fr', 'Le site a été lancé le 5 août 2019.', '5 août 2019', '2019-08-05'],
  ['fr', 'Le site a été lancé en août 2019.', 'en août 2019', '2019-08'],
  ['fr', 'En 2017, Cloudflare a déconnecté The Daily Stormer.', 'En 2017', '2017'],
  ['fr', 'La fête aura lieu le 14 juillet.', '14 juillet', '2021-07-14'],
  ['fr', 'La fête a eu lieu le 14 juillet.', '14 juillet', '2020-07-14'],
  ['de', 'Die Anhörung ist für den 3. Februar angesetzt.', 'den 3. Februar', '2021-02-03'],
  ['fr', 'La réunion est prévue lundi.', 'lundi', '2021-01-18'],
  ['de', 'Mitte Januar hatte Amazon reagiert.', 'Mitte Januar', '2021-01'],
  ['fr', 'Jeudi 7 janvier, Twitter a suspendu le compte.', 'Jeudi 7 janvier', '2021-01-07'],
];

describe('dates: expressions and values (anchor 2021-01-11, a Monday)', () => {
  it.each(FOUND)('%s: %s', (lang, sentence, text, value) => {
    const facts = datesOf(sentence, lang);
    expect(facts.map((f) => [f.text, f.value])).toContainEqual([text, value]);
  });
});

describe('dates: month and year boundaries', () => {
  it.each([
    ['de', 'Das geschah letzte Woche.', '2021-01-02', 'letzte Woche', '2020-12'],
    ['de', 'Im Dezember wurde die Seite gesperrt.', '2021-01-02', 'Im Dezember', '2020-12'],
    ['de', 'Das Forum ging im Dezember offline.', '2021-01-02', 'im Dezember', '2020-12'],
    ['de', 'Gestern wurde die Seite gesperrt.', '2021-01-01', 'Gestern', '2020-12-31'],
    ['de', 'Das war vor wenigen Tagen.', '2021-01-02', 'vor wenigen Tagen', '2020-12'],
    ['de', 'Apple hatte Parler über das Wochenende entfernt.', '2020-11-02', 'über das Wochenende', '2020'],
    ['de', 'Apple hatte Parler am Wochenende entfernt.', '2021-03-01', 'am Wochenende', '2021-02'],
    ['de', 'Das geschah letzte Woche.', '2021-01-04', 'letzte Woche', null],
    ['de', 'Vor etwa zwei Wochen begann eine Kampagne.', '2021-01-25', 'Vor etwa zwei Wochen', '2021-01'],
    ['fr', 'Le site a été coupé le mois dernier.', '2021-01-15', 'le mois dernier', '2020-12'],
  ] as const)('%s: %s (anchor %s)', (lang, sentence, anchor, text, value) => {
    expect(datesOf(sentence, lang, anchor).map((f) => [f.text, f.value])).toContainEqual([text, value]);
  });
});

describe('dates: missing or coarse publication date', () => {
  it.each([
    ['de', 'Die Maßnahmen, die wir heute ergreifen.', null, 'heute', null],
    ['de', 'Am Montag wurde Parler abgeschaltet.', null, 'Am Montag', null],
    ['de', 'Sie floh am 12. Juli nach Europa.', null, 'am 12. Juli', null],
    ['de', 'Parler ist im Jahr 2018 angetreten.', null, 'im Jahr 2018', '2018'],
    ['de', 'Parler ging am 11.1.2021 offline.', null, '11.1.2021', '2021-01-11'],
    ['fr', 'L’année dernière, Epik a commencé.', null, 'L’année dernière', null],
    ['de', 'Die Maßnahmen, die wir heute ergreifen.', '2021-01', 'heute', null],
    ['de', 'Im vergangenen Jahr wurde die Seite gesperrt.', '2021-01', 'Im vergangenen Jahr', '2020'],
    ['de', 'Im vergangenen Jahr wurde die Seite gesperrt.', '2021', 'Im vergangenen Jahr', '2020'],
  ] as const)('%s: %s (anchor %s)', (lang, sentence, anchor, text, value) => {
    const facts = datesOf(sentence, lang, anchor);
    expect(facts.map((f) => [f.text, f.value])).toContainEqual([text, value]);
    expect(facts.every((f) => f.anchor === anchor)).toBe(true);
  });
});

/** Durations, clock times, counts, numbers, names and event-anchored or period expressions. */
const NOT_DATES: Array<['de' | 'fr', string]> = [
  ['de', 'Die Drohungen sind in den letzten 48 Stunden eskaliert.'],
  ['de', 'Cloudflare schützt über 19 Millionen Internet-Anbieter.'],
  ['de', 'Der Text hat 2.300 Wörter.'],
  ['de', 'Das Forum 8chan ist offline.'],
  ['de', 'Die Sitzung beginnt um 14 Uhr.'],
  ['de', 'Lesen Sie Kapitel 5.'],
  ['de', 'Die Plattform hat 2018 Nutzer verloren.'],
  ['de', 'Das kostet 2019 Euro.'],
  ['de', 'Rufen Sie +49 30 2018 4711 an.'],
  ['de', 'Kurze Zeit später starben neun Menschen.'],
  ['de', 'Alle haben uns am selben Tag hinausgeworfen.'],
  ['de', 'Das eskalierte in den letzten zwei Wochen.'],
  ['de', 'Das Forum steht seit einiger Zeit in der Kritik.'],
  ['de', 'August Bebel sprach am Morgen.'],
  ['de', 'Version 2.3 erschien mit Windows 2000.'],
  ['fr', 'Le site sera coupé pendant deux semaines.'],
  ['fr', '8chan fait partie des 19 millions de propriétés Internet.'],
  ['fr', 'Le rendez-vous est à 14h30.'],
  ['fr', 'Quelques heures plus tard, le site était de retour.'],
  ['fr', "À l'époque, le site était hébergé ailleurs."],
  ['fr', 'Le site reviendra dans les prochains jours.'],
  ['fr', 'Le service compte 2018 utilisateurs.'],
  ['fr', "S'adresser au 03.29.88.43.12."],
  ['fr', "L'accord du Vendredi Saint est caduc."],
];

describe('dates: must not match', () => {
  it.each(NOT_DATES)('%s: %s', (lang, sentence) => {
    expect(datesOf(sentence, lang).map((f) => f.text)).toEqual([]);
  });
});

describe('dates: facts', () => {
  it('slices exactly, records rule and anchor, skips boilerplate', () => {
    const text = 'Am Montag wurde Parler gesperrt. Foto: 12. Juli 2019';
    const doc = makeDoc(text, 'de', {
      published: { value: MONDAY, granularity: 'day', from: 'record' },
      regions: [{ start: 33, end: text.length, kind: 'caption' } as never],
    });
    const facts = extractor.extract(doc);
    expect(facts.map((f) => f.text)).toEqual(['Am Montag']);
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.rule).toBe('dates/weekday');
      expect(f.anchor).toBe(MONDAY);
      expect(f.granularity).toBe('day');
    }
  });

  it('declares its contract', () => {
    expect(extractor).toMatchObject({ id: 'dates', provides: 'dates', requires: [], languages: ['de', 'fr'] });
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesOf, expectEntity, expectNoName, extractFrom } from './helpers/entity-tables.ts';

// Tables for issue 16, German. Names are invented or well known; no sentence comes from
// the development articles. Each row varies what the construction leaves free.

describe('de: names from cue nouns, appositions, legal forms, domains and handles', () => {
  const rows: Array<[string, string]> = [
    ['Der Sender Telesüd berichtete zuerst.', 'Telesüd:organization'],
    ['Das Portal Wortwerk ging am Montag offline.', 'Wortwerk:site'],
    ['Die Firma Felsbrenner entließ zwanzig Leute.', 'Felsbrenner:organization'],
    ['Der Hoster Felsnetz sperrte den Zugang.', 'Felsnetz:organization'],
    ['Die Plattform Talkraum löschte das Konto.', 'Talkraum:site'],
    ['Der Rapper Kalle Brenner trat auf.', 'Kalle Brenner:person'],
    ['Laut Sprecher Jonas Wieland ist alles geklärt.', 'Jonas Wieland:person'],
    ['Die Nordwind GmbH klagte dagegen.', 'Nordwind GmbH:organization'],
    ['Die Alpenblick AG meldete Verluste.', 'Alpenblick AG:organization'],
    ['Der Anbieter Seltron Inc. kündigte den Vertrag.', 'Seltron Inc.:organization'],
    ['Die Seite nordforum.net ist nicht mehr erreichbar.', 'nordforum.net:site'],
    ['Auf heimatfront.de erschienen die Texte.', 'heimatfront.de:site'],
    ['Der Account @nordwind_info wurde gesperrt.', '@nordwind_info:organization'],
    ['Die Mutterfirma Baltica Holding schwieg.', 'Baltica Holding:organization'],
    ['Der Konzern Veltrix wies die Vorwürfe zurück.', 'Veltrix:organization'],
    ['Der Netzbetreiber Ostkabel drosselte die Leitung.', 'Ostkabel:organization'],
    ['„Wir prüfen das“, sagte Brenner.', 'Brenner:person'],
    ['Der Schritt sei falsch, so Wieland.', 'Wieland:person'],
    ['Lindqvist erklärte, den Vertrag zu kündigen.', 'Lindqvist:person'],
    ['Hoxha: „Wir haben gekämpft.“', 'Hoxha:person'],
    ['Zum Schluss traf noch Orahovac für die Gäste.', 'Orahovac:person'],
    ['Der Verteidiger Kowalski fehlte verletzt.', 'Kowalski:person'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'de', expected));
});

describe('de: multi-word names with lower-case links', () => {
  const rows: Array<[string, string]> = [
    ['Das Landesamt für Verfassungsschutz warnte davor.', 'Landesamt für Verfassungsschutz:organization'],
    ['Eine Einschätzung des Landesamtes für Verfassungsschutz liegt vor.', 'Landesamt für Verfassungsschutz:organization'],
    ['Das Bundesministerium für Bildung und Forschung fördert das.', 'Bundesministerium für Bildung und Forschung:organization'],
    ['Die Stiftung für Datenschutz Nordhausen lud ein.', 'Stiftung für Datenschutz:organization'],
    ['Das Landgericht Köln gab der Klage statt.', 'Landgericht Köln:organization'],
    ['Die Staatsanwaltschaft Wuppertal ermittelt.', 'Staatsanwaltschaft Wuppertal:organization'],
    ['Das Amtsgericht München wies den Antrag ab.', 'Amtsgericht München:organization'],
    ['Die Kommission für Jugendmedienschutz prüft den Fall.', 'Kommission für Jugendmedienschutz:organization'],
    ['Das Institut für Medienrecht legte eine Studie vor.', 'Institut für Medienrecht:organization'],
    ['Die Akademie der Künste protestierte.', 'Akademie der Künste:organization'],
    ['Die Agentur für Arbeit meldete neue Zahlen.', 'Agentur für Arbeit:organization'],
    ['Der FC Schalke 04 gewann knapp.', 'FC Schalke 04:organization'],
    ['Gegen Borussia Dortmund reichte es nicht.', 'Borussia Dortmund:organization'],
    ['Der SV Werder Bremen verlor.', 'SV Werder Bremen:organization'],
    ['Die Seite The Daily Stormer war offline.', 'The Daily Stormer:site'],
    ['Die Agence France-Presse meldete das.', 'Agence France-Presse:organization'],
    ['Die Website Tree of Freedom ging vom Netz.', 'Tree of Freedom:site'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'de', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Das Zentrum der Stadt war leer.', 'Zentrum der Stadt'],
    ['Die Gesellschaft der Gegenwart ändert sich.', 'Gesellschaft der Gegenwart'],
    ['Der Rat der Experten fiel deutlich aus.', 'Rat der Experten'],
    ['Eine Einschätzung des Landesamtes für Verfassungsschutz vom Januar liegt vor.', 'Landesamt für Verfassungsschutz vom Januar'],
    ['Das Bundesamt für Verfassungsschutz Thomas Haldenwang sagte etwas.', 'Bundesamt für Verfassungsschutz Thomas Haldenwang'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => expectNoName(text, 'de', name));
});

describe('de: boundaries', () => {
  const rows: Array<[string, string]> = [
    ['Die Abgeordnete Monika Weber-Hahn widersprach.', 'Monika Weber-Hahn:person'],
    ['Trainer Sven-Olaf Petersen blieb ruhig.', 'Sven-Olaf Petersen:person'],
    ['Der Chef Jon Karlung antwortete.', 'Jon Karlung:person'],
    ['Die Politikerin Ursula von der Heide sprach.', 'Ursula von der Heide:person'],
    ['Der Torjäger Robert Vittek traf doppelt.', 'Robert Vittek:person'],
    ['Der Regierungskritiker Alexej Wolkow wurde verhaftet.', 'Alexej Wolkow:person'],
    ['Die Transfrau Clara Berger erhielt Drohungen.', 'Clara Berger:person'],
    ['Der US-Präsident reiste ab.', 'United States:location'],
    ['Die Cloudflare-Chefin äußerte sich.', 'Cloudflare:organization'],
    ['Ein Google-Sprecher bestätigte das.', 'Google:organization'],
    ['Die EU-Kommission prüft den Fall.', 'European Commission:organization'],
    ['Der Schweiz-Korrespondent berichtet.', 'Switzerland:location'],
    ['Die Unruhen in der Hafenstadt Dalian dauern an.', 'Dalian:location'],
    ['Sie wohnt in Quickborn bei Hamburg.', 'Quickborn:location'],
    ['Er wohnt an der Nußbaumallee.', 'Nußbaumallee:location'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'de', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Gescheitertes Comeback für den Sänger.', 'Gescheitertes Comeback'],
    ['Versuchter Umzug nach Berlin.', 'Versuchter Umzug'],
    ['Beim Vorgehen gab es Fehler.', 'Beim Vorgehen'],
    ['Die Transfrau Clara Berger erhielt Drohungen.', 'Transfrau Clara Berger'],
    ['Der Regierungskritiker Alexej Wolkow wurde verhaftet.', 'Regierungskritiker Alexej Wolkow'],
    ['Die Abgeordnete Monika Weber-Hahn widersprach.', 'Monika Weber'],
    ['Nach Ablauf der Frist war es vorbei.', 'Ablauf'],
    ['Das geschah aus Versehen.', 'Versehen'],
    ['Er tat es nach Belieben.', 'Belieben'],
    ['Es waren Tonnen Salz auf der Straße.', 'Tonnen Salz'],
    ['Die Flugzeuge flogen in nur 120 Metern Höhe.', 'Metern Höhe'],
    ['Hinweise kamen aus Regierungskreisen.', 'Regierungskreisen'],
    ['Das zeichnete ein verzerrtes Bild der Lage.', 'Bild'],
    ['Mit dem Zug fuhr er weiter.', 'Massachusetts Institute of Technology'],
    ['Die Deutschen und die Franzosen stimmten zu.', 'Deutschen'],
    ['Die AGB und die TLDs wurden geändert.', 'AGB'],
    ['Das Arbeitslosengeld II steigt.', 'II'],
    ['Der VRAM-Bug ist behoben.', 'VRAM'],
    ['Das Labor fand Rückstände.', 'Labor'],
    ['Die europäische Industrie kritisiert das.', 'Industrie'],
    ['Die Anbieter nahmen ihre Apps aus den App Stores.', 'App Store'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => expectNoName(text, 'de', name));
});

describe('de: one entity per referent', () => {
  const rows: Array<[string, string, string[]]> = [
    ['Die Sängerin Anna Lindqvist trat auf. Lindqvist sang zwei Lieder.', 'Anna Lindqvist', ['Anna Lindqvist', 'Lindqvist']],
    ['Der Musiker Neil Hartmann spielte. Neil lächelte dabei.', 'Neil Hartmann', ['Neil Hartmann', 'Neil']],
    ['Frau Dr. Petra Kolb sprach. Frau Kolb blieb dabei.', 'Petra Kolb', ['Petra Kolb', 'Kolb']],
    ['Cloudflare schwieg. Cloudflares Kunden fragten nach.', 'Cloudflare', ['Cloudflare', 'Cloudflares']],
    ['Der Verfassungsschutz warnte. Das Bundesamt für Verfassungsschutz legte nach.', 'Bundesamt für Verfassungsschutz', ['Verfassungsschutz', 'Bundesamt für Verfassungsschutz']],
    ['Donald Trump schrieb. Später twitterte @realDonaldTrump erneut.', 'Donald Trump', ['Donald Trump', '@realDonaldTrump']],
    ['Die Seite Kiwi Farms war weg; Kiwifarms kam zurück.', 'Kiwi Farms', ['Kiwi Farms', 'Kiwifarms']],
    ['Die Epic Games klagte. Epic sprach von Willkür.', 'Epic Games', ['Epic Games', 'Epic']],
    ['Google sperrte die App. Auf google.de fand man sie nicht mehr.', 'Google', ['Google', 'google']],
    ['Die Nordwind GmbH klagte. Nordwind sah sich im Recht.', 'Nordwind GmbH', ['Nordwind GmbH', 'Nordwind']],
    ['Cloudflare handelte. Cloudfare hatte gezögert.', 'Cloudflare', ['Cloudflare', 'Cloudfare']],
    ['Die Vereinigten Staaten und die USA sind dasselbe.', 'United States', ['Vereinigten Staaten', 'USA']],
    ['Vladimir Putin sprach. Putin drohte.', 'Vladimir Putin', ['Vladimir Putin', 'Putin']],
    ['Der Chef Jon Karlung sprach. Karlung blieb hart.', 'Jon Karlung', ['Jon Karlung', 'Karlung']],
    ['Das Landgericht Köln urteilte. Das Landgericht Köln bestätigte es.', 'Landgericht Köln', ['Landgericht Köln', 'Landgericht Köln']],
  ];
  it.each(rows)('%s', (text, name, mentions) => {
    const entity = extractFrom(text, 'de').find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.text.replace(/\.de$/u, ''))).toEqual(mentions);
  });

  const apart: Array<[string, string[]]> = [
    ['Anna Berger und Paul Berger kamen.', ['Anna Berger:person', 'Paul Berger:person']],
    ['Die Gruppe Pro Nordhausen demonstrierte in Nordhausen.', ['Nordhausen:location', 'Pro Nordhausen:organization']],
    ['8chan und 4chan sind Foren.', ['4chan:site', '8chan:site']],
    ['Google und Google Play sind zwei Dinge.', ['Google Play:site', 'Google:organization']],
    ['Neil Young und Neil Hartmann spielten. Neil winkte.', ['Neil Hartmann:person', 'Neil Young:person']],
  ];
  it.each(apart)('two referents stay apart: %s', (text, expected) => {
    expect(entitiesOf(text, 'de')).toEqual(expected);
  });
});

describe('de: types by cue, gazetteer or context', () => {
  const rows: Array<[string, string]> = [
    ['Die Firma Talberg lieferte.', 'Talberg:organization'],
    ['Die Website Talberg ging offline.', 'Talberg:site'],
    ['Herr Talberg sagte nichts.', 'Talberg:person'],
    ['Er schrieb auf TalkRaum, dass er gehe.', 'TalkRaum:site'],
    ['Sie postete das auf der Plattform Quasselnet.', 'Quasselnet:site'],
    ['Die Videos liefen auf ViewTube und auf quasselnet.com.', 'ViewTube:site'],
    ['Cloudflare schützt die Seite.', 'Cloudflare:organization'],
    ['Parler war offline.', 'Parler:site'],
    ['In Frankreich gilt das nicht.', 'France:location'],
    ['Der Hoster Hostpoint sperrte die Seite.', 'Hostpoint:organization'],
    ['Die App ist im App Store verfügbar.', 'App Store:site'],
    ['Im Google Play Store fehlt sie.', 'Google Play:site'],
    ['Die Stadt Rapperswil-Jona liegt am See.', 'Rapperswil-Jona:location'],
    ['In der NBA spielt er nicht mehr.', 'NBA:organization'],
    ['Der Landkreis Emsberg lud ein.', 'Emsberg:location'],
    ['„Das ist falsch“, sagte Siemens.', 'Siemens:organization'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'de', expected));

  // Known limits: `auf` types a name found by another rule, it does not find one; a
  // name ending like a common noun (`-meister`) is missed even after a cue noun.
  it.fails.each([
    ['Sie postete das auf Quasselnet.', 'Quasselnet:site'],
    ['Die Firma Bergmeister entließ zwanzig Leute.', 'Bergmeister:organization'],
  ])('known limit: %s → %s', (text, expected) => expectEntity(text, 'de', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Er fuhr auf Sylt in den Urlaub.', 'Sylt:site'],
    ['Das Projekt liegt auf Eis.', 'Eis'],
    ['Auf einen Schlag war alles weg.', 'Schlag'],
    ['Er wartet auf Antwort.', 'Antwort'],
    ['Sie setzt auf Zeit.', 'Zeit'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => {
    expect(entitiesOf(text, 'de')).not.toContain(name);
    if (!name.includes(':')) expectNoName(text, 'de', name);
  });
});

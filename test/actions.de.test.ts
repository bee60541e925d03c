import { describe as group, expect, it } from 'vitest';
import { describe, buildDoc, extractor, type Case } from './actions-fixture.ts';

const CF = 'Cloudflare:organization';
const AWS = 'Amazon Web Services:organization:Amazon|AWS';
const CHAN = '8chan:site:8Chan';
const KF = 'Kiwi Farms:site:Kiwifarms';

type Row = [string, Case, string[]];

const constructions: Record<string, Row[]> = {
  'verb second and separable verbs': [
    ['Cloudflare stellt den Schutz für 8chan ein.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Twilio dreht Parler den Hahn ab.', { entities: ['Twilio:organization', 'Parler:site'] }, ['Twilio>terminate_service>Parler']],
    ['Amazon zieht seine Dienste für Parler zurück.', { entities: [AWS, 'Parler:site'] }, ['Amazon Web Services>terminate_service>Parler']],
    ['Cloudflare nimmt 8chan vom Netz.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Cloudflare kündigt an, 8chan zu sperren.', { entities: [CF, CHAN] }, ['Cloudflare>block_access>8chan']],
    ['Im vergangenen Jahr schützte DDoS-Guard die Website Parler.com.', { entities: ['DDoS-Guard:organization', 'Parler:site:Parler.com'] }, ['DDoS-Guard>provide_service>Parler']],
  ],
  'noun phrases': [
    ['Die Kündigung des Schutzes für 8chan durch Cloudflare kam überraschend.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Die Sperrung von Kiwi Farms durch Cloudflare war umstritten.', { entities: [CF, KF] }, ['Cloudflare>block_access>Kiwi Farms']],
  ],
  'passives with and without agent': [
    ['Parler wurde von Amazon vom Netz genommen.', { entities: [AWS, 'Parler:site'] }, ['Amazon Web Services>terminate_service>Parler']],
    ['Am Montagvormittag wurde Parler aus der Cloud der Amazon Web Services geworfen.', { entities: [AWS, 'Parler:site'] }, ['Amazon Web Services>terminate_service>Parler']],
    ['Die Internetverbindung von Kiwi Farms wird von VegasNAP bereitgestellt.', { entities: [KF, 'VegasNAP:organization'] }, ['VegasNAP>provide_service>Kiwi Farms']],
    ['Amazon reagierte schnell: Parler wurde abgeschaltet.', { entities: [AWS, 'Parler:site'] }, ['Amazon Web Services>terminate_service>Parler']],
  ],
  'participle attributes': [
    ['Andere von Cloudflare blockierte Websites, wie Daily Stormer und 8chan, fanden neue Anbieter.', { entities: [CF, CHAN, 'The Daily Stormer:site:Daily Stormer'] }, ['Cloudflare>block_access>8chan', 'Cloudflare>block_access>The Daily Stormer']],
  ],
  'first person': [
    ['Für Cloudflare ist das schwer. Wir blockieren Kiwifarms. Wir haben lange gezögert. Wir bedauern es, aber wir müssen handeln.', { entities: [CF, KF] }, ['Cloudflare>block_access>Kiwi Farms']],
    [
      'Cloudflare äußerte sich am Montag. „Wir beenden die Zusammenarbeit mit 8chan“, schrieb das Unternehmen.',
      { entities: [CF, CHAN], quotes: ['Wir beenden die Zusammenarbeit mit 8chan=Cloudflare'] },
      ['Cloudflare>terminate_service>8chan'],
    ],
    ['„Wir beenden die Zusammenarbeit mit 8chan“, schrieb ein Nutzer von Cloudflare.', { entities: [CF, CHAN], quotes: ['Wir beenden die Zusammenarbeit mit 8chan=Max Muster'] }, []],
  ],
  coordination: [
    ['Google und Apple haben Parler aus ihren App Stores geworfen.', { entities: ['Google:organization', 'Apple:organization', 'Parler:site'] }, ['Apple>remove_listing>Parler', 'Google>remove_listing>Parler']],
    ['Cloudflare sperrte 8chan und Kiwi Farms.', { entities: [CF, CHAN, KF] }, ['Cloudflare>block_access>8chan', 'Cloudflare>block_access>Kiwi Farms']],
  ],
  'compounds, domains and two objects': [
    ['Cloudflare sperrt die Kiwifarms-Seiten.', { entities: [CF, KF] }, ['Cloudflare>block_access>Kiwi Farms']],
    ['DDoS-Guard schützt KiwiFarms.ru.', { entities: ['DDoS-Guard:organization', 'KiwiFarms.ru:site'] }, ['DDoS-Guard>provide_service>KiwiFarms.ru']],
    ['Cloudflare stellt Kiwifarms Sicherheitsdienste zur Verfügung.', { entities: [CF, KF] }, ['Cloudflare>provide_service>Kiwi Farms']],
    ['KiwiFarms.ru ist bei der russischen Firma DDoS-Guard registriert.', { entities: ['DDoS-Guard:organization', 'KiwiFarms.ru:site'] }, ['DDoS-Guard>provide_service>KiwiFarms.ru']],
    ['8chan nutzt die Dienste von Cloudflare.', { entities: [CF, CHAN] }, ['Cloudflare>provide_service>8chan']],
  ],
  'negation and hedging': [
    ['Cloudflare hat 8chan nicht gesperrt.', { entities: [CF, CHAN] }, ['Cloudflare>block_access>8chan !neg']],
    ['Cloudflare will 8chan nicht mehr schützen.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Cloudflare bietet 8chan keine Dienste mehr an.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Cloudflare war nie Hosting-Anbieter von Kiwi Farms.', { entities: [CF, KF] }, ['Cloudflare>provide_service>Kiwi Farms !neg']],
    ['Amazon soll Parler vom Netz genommen haben.', { entities: [AWS, 'Parler:site'] }, ['Amazon Web Services>terminate_service>Parler ~hedge']],
    ['Laut Medienberichten hat Apple Parler aus dem App Store entfernt.', { entities: ['Apple:organization', 'Parler:site'] }, ['Apple>remove_listing>Parler ~hedge']],
  ],
  'accounts and restoring': [
    ['Twitter sperrt das Konto von Donald Trump dauerhaft.', { entities: ['Twitter:site', 'Donald Trump:person'] }, ['Twitter>suspend_account>Donald Trump']],
    ['BitMitigate brachte Daily Stormer wieder online.', { entities: ['BitMitigate:organization', 'The Daily Stormer:site:Daily Stormer'] }, ['BitMitigate>restore_service>The Daily Stormer']],
  ],
  dates: [
    ['Am Montag hat Cloudflare 8chan gesperrt.', { entities: [CF, CHAN], dates: ['Am Montag=2019-08-05'] }, ['Cloudflare>block_access>8chan@2019-08-05']],
    [
      'Im Jahr 2017 kündigte Cloudflare den Daily Stormer, am 5. August 2019 sperrte Cloudflare 8chan.',
      { entities: [CF, CHAN, 'The Daily Stormer:site:Daily Stormer'], dates: ['Im Jahr 2017=2017', 'am 5. August 2019=2019-08-05'] },
      ['Cloudflare>block_access>8chan@2019-08-05', 'Cloudflare>terminate_service>The Daily Stormer@2017'],
    ],
  ],
  'descriptions and demonstratives': [
    // `der Hosting-Anbieter von X` stands for the one provider the article gives X; `diese Plattform` for the last site before it.
    [
      'Seit 2018 hostet Epik die Plattform Gab. Am Montag hat der Hosting-Anbieter von Gab diese Plattform gesperrt.',
      { entities: ['Epik:organization', 'Gab:site'] },
      ['Epik>block_access>Gab', 'Epik>provide_service>Gab'],
    ],
    // The article may name the provider only later; the description's head restates nothing.
    [
      'Der Hoster von BitMitigate erklärte, er habe den Dienst dieser Firma eingestellt. BitMitigate nutzte die Server von Voxility.',
      { entities: ['BitMitigate:organization', 'Voxility:organization'] },
      ['Voxility>provide_service>BitMitigate', 'Voxility>terminate_service>BitMitigate'],
    ],
    ['Voxility hat 8chan lange gehostet. Die Kritik wurde lauter. Am Montag sperrte Voxility dieses Forum.', { entities: ['Voxility:organization', CHAN] }, ['Voxility>block_access>8chan', 'Voxility>provide_service>8chan']],
    // No provider known for Gab, or two of them: the description stays unresolved.
    ['Der Hoster von Gab hat diese Plattform gesperrt.', { entities: ['Gab:site'] }, []],
    [
      'Epik hostet Gab. Cloudflare schützt Gab. Der Hoster von Gab hat diese Plattform gesperrt.',
      { entities: ['Epik:organization', 'Gab:site', CF] },
      ['Cloudflare>provide_service>Gab', 'Epik>provide_service>Gab'],
    ],
    // Predicates and appositions name the provider themselves.
    ['Epik hostet Gab. Cloudflare ist der Hosting-Anbieter von Gab.', { entities: ['Epik:organization', 'Gab:site', CF] }, ['Cloudflare>provide_service>Gab', 'Epik>provide_service>Gab']],
    [
      'Cloudflare schützt Gab. Epik, der Hoster von Gab, sperrte 8chan.',
      { entities: ['Epik:organization', 'Gab:site', CF, CHAN] },
      ['Cloudflare>provide_service>Gab', 'Epik>block_access>8chan', 'Epik>provide_service>Gab'],
    ],
    // `diese Website` needs a site before it.
    ['Voxility veröffentlichte eine Erklärung. Cloudflare sperrte diese Website.', { entities: ['Voxility:organization', CF] }, []],
  ],
  'speakers and their roles': [
    [
      '„Wir wechseln zu BitMitigate“, schrieb Ron Watkins, der Betreiber von 8chan.',
      { entities: ['BitMitigate:organization', CHAN, 'Ron Watkins:person'], quotes: ['Wir wechseln zu BitMitigate=Ron Watkins'] },
      ['BitMitigate>provide_service>8chan'],
    ],
    [
      '8chan-Betreiber Ron Watkins schrieb: „Wir wechseln zu BitMitigate.“',
      { entities: ['BitMitigate:organization', CHAN, 'Ron Watkins:person'], quotes: ['Wir wechseln zu BitMitigate.=Ron Watkins'] },
      ['BitMitigate>provide_service>8chan'],
    ],
    // Only nearness, no role: `wir` may act but is never the one acted upon.
    [
      '„Wir wechseln zu BitMitigate“, schrieb Ron Watkins. 8chan ist offline.',
      { entities: ['BitMitigate:organization', CHAN, 'Ron Watkins:person'], quotes: ['Wir wechseln zu BitMitigate=Ron Watkins'] },
      [],
    ],
  ],
  'roles and must-not-match': [
    ['Matthew Prince sperrt 8chan.', { entities: ['Matthew Prince:person', CHAN] }, []],
    ['Cloudflare sperrt heute alles.', { entities: [CF] }, []],
    ['Google sucht nach Apple-Produkten.', { entities: ['Google:organization', 'Apple:organization'] }, []],
    ['Der SV Ried hat die Zusammenarbeit mit Parler beendet.', { entities: ['SV Ried:organization', 'Parler:site'] }, []],
    ['Der Hoster Hetzner hat die Zusammenarbeit mit Parler beendet.', { entities: ['Hetzner:organization', 'Parler:site'] }, ['Hetzner>terminate_service>Parler']],
    ['Das Twitter-Konto von Voxility kündigte an, die Inhalte würden bald gesperrt.', { entities: ['Twitter:site', 'Voxility:organization'] }, []],
    ['Cloudflare veröffentlichte einen Bericht über 8chan.', { entities: [CF, CHAN] }, []],
    ['Cloudflare kündigt neue Produkte für Kunden von 8chan an.', { entities: [CF, CHAN] }, []],
    ['Cloudflare stellt neue Mitarbeiter ein, sagt 8chan.', { entities: [CF, CHAN] }, []],
    ['Nutzer von Twitter verließen Gab.', { entities: ['Twitter:site', 'Gab:site'] }, []],
  ],
};

group('actions (de)', () => {
  for (const [name, rows] of Object.entries(constructions)) {
    it.each(rows)(`${name}: %s`, (text, options, expected) => {
      expect(describe(text, 'de', options)).toEqual(expected);
    });
  }

  it('gives the whole sentence as evidence, slice-exact', () => {
    const text = 'Vorher war alles ruhig. Cloudflare sperrt 8chan. Danach nicht.';
    const facts = extractor.extract(buildDoc(text, 'de', { entities: [CF, CHAN] }));
    expect(facts).toHaveLength(1);
    const fact = facts[0];
    expect(fact?.evidence.text).toBe('Cloudflare sperrt 8chan.');
    expect(text.slice(fact?.evidence.start, fact?.evidence.end)).toBe(fact?.evidence.text);
    expect(fact?.rule).toBe('actions/de/block-sperren');
  });

  it('skips sentences inside boilerplate', () => {
    const text = 'Cloudflare sperrt 8chan.';
    const doc = buildDoc(text, 'de', { entities: [CF, CHAN] });
    doc.regions = [{ start: 0, end: text.length, kind: 'caption', rule: 'test' }];
    expect(extractor.extract(doc)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { speakersOf, type Row } from './quotes-constructions.ts';

// German quotation constructions, one table per construction (issue 15). Own sentences, invented names.
const TABLES: Record<string, Row[]> = {
  'inverted frame after the quotation: „…“, sagte X': [
    ['„Wir haben den Vertrag mit sofortiger Wirkung gekündigt“, sagte Anna Berger.', ['Anna Berger']],
    ['„Die Seite verstößt gegen unsere Regeln“, erklärte Thomas Keller am Dienstag.', ['Thomas Keller']],
    ['„Wir prüfen jeden Fall einzeln und sehr genau“, betonte Julia Brandt gegenüber dem Sender.', ['Julia Brandt']],
    ['»Das Angebot wird nicht verlängert«, schrieb Markus Weber in einem Blogeintrag.', ['Markus Weber']],
    ['"Wir werden die Entscheidung nicht rückgängig machen", twitterte Hostwerk am Abend.', ['Hostwerk']],
    ['„Die Kunden wurden rechtzeitig informiert“, teilte Netzhafen am Montag mit.', ['Netzhafen']],
    ['„Es gibt keinen Platz für Hetze auf unseren Servern“, hatte Berger bereits im Frühjahr gewarnt.', ['Anna Berger']],
    ['„Wir sehen keinen Grund für eine Sperre der Domain“, entgegnete Datacloud knapp.', ['Datacloud']],
    ['„Ich habe diese Entscheidung allein getroffen“, räumte Keller später ein.', ['Thomas Keller']],
    ['„Das Forum bleibt bis auf Weiteres offline“, bestätigte Orbitel auf Anfrage.', ['Orbitel']],
    ['„Wir haben alle Beiträge gelöscht“, sagte er, nachdem Julia Brandt den Saal verlassen hatte.', [null]],
  ],
  'so X after the quotation': [
    ['„Wir beenden die Zusammenarbeit mit dem Forum“, so Anna Berger.', ['Anna Berger']],
    ['„Die Domain wurde heute Morgen gesperrt“, so Netzhafen in einer Mitteilung.', ['Netzhafen']],
    ['„Das war längst überfällig“, so Keller.', ['Thomas Keller']],
    ['„Wir halten uns an das Gesetz und an nichts sonst“, so Datacloud-Chefin Julia Brandt.', ['Julia Brandt']],
    ['„Niemand hat uns vorher gewarnt“, so ein Sprecher von Hostwerk.', ['Hostwerk']],
    ['„Die Server stehen in Frankfurt und bleiben dort“, so Markus Weber weiter.', ['Markus Weber']],
    ['„Der Dienst ist für alle Kunden wieder erreichbar“, so Orbitel am Mittwoch.', ['Orbitel']],
    ['„Wir bedauern die Unannehmlichkeiten sehr“, so das Unternehmen Telenova.', ['Telenova']],
    ['„Wir warten auf das Urteil des Gerichts“, so die Sprecherin von Netzhafen.', ['Netzhafen']],
    ['„Das Forum hat jede Grenze überschritten“, so Berger am Telefon.', ['Anna Berger']],
  ],
  'laut X, X zufolge, nach Angaben von X': [
    ['Laut Hostwerk ist das Forum „eine Gefahr für die Sicherheit“ der Nutzer.', ['Hostwerk']],
    ['Laut Anna Berger war die Sperre „die einzige mögliche Antwort“ auf die Drohungen.', ['Anna Berger']],
    ['Netzhafen zufolge handelt es sich um „einen klaren Verstoß gegen die Nutzungsbedingungen“.', ['Netzhafen']],
    ['Thomas Keller zufolge sei das „ein schwarzer Tag für das freie Netz“.', ['Thomas Keller']],
    ['Nach Angaben von Datacloud wurden „alle betroffenen Konten dauerhaft gesperrt“.', ['Datacloud']],
    ['Laut Orbitel verstoßen die Inhalte „gegen geltendes Recht in mehreren Ländern“.', ['Orbitel']],
    ['Gemäß Telenova war der Schritt „mit den Behörden abgestimmt“.', ['Telenova']],
    ['Laut Julia Brandt hat das Unternehmen „keine andere Wahl gehabt“ als zu handeln.', ['Julia Brandt']],
    ['Dem Anbieter Hostwerk zufolge gab es „zahlreiche Beschwerden von Nutzern“.', ['Hostwerk']],
    ['Laut Markus Weber sei die Seite „ein Sammelbecken für Hass und Hetze“ gewesen.', ['Markus Weber']],
  ],
  'colon frames': [
    ['Anna Berger schrieb am Abend: „Wir haben das Forum endgültig vom Netz genommen.“', ['Anna Berger']],
    ['Netzhafen teilte dazu mit: „Die Sperre gilt ab sofort und ohne Ausnahme.“', ['Netzhafen']],
    ['Der Chef von Datacloud, Thomas Keller, sagte dazu nur: „Das ist unsere Entscheidung.“', ['Thomas Keller']],
    ['Julia Brandt im Interview: „Wir lassen uns von niemandem erpressen, auch nicht von Hackern.“', ['Julia Brandt']],
    ['Keller:\n\n„Wir werden keine weiteren Kunden dieser Art annehmen.“', ['Thomas Keller']],
    ['Hostwerk veröffentlichte eine Stellungnahme:\n\n„Wir dulden keine Aufrufe zur Gewalt auf unserer Infrastruktur.“', ['Hostwerk']],
    ['Berger: „Gegen die Hetze im Netz vorgehen“', ['Anna Berger']],
    ['Markus Weber weiter im Wortlaut: „Wir haben die Behörden sofort informiert und alle Daten gesichert.“', ['Markus Weber']],
    ['Orbitel auf Twitter: „Wir sind wieder online und arbeiten an der Ursache.“', ['Orbitel']],
    ['In der Mitteilung von Telenova heißt es: „Wir haben den Vertrag fristlos gekündigt.“', ['Telenova']],
    ['Ein Nutzer schrieb: „Endlich ist diese Seite weg, das hat viel zu lange gedauert.“', [null]],
  ],
  'statements of an organisation': [
    ['„Wir haben die Domain gesperrt, weil sie gegen unsere Regeln verstößt“, teilte Hostwerk mit.', ['Hostwerk']],
    ['Netzhafen vermietet Server an Firmen. „Wir entfernen den Kunden aus unserem Netz“, erklärte das Unternehmen.', ['Netzhafen']],
    ['„Der Vertrag wurde beendet“, bestätigte ein Sprecher von Datacloud.', ['Datacloud']],
    ['„Die Konten bleiben gesperrt“, sagte eine Orbitel-Sprecherin am Freitag.', ['Orbitel']],
    ['Telenova reagierte am Abend. „Wir prüfen den Fall sorgfältig“, hieß es vom Konzern.', ['Telenova']],
    ['Ein Hostwerk-Sprecher sagte: „Wir haben die Polizei eingeschaltet und warten auf Anweisungen.“', ['Hostwerk']],
    ['In einer Stellungnahme von Netzhafen hieß es, man werde „keine Hassinhalte dulden“.', ['Netzhafen']],
    ['Datacloud betreibt Rechenzentren in Europa. Die Firma schrieb: „Die Seite ist ab heute nicht mehr erreichbar.“', ['Datacloud']],
    ['„Wir haben mehrere Warnungen ausgesprochen“, teilte der Anbieter Orbitel auf Anfrage mit.', ['Orbitel']],
    ['Telenova äußerte sich schriftlich. „Unsere Regeln gelten für alle Kunden gleichermaßen“, erklärte der Konzern.', ['Telenova']],
  ],
  'pronouns and descriptions refer back to the subject before': [
    ['Anna Berger leitet Hostwerk seit 2015. „Wir haben lange gezögert, aber jetzt ist Schluss“, sagte sie.', ['Anna Berger']],
    ['Thomas Keller sprach am Montag mit Journalisten über Julia Brandt. „Wir haben die Seite gesperrt, weil es Drohungen gab“, sagte er.', ['Thomas Keller']],
    ['Markus Weber gründete Datacloud vor zehn Jahren. „Wir wollten nie Zensur ausüben“, sagte der Gründer.', ['Markus Weber']],
    ['Julia Brandt ist seit Jahren im Amt. Sie sagte am Dienstag: „Das Forum bleibt gesperrt, was auch immer passiert.“', ['Julia Brandt']],
    ['Keller führt das Unternehmen seit 2010. „Für Hass ist kein Platz bei uns“, erklärte der Chef.', ['Thomas Keller']],
    ['Frau Berger hat die Kündigung unterschrieben. Markus Weber äußerte sich nicht. „Die Sperre ist endgültig und wird nicht aufgehoben“, sagte sie.', ['Anna Berger']],
    ['Hostwerk hat 300 Mitarbeiter. „Wir handeln nach Recht und Gesetz“, betonte die Firma.', ['Hostwerk']],
    ['Netzhafen sperrte das Forum am Freitag. „Der Schritt war nötig, um die Nutzer zu schützen“, erklärte der Provider.', ['Netzhafen']],
    ['Markus Weber besitzt die Firma. Er schrieb auf seinem Blog: „Ich stehe zu dieser Entscheidung, auch wenn sie Kunden kostet.“', ['Markus Weber']],
    ['Thomas Keller wurde am Montag befragt. Er sei über die Drohungen „zutiefst erschüttert“ gewesen, sagte er.', ['Thomas Keller']],
  ],
  'a quotation that continues the previous one keeps its speaker': [
    ['„Wir haben das Forum gesperrt“, sagte Anna Berger. „Die Drohungen waren zu konkret geworden.“', ['Anna Berger', 'Anna Berger']],
    ['„Die Domain ist gelöscht“, schrieb Keller.\n\n„Es gibt kein Zurück mehr für diese Seite.“', ['Thomas Keller', 'Thomas Keller']],
    ['Julia Brandt sagte: „Wir dulden keine Hetze.“ Das Verbot zeige, „dass wir auch gegen die Betreiber vorgehen“.', ['Julia Brandt', 'Julia Brandt']],
    ['„Die Server sind abgeschaltet“, erklärte Netzhafen. Und weiter: „Wir haben die Behörden informiert.“', ['Netzhafen', 'Netzhafen']],
    ['„Wir kündigen den Vertrag“, sagte Markus Weber, „und zwar mit sofortiger Wirkung.“', ['Markus Weber']],
    ['„Das ist das Ende“, twitterte Hostwerk. „Wir bedanken uns bei allen Kunden für ihre Geduld.“', ['Hostwerk', 'Hostwerk']],
    ['„Wir prüfen jede Meldung“, sagte Berger. „Und wir handeln, wenn es nötig ist.“ „Niemand steht über den Regeln.“', ['Anna Berger', 'Anna Berger', 'Anna Berger']],
    ['„Der Dienst bleibt gesperrt“, so Orbitel.\n\n„Wir sehen keinen Anlass, das zu ändern.“', ['Orbitel', 'Orbitel']],
    ['„Es gab Drohungen gegen Mitarbeiter“, schrieb Telenova. „Das können wir nicht hinnehmen“, hieß es weiter.', ['Telenova', 'Telenova']],
    ['„Ich habe das nicht leichtfertig entschieden“, sagte Thomas Keller. Dann fügte er hinzu: „Aber es war richtig.“', ['Thomas Keller', 'Thomas Keller']],
  ],
  'a person named with a role is the person': [
    ['„Wir haben keine Wahl gehabt“, sagte Hostwerk-Chefin Anna Berger.', ['Anna Berger']],
    ['„Das Forum ist offline“, sagte Thomas Keller, Geschäftsführer von Netzhafen.', ['Thomas Keller']],
    ['„Die Sperre bleibt“, erklärte der Datacloud-Gründer Markus Weber.', ['Markus Weber']],
    ['„Wir haben die Polizei informiert“, teilte Pressesprecherin Julia Brandt mit.', ['Julia Brandt']],
    ['„Es gibt klare Regeln“, sagte der Chef von Orbitel, Thomas Keller.', ['Thomas Keller']],
    ['Die Vorsitzende von Telenova, Anna Berger, sagte: „Wir werden das Urteil anfechten.“', ['Anna Berger']],
    ['„Die Kunden sind informiert“, so Netzhafen-Sprecher Markus Weber.', ['Markus Weber']],
    ['„Wir handeln nach den Regeln“, sagte der CEO Thomas Keller am Montag.', ['Thomas Keller']],
    ['„Hass hat bei uns keinen Platz“, schrieb Julia Brandt, Leiterin von Hostwerk, auf Twitter.', ['Julia Brandt']],
    ['„Der Vertrag ist gekündigt“, bestätigte Datacloud-Sprecherin Anna Berger der Zeitung.', ['Anna Berger']],
  ],
  'the speaker is the canonical full name, not a fragment': [
    ['Anna Berger leitet die Firma. „Wir sperren die Seite“, sagte Berger.', ['Anna Berger']],
    ['„Das ist endgültig“, schrieb Keller.', ['Thomas Keller']],
    ['Sophie Martin war dabei. „Wir gehen diesen Schritt nicht leichtfertig“, sagte Martin.', ['Sophie Martin']],
    ['Julia Brandt äußerte sich am Montag. „Wir bleiben dabei“, sagte Brandt.', ['Julia Brandt']],
    ['Markus Weber sprach zuerst. „Die Server sind abgeschaltet“, erklärte Weber später.', ['Markus Weber']],
    ['Pierre Durand ist der Gründer. „Wir haben keine Wahl“, so Durand.', ['Pierre Durand']],
    ['Jean Moreau leitet das Rechenzentrum. „Die Daten sind gesichert“, teilte Moreau mit.', ['Jean Moreau']],
    ['Claire Lefèvre war lange Kundin. „Das ist Zensur“, kritisierte Lefèvre.', ['Claire Lefèvre']],
    ['„Das Forum bleibt offline“, sagte Thomas Keller. „Wir werden nicht nachgeben“, betonte Keller.', ['Thomas Keller', 'Thomas Keller']],
    ['Laut Berger war der Schritt „lange überfällig und unvermeidlich“.', ['Anna Berger']],
  ],
  'short quoted phrases a reporting or accusing word governs': [
    ['Anna Berger sprach von einer „beispiellosen Notlage“ für das Unternehmen.', ['Anna Berger']],
    ['Hostwerk sperrte das Konto wegen „Verstoß gegen die Regeln über Hassrede“.', ['Hostwerk']],
    ['Netzhafen sperrte den Kunden mit Verweis auf einen „Verstoß gegen die Nutzungsbedingungen“.', ['Netzhafen']],
    ['Thomas Keller warf dem Forum vor, „gezielt Hass zu verbreiten“.', ['Thomas Keller']],
    ['Julia Brandt bezeichnete die Seite als „Brutstätte für Hetze“.', ['Julia Brandt']],
    ['Datacloud begründete den Schritt mit einer „unmittelbaren Gefahr für Menschen“.', ['Datacloud']],
    ['Markus Weber kritisierte die Entscheidung als „reine Willkür“.', ['Markus Weber']],
    ['Orbitel nannte den Angriff „einen gezielten Sabotageakt“.', ['Orbitel']],
    ['Telenova kündigte an, die Seite „so schnell wie möglich“ vom Netz zu nehmen.', ['Telenova']],
    ['Berger beklagte eine „Welle von Drohungen“ gegen ihre Mitarbeiter.', ['Anna Berger']],
  ],
};

// Titles, names, labels, self-labels and one-word scare quotes are not quotations.
const NOT_QUOTATIONS: string[] = [
  'Die Nutzer trafen sich im Forum „Freie Rede“, das inzwischen offline ist.',
  'Hostwerk bezeichnet sich als „führender Anbieter für sichere Server“ und wächst.',
  'Das sogenannte „Netzwerk der Freiheit“ ist seit Montag gesperrt.',
  'Die Beiträge wurden als "gelöscht" markiert.',
  'Markus Weber schrieb das Buch „Die Macht der Plattformen“ im Jahr 2019.',
  'Die App „Sicher Wählen“ verschwand aus dem Store.',
  'Der „Hassforum“-Betreiber reagierte nicht.',
  'Die Seite „Hassforum“ ist seit Montag offline.',
  'Datacloud startete die Kampagne „Netz ohne Hass“ im Herbst.',
  'Das Magazin „Neue Ordnung“ darf nicht mehr erscheinen.',
  'Die Gruppe versammelt sich in einem, wie sie es nennen, „offenen Debattierclub“.',
  'Der Podcast „Im Gespräch mit der Nacht“ wurde entfernt.',
];

describe.each(Object.entries(TABLES))('de: %s', (_name, rows) => {
  it.each(rows)('%s', (text, speakers) => {
    expect(speakersOf(text, 'de')).toEqual(speakers);
  });
});

describe('de: not quotations', () => {
  it.each(NOT_QUOTATIONS)('%s', (text) => {
    expect(speakersOf(text, 'de')).toEqual([]);
  });
});

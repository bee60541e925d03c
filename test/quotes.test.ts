import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes-helpers.ts';

type Case = [text: string, quote: string, speaker: string | null];

const STYLES: Array<[string, 'de' | 'fr', Case]> = [
  ['„…“', 'de', ['„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.', 'Wir beenden den Vertrag mit der Seite heute', 'Matthew Prince']],
  ['»…«', 'de', ['»Wir beenden den Vertrag mit der Seite heute«, sagte Prince.', 'Wir beenden den Vertrag mit der Seite heute', 'Matthew Prince']],
  ['"…"', 'de', ['"Wir beenden den Vertrag mit der Seite heute", sagte Prince.', 'Wir beenden den Vertrag mit der Seite heute', 'Matthew Prince']],
  ['„…" (historical)', 'de', ['„Wir beenden den Vertrag mit der Seite heute", sagte Prince.', 'Wir beenden den Vertrag mit der Seite heute', 'Matthew Prince']],
  ['‚…‘ alone', 'de', ['Prince schrieb: ‚Wir beenden den Vertrag mit der Seite heute‘', 'Wir beenden den Vertrag mit der Seite heute', 'Matthew Prince']],
  ['« … » spaced', 'fr', ['« Nous mettons fin au contrat avec ce site ce soir », a déclaré Prince.', 'Nous mettons fin au contrat avec ce site ce soir', 'Matthew Prince']],
  ['«…» unspaced', 'fr', ['«Nous mettons fin au contrat avec ce site ce soir», a déclaré Prince.', 'Nous mettons fin au contrat avec ce site ce soir', 'Matthew Prince']],
  ['« … » NBSP', 'fr', ['«\u00a0Nous mettons fin au contrat avec ce site ce soir\u00a0», a déclaré Prince.', 'Nous mettons fin au contrat avec ce site ce soir', 'Matthew Prince']],
  ['« … » NNBSP', 'fr', ['«\u202fNous mettons fin au contrat avec ce site ce soir\u202f», a déclaré Prince.', 'Nous mettons fin au contrat avec ce site ce soir', 'Matthew Prince']],
  ['“…”', 'fr', ['“Nous mettons fin au contrat avec ce site ce soir”, a déclaré Prince.', 'Nous mettons fin au contrat avec ce site ce soir', 'Matthew Prince']],
];

describe('quotation styles', () => {
  it.each(STYLES)('%s', (_name, lang, [text, quote, speaker]) => {
    const quotes = extractQuotes(text, lang);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([[quote, speaker]]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

const FRAMES: Array<[string, 'de' | 'fr', Case]> = [
  ['after, inverted pronoun', 'de', ['Prince äußerte sich am Montag. „Die Seite ist eine Gefahr für Menschenleben“, sagte er.', 'Die Seite ist eine Gefahr für Menschenleben', 'Matthew Prince']],
  ['after, description', 'de', ['Matthew Prince ist seit Jahren im Amt. „Wir haben diese Entscheidung nicht leichtfertig getroffen“, erklärte der Cloudflare-Chef.', 'Wir haben diese Entscheidung nicht leichtfertig getroffen', 'Matthew Prince']],
  ['after, org description', 'de', ['Voxility vermietet Server. „Wir entfernen den Wiederverkäufer aus unserem Netz“, teilte das Unternehmen mit.', 'Wir entfernen den Wiederverkäufer aus unserem Netz', 'Voxility']],
  ['after, so X', 'de', ['„Wir können nicht länger zusehen, wie dort Hass verbreitet wird“, so Sorrenti.', 'Wir können nicht länger zusehen, wie dort Hass verbreitet wird', 'Clara Sorrenti']],
  ['before, colon', 'de', ['Cloudflare schrieb: „Wir sperren die Seite mit sofortiger Wirkung für alle Nutzer.“', 'Wir sperren die Seite mit sofortiger Wirkung für alle Nutzer.', 'Cloudflare']],
  ['before, laut X', 'de', ['Laut Cloudflare ist die Seite „eine unmittelbare Gefahr“ für Menschen.', 'eine unmittelbare Gefahr', 'Cloudflare']],
  ['before, X zufolge', 'de', ['Cloudflare zufolge war das eine „unmittelbare Bedrohung für Menschenleben“.', 'unmittelbare Bedrohung für Menschenleben', 'Cloudflare']],
  ['colon on the previous line', 'de', ['Watkins schrieb auf Twitter:\n\n„Alle unsere Domains wurden von Cloudflare entfernt, wir ziehen um.“', 'Alle unsere Domains wurden von Cloudflare entfernt, wir ziehen um.', 'Ron Watkins']],
  ['after, inversion a-t-il', 'fr', ['Matthew Prince a parlé dimanche. « Nous ne prenons pas cette décision à la légère », a-t-il déclaré.', 'Nous ne prenons pas cette décision à la légère', 'Matthew Prince']],
  ['after, verb then name', 'fr', ['« Attendez-vous à quelques minutes de temps mort ce soir » a écrit Watkins dans un tweet.', 'Attendez-vous à quelques minutes de temps mort ce soir', 'Ron Watkins']],
  ['after, la société', 'fr', ['Epik a maintenu cette approche. « Epik applique une politique extrêmement libérale », indique la société.', 'Epik applique une politique extrêmement libérale', 'Epik']],
  ['before, selon X', 'fr', ['Selon Cloudflare, « le site a inspiré directement des événements tragiques ».', 'le site a inspiré directement des événements tragiques', 'Cloudflare']],
  ["before, d'après X", 'fr', ["D'après Voxility, « tout le contenu serait bloqué sous peu ».", 'tout le contenu serait bloqué sous peu', 'Voxility']],
  ['before, a répondu … que', 'fr', ['Le compte Twitter de Voxility a répondu que « tout le contenu serait bloqué sous peu ».', 'tout le contenu serait bloqué sous peu', 'Voxility']],
  ['before, le patron de X', 'fr', ['Matthew Prince dirige Cloudflare depuis 2009. Le patron de Cloudflare a écrit : « Nous supprimons 8chan en tant que client ce soir. »', 'Nous supprimons 8chan en tant que client ce soir.', 'Matthew Prince']],
  ['before, elle', 'fr', ['Clara Sorrenti vit en Irlande. Elle a tweeté : « La suppression de ce site est une question de sécurité publique. »', 'La suppression de ce site est une question de sécurité publique.', 'Clara Sorrenti']],
  ['colon, unnamed user', 'fr', ['Un utilisateur a écrit : « Merci ! Arrêtez de blâmer Internet pour tout ce qui arrive. »', 'Merci ! Arrêtez de blâmer Internet pour tout ce qui arrive.', null]],
  ['no frame at all', 'de', ['Die Seite war offline. „Es wird mit ziemlicher Sicherheit nicht einmal die Seite entfernen.“', 'Es wird mit ziemlicher Sicherheit nicht einmal die Seite entfernen.', null]],
];

describe('attribution frames', () => {
  it.each(FRAMES)('%s (%s)', (_name, lang, [text, quote, speaker]) => {
    const quotes = extractQuotes(text, lang);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([[quote, speaker]]);
  });

  it('records the cue and the rule', () => {
    const [quote] = extractQuotes('„Wir beenden den Vertrag mit der Seite heute“, sagte Prince.', 'de');
    expect(quote?.cue).toBe('sagte');
    expect(quote?.rule).toBe('quotes/frame-after:sagen');
  });

  it('prefers a pronoun gender cue: sie skips a man named in between', () => {
    const text = 'Frau Sorrenti lebt in Irland. Prince äußerte sich nicht. „Das Entfernen der Seite ist eine Frage der Sicherheit“, twitterte sie.';
    expect(extractQuotes(text, 'de')[0]?.speaker?.name).toBe('Clara Sorrenti');
  });
});

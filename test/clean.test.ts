import { describe, expect, it } from 'vitest';
import { normalizeText } from '../pipeline/clean/normalize-text.ts';
import { markBoilerplate } from '../pipeline/clean/mark-boilerplate.ts';
import { findRepeats } from '../pipeline/clean/find-repeats.ts';
import { clean } from '../pipeline/stages/clean.ts';
import { makeDoc } from './helpers/make-doc.ts';

/** The texts of the regions of `kind` that the clean stage marks. */
function marked(text: string, kind: string): string[] {
  const doc = clean(makeDoc(normalizeText(text), 'de'));
  return doc.regions.filter((r) => r.kind === kind).map((r) => doc.text.slice(r.start, r.end));
}

describe('normalizeText', () => {
  it('applies NFC, unifies line breaks and spaces, and keeps one blank line at most', () => {
    expect(normalizeText('Cafe\u0301\r\nA\u00a0\u00a0B\t C  \n\n\n\nD ')).toBe('Café\nA B C\n\nD');
    expect(normalizeText('«\u202fsalut\u202f»')).toBe('« salut »');
  });
});

describe('boilerplate is marked, never deleted', () => {
  it.each([
    ['caption', 'Parler ist offline. Foto: OLIVIER DOULIERY / AFP\n\nDer Text beginnt hier.', 'Parler ist offline. Foto: OLIVIER DOULIERY / AFP'],
    ['caption', 'Le texte.\n\nLe siège de la société. Photo : Jean Dupont / AFP\n\nSuite.', 'Le siège de la société. Photo : Jean Dupont / AFP'],
    ['caption', 'Text.\n\nKein Anschluss unter dieser Nummer. Screenshot: Redaktion\n\nMehr.', 'Kein Anschluss unter dieser Nummer. Screenshot: Redaktion'],
    ['caption', 'Vergrößern Cloudflare setzt ein Zeichen gegen Hass\n\nText.', 'Vergrößern Cloudflare setzt ein Zeichen gegen Hass'],
    ['credit', 'Text.\n\nLes serveurs du centre de données © Reuters\n\nSuite.', 'Les serveurs du centre de données © Reuters'],
    ['share-counter', 'Titre de l’article 0PARTAGES 19 0 Dans un billet de blog', '0PARTAGES 19 0'],
    ['share-counter', 'Titel\nTeilen | Twittern | Drucken\nText.', 'Teilen | Twittern | Drucken'],
    ['reader-prompt', 'Le texte.\n\nEt vous ?\n\nQue pensez-vous de cette décision ?\n\nFaut-il réguler ?\n\nLa suite.', 'Et vous ?\n\nQue pensez-vous de cette décision ?\n\nFaut-il réguler ?'],
    ['reader-prompt', 'Der Text.\n\nUnd Sie?\n\nWas halten Sie von der Sperre?\n\nNächster Absatz.', 'Und Sie?\n\nWas halten Sie von der Sperre?'],
    ['reader-prompt', 'Der Text.\n\nLeave a Reply', 'Leave a Reply'],
    ['reader-prompt', 'Der Text.\n\nKommentar schreiben', 'Kommentar schreiben'],
    ['related-links', 'Texte.\n\nVoir aussi :\n\nMicrosoft appelle à un plan de modération\n\nUSA : les entreprises désapprouvent Gab', 'Voir aussi :\n\nMicrosoft appelle à un plan de modération\n\nUSA : les entreprises désapprouvent Gab'],
    ['related-links', 'Text.\n\nMehr zum Thema\nCloudflare sperrt Kiwi Farms\nParler ist offline', 'Mehr zum Thema\nCloudflare sperrt Kiwi Farms\nParler ist offline'],
    ['site-tag', 'Text.\n\nsource site-26\n\nLeave a Reply', 'source site-26'],
  ])('marks %s: %j', (kind, text, expected) => {
    expect(marked(text, kind)).toEqual([expected]);
  });

  it('does not mark ordinary sentences that mention photos, copyright or sharing', () => {
    const text = 'Das Foto zeigt den Gründer bei einer Rede, die er vor zwei Jahren hielt, und es wurde oft geteilt.\n\nLe droit d’auteur est un sujet important pour les plateformes qui partagent des contenus.';
    expect(clean(makeDoc(text, 'de')).regions).toEqual([]);
  });

  it('keeps the text unchanged and every region inside it', () => {
    const text = normalizeText('Titel 0PARTAGES 19 0 Text.\n\nFoto: AFP\n\nsource site-1');
    const doc = clean(makeDoc(text, 'fr'));
    expect(doc.text).toBe(text);
    for (const region of doc.regions) expect(region.end).toBeLessThanOrEqual(text.length);
  });
});

describe('repeated text', () => {
  const body =
    'Dans un billet de blog, le patron de Cloudflare a qualifié le forum de havre pour les propos haineux. ' +
    'Par la suite, il a indiqué que la société allait mettre fin à sa relation avec le site.\n\n' +
    '« Nous ne prenons pas cette décision à la légère. Cloudflare est un fournisseur de réseau. »\n\n' +
    'Lundi matin, le site n’était plus accessible en ligne.';

  it('marks a second copy even when its paragraphs were run together', () => {
    const runTogether = body.replace(/\n\n/gu, '');
    const text = normalizeText(`${body}\n\nVoir aussi :\n\nUn autre article ${runTogether}`);
    const repeats = findRepeats(text);
    expect(repeats).toHaveLength(1);
    expect(text.slice(repeats[0]!.start, repeats[0]!.end)).toBe(runTogether);
  });

  it('leaves short repeated phrases alone', () => {
    const text = 'Cloudflare sperrt Kiwi Farms. Später hieß es erneut: Cloudflare sperrt Kiwi Farms. Und dann nichts mehr.';
    expect(findRepeats(text)).toEqual([]);
  });

  it('cuts a related-links line where a repeated copy starts on it', () => {
    const text = normalizeText(`${body}\n\nVoir aussi :\n\nUn article lié sur la modération ${body.replace(/\n\n/gu, ' ')}`);
    const links = marked(text, 'related-links');
    expect(links).toEqual(['Voir aussi :\n\nUn article lié sur la modération ']);
  });

  it('marks the same lines whatever the language, before language detection', () => {
    expect(markBoilerplate('Texte.\n\nsource site-3')).toMatchObject([{ kind: 'site-tag', rule: 'clean/site-tag' }]);
  });
});

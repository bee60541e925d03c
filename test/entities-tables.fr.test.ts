import { describe, expect, it } from 'vitest';
import { entitiesOf, expectEntity, expectNoName, extractFrom } from './helpers/entity-tables.ts';

// Tables for issue 16, French. Names are invented or well known; no sentence comes from
// the development articles. Each row varies what the construction leaves free.

describe('fr: names from cue nouns, appositions, legal forms, domains and handles', () => {
  const rows: Array<[string, string]> = [
    ["La plateforme Causerie a fermé le compte.", 'Causerie:site'],
    ["Le groupe Valmont a racheté l'entreprise.", 'Valmont:organization'],
    ["La maison mère Orbitel n'a pas commenté.", 'Orbitel:organization'],
    ["L'hébergeur Nuagix a coupé le service.", 'Nuagix:organization'],
    ["La société Bretel a porté plainte.", 'Bretel:organization'],
    ["Le rappeur Jean Kerlo a répondu.", 'Jean Kerlo:person'],
    ["Selon le porte-parole Marc Duval, rien ne change.", 'Marc Duval:person'],
    ["M. Duval a refusé de commenter.", 'Duval:person'],
    ["La société Nuagix SAS a fait appel.", 'Nuagix SAS:organization'],
    ["Valmont SA a publié ses comptes.", 'Valmont SA:organization'],
    ["Le fournisseur Seltron Inc. a mis fin au contrat.", 'Seltron Inc.:organization'],
    ["Le site libre-parole.fr a disparu.", 'libre-parole.fr:site'],
    ["Le compte @causerie_info a été suspendu.", '@causerie_info:organization'],
    ["Le réseau Mastodon accueille les exclus.", 'Mastodon:site'],
    ["Le forum Agora Libre est hors ligne.", 'Agora Libre:site'],
    ["La messagerie Telegram a refusé.", 'Telegram:site'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'fr', expected));
});

describe('fr: multi-word names with lower-case links', () => {
  const rows: Array<[string, string]> = [
    ['Le Tribunal de grande instance de Paris a tranché.', 'Tribunal de grande instance de Paris:organization'],
    ['Le TGI de Nanterre a ordonné le blocage.', 'TGI de Nanterre:organization'],
    ['La Cour d’appel de Versailles a confirmé.', 'Cour d’appel de Versailles:organization'],
    ["Le Conseil d'État a rejeté le recours.", "Conseil d'État:organization"],
    ["Le ministère de l'Intérieur a réagi.", 'French Ministry of the Interior:organization'],
    ['La Ligue des droits de l’homme a saisi la justice.', "Ligue des droits de l'homme:organization"],
    ["L'Agence nationale de la sécurité des systèmes d'information a alerté.", 'ANSSI:organization'],
    ['Le Tribunal judiciaire de Lyon a condamné le site.', 'Tribunal judiciaire de Lyon:organization'],
    ["L'Université de Genève a publié une étude.", 'Université de Genève:organization'],
    ['Le Comité de défense des Libertés a protesté.', 'Comité de défense des Libertés:organization'],
    ['La Fédération française de Football a sanctionné le club.', 'Fédération française de Football:organization'],
    ["L'Observatoire de la Haine en ligne publie un rapport.", 'Observatoire de la Haine:organization'],
    ['Le site Tree of Freedom est hors ligne.', 'Tree of Freedom:site'],
    ["L'Agence France-Presse a confirmé.", 'Agence France-Presse:organization'],
    ['La Préfecture de Police a interdit la manifestation.', 'Préfecture de Police:organization'],
    ['Le Parquet de Paris a ouvert une enquête.', 'Parquet de Paris:organization'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'fr', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Le Tribunal a tranché en faveur du site.', 'Tribunal'],
    ["Le Conseil de l'Europe et le Conseil se sont réunis.", 'Conseil'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => expectNoName(text, 'fr', name));
});

describe('fr: boundaries', () => {
  const rows: Array<[string, string]> = [
    ['Le ministre Jean-Pierre Lefèvre a parlé.', 'Jean-Pierre Lefèvre:person'],
    ['La députée Marie de La Tour a voté contre.', 'Marie de La Tour:person'],
    ["La décision d'Amazon est tombée.", 'Amazon Web Services:organization'],
    ["Le patron d'Apple a parlé.", 'Apple:organization'],
    ["L'Allemagne et la Suisse ont réagi.", 'Germany:location'],
    ['Le président Emmanuel Macron a réagi.', 'Emmanuel Macron:person'],
    ['Il vit à Moncton depuis dix ans.', 'Moncton:location'],
    ['La ville de Rennes a réagi.', 'Rennes:location'],
    ["Le PDG de Cloudflare, Matthew Prince, a écrit.", 'Matthew Prince:person'],
    ['Les États-Unis ont sanctionné la société.', 'United States:location'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'fr', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Les Américains et les Hispaniques ont voté.', 'Américains'],
    ['Les Américains et les Hispaniques ont voté.', 'Hispaniques'],
    ['Les Français sont partagés.', 'Français'],
    ['Accueil Actualités Politique', 'Accueil'],
    ['Envoyé spécial à Kiev, il raconte.', 'Envoyé'],
    ['Le 1er janvier, tout a changé.', '1er'],
    ['Il a fallu 1h pour rétablir le site.', '1h'],
    ['La Constitution protège la liberté.', 'Constitution'],
    ['Reportage de notre envoyé spécial.', 'Reportage'],
    ['Le site libre-parole.fr a disparu.', 'libre-parole'],
    ["Publicité Lire aussi l'article.", 'Publicité'],
    ['Les Européens et les Allemands hésitent.', 'Européens'],
    ['Il a visité le Pacifique sud.', 'Pacifique:person'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => {
    if (name.includes(':')) expect(entitiesOf(text, 'fr')).not.toContain(name);
    else expectNoName(text, 'fr', name);
  });
});

describe('fr: one entity per referent', () => {
  const rows: Array<[string, string, string[]]> = [
    ['La chanteuse Anne Kerbrat est venue. Kerbrat a chanté.', 'Anne Kerbrat', ['Anne Kerbrat', 'Kerbrat']],
    ['Le musicien Neil Hartmann a joué. Neil a souri.', 'Neil Hartmann', ['Neil Hartmann', 'Neil']],
    ['M. Marc Duval a parlé. M. Duval a insisté.', 'Marc Duval', ['Marc Duval', 'Duval']],
    ["La décision d'OVH surprend. OVHcloud a confirmé.", 'OVH', ['OVH', 'OVHcloud']],
    ['Donald Trump a écrit. Puis @realDonaldTrump a publié.', 'Donald Trump', ['Donald Trump', '@realDonaldTrump']],
    ['Cloudflare a coupé. Ensuite Cloudfare a expliqué.', 'Cloudflare', ['Cloudflare', 'Cloudfare']],
    ["Google a réagi. Sur google.fr, rien n'apparaît.", 'Google', ['Google', 'google.fr']],
    ['La société Valmont SA a fait appel. Valmont conteste.', 'Valmont SA', ['Valmont SA', 'Valmont']],
    ["Epic Games a porté plainte. Epic dénonce l'abus.", 'Epic Games', ['Epic Games', 'Epic']],
    ['Vladimir Poutine a parlé. Poutine a menacé.', 'Vladimir Putin', ['Vladimir Poutine', 'Poutine']],
    ["Les États-Unis et l'Amérique.", 'United States', ['États-Unis', 'Amérique']],
    ['Sci-Hub est bloqué. Sci-hub reste accessible.', 'Sci-Hub', ['Sci-Hub', 'Sci-hub']],
    ["Bouygues et SFR bloquent le site. Bouygues Telecom confirme.", 'Bouygues Telecom', ['Bouygues', 'Bouygues Telecom']],
    ['VKontakte a suspendu le compte. VK confirme.', 'VK', ['VKontakte', 'VK']],
    ['Le TGI de Nanterre a tranché. Le TGI de Nanterre a confirmé.', 'TGI de Nanterre', ['TGI de Nanterre', 'TGI de Nanterre']],
  ];
  it.each(rows)('%s', (text, name, mentions) => {
    const entity = extractFrom(text, 'fr').find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.text)).toEqual(mentions);
  });

  const apart: Array<[string, string[]]> = [
    ['Anne Kerbrat et Paul Kerbrat sont venus.', ['Anne Kerbrat:person', 'Paul Kerbrat:person']],
    ['8chan et 4chan sont des forums.', ['4chan:site', '8chan:site']],
    ['Google et Google Play ont réagi.', ['Google Play:site', 'Google:organization']],
    ['Les autorités visent Apple et le App Store.', ['App Store:site', 'Apple:organization']],
    ['Kiwi Farms et KiwiFarms.ru sont deux sites.', ['Kiwi Farms:site', 'KiwiFarms.ru:site']],
  ];
  it.each(apart)('two referents stay apart: %s', (text, expected) => {
    expect(entitiesOf(text, 'fr')).toEqual(expected);
  });
});

describe('fr: types by cue, gazetteer or context', () => {
  const rows: Array<[string, string]> = [
    ['La société Talberg a livré.', 'Talberg:organization'],
    ['Le site Talberg est hors ligne.', 'Talberg:site'],
    ['M. Talberg a refusé.', 'Talberg:person'],
    ['Il a publié sur CauseRie une vidéo.', 'CauseRie:site'],
    ['Elle a écrit sur ParlerLibre que tout allait bien.', 'ParlerLibre:site'],
    ["L'hébergeur OVH a coupé le site.", 'OVH:organization'],
    ['Parler est hors ligne.', 'Parler:site'],
    ['En Belgique, la loi diffère.', 'Belgium:location'],
    ["L'application est sur l'App Store.", 'App Store:site'],
    ['Elle a disparu du Google Play Store.', 'Google Play:site'],
    ['La commune de Valmorel a réagi.', 'Valmorel:location'],
    ["L'Arcom a demandé le blocage.", 'Arcom:organization'],
    ['Le Conseil fédéral a décidé.', 'Swiss Federal Council:organization'],
    ['Il vit au Québec.', 'Quebec:location'],
    ['La LICRA a porté plainte.', 'LICRA:organization'],
  ];
  it.each(rows)('%s → %s', (text, expected) => expectEntity(text, 'fr', expected));

  const mustNotMatch: Array<[string, string]> = [
    ['Il a insisté sur Paris et Lyon.', 'Paris:site'],
    ['Il compte sur Marie Dupont.', 'Marie Dupont:site'],
  ];
  it.each(mustNotMatch)('%s: not %s', (text, name) => expect(entitiesOf(text, 'fr')).not.toContain(name));
});

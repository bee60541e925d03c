import { describe as group, expect, it } from 'vitest';
import { describe, buildDoc, extractor, type Case } from './actions-fixture.ts';

const CF = 'Cloudflare:organization:Cloudfare';
const CHAN = '8chan:site:8Chan';
const DS = 'The Daily Stormer:site:Daily Stormer';
const VOX = 'Voxility:organization:@voxility';
const BM = 'BitMitigate:organization:@bitmitigate|Bitmitigate';

type Row = [string, Case, string[]];

const constructions: Record<string, Row[]> = {
  'verbs and objects': [
    ['Cloudfare allait mettre fin à sa relation avec 8chan.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Epik a commencé à fournir des services à Gab.', { entities: ['Epik:organization', 'Gab:site'] }, ['Epik>provide_service>Gab']],
    ['Voxility a fermé le service de BitMitigate.', { entities: [VOX, BM] }, ['Voxility>terminate_service>BitMitigate']],
    ['Google a retiré Parler du Play Store.', { entities: ['Google:organization', 'Parler:site'] }, ['Google>remove_listing>Parler']],
    ['Twitter a suspendu le compte de Donald Trump.', { entities: ['Twitter:site', 'Donald Trump:person'] }, ['Twitter>suspend_account>Donald Trump']],
  ],
  'noun phrases': [
    ['La suppression de 8chan en tant que client par Cloudflare a surpris.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
  ],
  passives: [
    ['8chan a été déconnecté par Voxility.', { entities: [VOX, CHAN] }, ['Voxility>terminate_service>8chan']],
    ['Le site 8chan a été bloqué par @voxility dimanche.', { entities: [VOX, CHAN] }, ['Voxility>block_access>8chan']],
  ],
  'first person and inverse roles': [
    [
      'Cloudflare a publié un billet. « Nous supprimons 8chan en tant que client », a écrit Matthew Prince.',
      { entities: [CF, CHAN, 'Matthew Prince:person'], quotes: ['Nous supprimons 8chan en tant que client=Cloudflare'] },
      ['Cloudflare>terminate_service>8chan'],
    ],
    ['8chan bascule vers @bitmitigate.', { entities: [BM, CHAN] }, ['BitMitigate>provide_service>8chan']],
    ['BitMitigate louait principalement du matériel à Voxility.', { entities: [VOX, BM] }, ['Voxility>provide_service>BitMitigate']],
    ['8chan utilise le service de Cloudflare.', { entities: [CF, CHAN] }, ['Cloudflare>provide_service>8chan']],
  ],
  coordination: [
    ['Voxility a bloqué 8chan et Daily Stormer.', { entities: [VOX, CHAN, DS] }, ['Voxility>block_access>8chan', 'Voxility>block_access>The Daily Stormer']],
  ],
  'negation and hedging': [
    [
      'BitMitigate a répondu. « Nous n\'hébergeons pas le contenu de The Daily Stormer », écrit la société.',
      { entities: [BM, DS], quotes: ['Nous n\'hébergeons pas le contenu de The Daily Stormer=BitMitigate'] },
      ['BitMitigate>provide_service>The Daily Stormer !neg'],
    ],
    ['Cloudflare ne protège plus 8chan.', { entities: [CF, CHAN] }, ['Cloudflare>terminate_service>8chan']],
    ['Cloudflare refuse de bloquer 8chan.', { entities: [CF, CHAN] }, ['Cloudflare>block_access>8chan !neg']],
    ['Selon la presse, Apple aurait retiré Parler de l\'App Store.', { entities: ['Apple:organization', 'Parler:site'] }, ['Apple>remove_listing>Parler ~hedge']],
    ['Il semble que Voxility héberge 8chan.', { entities: [VOX, CHAN] }, ['Voxility>provide_service>8chan ~hedge']],
  ],
  'restoring and dates': [
    [
      'En 2017, lorsque Cloudflare a déconnecté The Daily Stormer, BitMitigate a aidé le site à se remettre en ligne.',
      { entities: [CF, DS, BM], dates: ['En 2017=2017'] },
      ['BitMitigate>restore_service>The Daily Stormer@2017', 'Cloudflare>terminate_service>The Daily Stormer@2017'],
    ],
  ],
  'descriptions and demonstratives': [
    // `l'hébergeur de X` stands for the one provider the article gives X; `cette plateforme` for the last site before it.
    [
      "Epik héberge Gab depuis 2018. Lundi, l'hébergeur du site Gab a coupé cette plateforme.",
      { entities: ['Epik:organization', 'Gab:site'] },
      ['Epik>provide_service>Gab', 'Epik>terminate_service>Gab'],
    ],
    // The article may name the provider only after the description.
    [
      'Le prestataire de BitMitigate a fermé le service de cette société. Selon Alex Stamos, BitMitigate louait ses serveurs à Voxility.',
      { entities: [BM, VOX, 'Alex Stamos:person'] },
      ['Voxility>provide_service>BitMitigate ~hedge', 'Voxility>terminate_service>BitMitigate'],
    ],
    // A demonstrative may point two sentences back.
    ['Voxility a longtemps hébergé 8chan. Les critiques se sont multipliées. Lundi, Voxility a bloqué ce forum.', { entities: [VOX, CHAN] }, ['Voxility>block_access>8chan', 'Voxility>provide_service>8chan']],
    // No provider known for Gab, or two of them: the description stays unresolved.
    ["L'hébergeur de Gab a coupé cette plateforme.", { entities: ['Gab:site'] }, []],
    ["L'hébergeur de Gab a coupé 8chan.", { entities: ['Gab:site', CHAN] }, []],
    [
      "Epik héberge Gab. Cloudflare protège Gab. L'hébergeur de Gab a coupé cette plateforme.",
      { entities: ['Epik:organization', 'Gab:site', CF] },
      ['Cloudflare>provide_service>Gab', 'Epik>provide_service>Gab'],
    ],
    // An apposition names the provider itself.
    [
      "Cloudflare protège Gab. Epik, l'hébergeur de Gab, a bloqué 8chan.",
      { entities: ['Epik:organization', 'Gab:site', CF, CHAN] },
      ['Cloudflare>provide_service>Gab', 'Epik>block_access>8chan', 'Epik>provide_service>Gab'],
    ],
    // `ce site` needs a site before it; a person or an organisation will not do.
    ['Voxility a publié un communiqué. Cloudflare a bloqué ce site.', { entities: [VOX, CF] }, []],
    ['Matthew Prince a parlé. Cloudflare a coupé cette société.', { entities: ['Matthew Prince:person', CF] }, []],
    // A demonstrative does not provide: it takes the target role only.
    ['8chan a perdu Cloudflare. Cette société a coupé Gab.', { entities: [CHAN, CF, 'Gab:site'] }, []],
  ],
  'speakers and their roles': [
    [
      '« Nous basculerons vers BitMitigate », a écrit Ron Watkins, l\'administrateur de 8chan.',
      { entities: [BM, CHAN, 'Ron Watkins:person'], quotes: ['Nous basculerons vers BitMitigate=Ron Watkins'] },
      ['BitMitigate>provide_service>8chan'],
    ],
    [
      'Le propriétaire de 8chan, Ron Watkins, a écrit : « Nous basculerons vers BitMitigate ».',
      { entities: [BM, CHAN, 'Ron Watkins:person'], quotes: ['Nous basculerons vers BitMitigate=Ron Watkins'] },
      ['BitMitigate>provide_service>8chan'],
    ],
    [
      '« Amazon nous a expulsés », a déclaré John Matze, le patron de Parler.',
      { entities: ['Amazon:organization', 'Parler:site', 'John Matze:person'], quotes: ['Amazon nous a expulsés=John Matze'] },
      ['Amazon>terminate_service>Parler'],
    ],
    // No role ties the speaker to a site: `nous` stays unknown, and a name nearby is no role.
    [
      '« Nous basculerons vers BitMitigate », a écrit Ron Watkins. 8chan est hors ligne.',
      { entities: [BM, CHAN, 'Ron Watkins:person'], quotes: ['Nous basculerons vers BitMitigate=Ron Watkins'] },
      [],
    ],
    [
      '« Amazon nous a expulsés », a déclaré John Matze. Parler est hors ligne.',
      { entities: ['Amazon:organization', 'Parler:site', 'John Matze:person'], quotes: ['Amazon nous a expulsés=John Matze'] },
      [],
    ],
    // A provider named inside the speaker's own words is what they talk about, not whom they speak for.
    [
      '« Nous basculerons vers @bitmitigate », a écrit Ron Watkins.',
      { entities: [BM, 'Ron Watkins:person'], quotes: ['Nous basculerons vers @bitmitigate=Ron Watkins'] },
      [],
    ],
  ],
  'roles and must-not-match': [
    ['Les utilisateurs de Twitter ont quitté Gab.', { entities: ['Twitter:site', 'Gab:site'] }, []],
    ['Cloudflare a publié un rapport sur 8chan.', { entities: [CF, CHAN] }, []],
    ['BitMitigate est similaire à Cloudflare en ce qu\'il offre une protection contre les attaques.', { entities: [CF, BM] }, []],
    ['Matthew Prince a bloqué 8chan.', { entities: ['Matthew Prince:person', CHAN] }, []],
    ['Google cherche des produits Apple.', { entities: ['Google:organization', 'Apple:organization'] }, []],
    ['Le PSG a mis fin à sa relation avec Gab.', { entities: ['PSG:organization', 'Gab:site'] }, []],
    ["L'hébergeur OVH a mis fin à sa relation avec Gab.", { entities: ['OVH:organization', 'Gab:site'] }, ['OVH>terminate_service>Gab']],
    ['Le compte Twitter de Voxility a annoncé que le contenu serait bloqué.', { entities: ['Twitter:site', VOX] }, []],
    ['Twitter a suspendu le compte Twitter de Gab.', { entities: ['Twitter:site', 'Gab:site'] }, ['Twitter>suspend_account>Gab']],
  ],
};

group('actions (fr)', () => {
  for (const [name, rows] of Object.entries(constructions)) {
    it.each(rows)(`${name}: %s`, (text, options, expected) => {
      expect(describe(text, 'fr', options)).toEqual(expected);
    });
  }

  it('records the coreference rules that filled a role', () => {
    const text = "Epik héberge Gab depuis 2018. Lundi, l'hébergeur du site Gab a coupé cette plateforme.";
    const facts = extractor.extract(buildDoc(text, 'fr', { entities: ['Epik:organization', 'Gab:site'] }));
    expect(facts.map((fact) => fact.rule).sort()).toEqual(['actions/fr/provide-heberger', 'actions/fr/terminate-couper+actions/coref-bridging+actions/coref-demonstrative']);
  });
});

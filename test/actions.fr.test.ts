import { describe as group, expect, it } from 'vitest';
import { describe, type Case } from './actions-fixture.ts';

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
});

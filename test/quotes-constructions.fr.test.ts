import { describe, expect, it } from 'vitest';
import { speakersOf, type Row } from './quotes-constructions.ts';

// French quotation constructions, one table per construction (issue 15). Own sentences, invented names.
const TABLES: Record<string, Row[]> = {
  'inverted frame after the quotation: « … », a déclaré X': [
    ['« Nous avons résilié le contrat avec effet immédiat », a déclaré Sophie Martin.', ['Sophie Martin']],
    ['« Le site enfreint nos conditions d’utilisation », a expliqué Pierre Durand mardi.', ['Pierre Durand']],
    ['« Nous examinons chaque signalement avec soin », assure Claire Lefèvre à l’AFP.', ['Claire Lefèvre']],
    ['« L’offre ne sera pas renouvelée », écrit Jean Moreau sur son blog.', ['Jean Moreau']],
    ['"Nous ne reviendrons pas sur cette décision", a tweeté Orbitel dans la soirée.', ['Orbitel']],
    ['« Les clients ont été prévenus à temps », indique Telenova dans un communiqué.', ['Telenova']],
    ['« Il n’y a pas de place pour la haine sur nos serveurs », avait averti Durand dès le printemps.', ['Pierre Durand']],
    ['« Nous ne voyons aucune raison de bloquer ce domaine », a rétorqué Serveur Libre.', ['Serveur Libre']],
    ['Jean Moreau s’est exprimé lundi. « J’ai pris cette décision seul », a reconnu Moreau plus tard.', ['Jean Moreau']],
    ['« Le forum restera hors ligne jusqu’à nouvel ordre », confirme Datacloud.', ['Datacloud']],
    ['« Nous avons tout supprimé », a-t-il dit après le départ de Claire Lefèvre.', [null]],
  ],
  'selon X, d’après X, pour X': [
    ['Selon Telenova, le forum représente « un danger pour la sécurité des utilisateurs ».', ['Telenova']],
    ['Selon Sophie Martin, le blocage était « la seule réponse possible » aux menaces.', ['Sophie Martin']],
    ['D’après Orbitel, il s’agit d’« une violation manifeste des conditions d’utilisation ».', ['Orbitel']],
    ['D’après Pierre Durand, ce serait « un jour noir pour l’internet libre ».', ['Pierre Durand']],
    ['« Tous les comptes concernés ont été suspendus », selon Datacloud.', ['Datacloud']],
    ['« Les contenus violent la loi dans plusieurs pays », selon Serveur Libre.', ['Serveur Libre']],
    ['Pour Claire Lefèvre, la décision est « un précédent dangereux pour tous les hébergeurs ».', ['Claire Lefèvre']],
    ['Selon Jean Moreau, l’entreprise n’avait « pas d’autre choix » que d’agir.', ['Jean Moreau']],
    ['Selon le fournisseur Telenova, il y a eu « de nombreuses plaintes d’utilisateurs ».', ['Telenova']],
    ['« Le site était un repaire de haine », selon Durand, qui dirige l’entreprise.', ['Pierre Durand']],
  ],
  'colon frames': [
    ['Sophie Martin a écrit dans la soirée : « Nous avons définitivement mis le forum hors ligne. »', ['Sophie Martin']],
    ['Telenova a précisé : « Le blocage s’applique immédiatement et sans exception. »', ['Telenova']],
    ['Le patron d’Orbitel, Pierre Durand, a simplement déclaré : « C’est notre décision. »', ['Pierre Durand']],
    ['Claire Lefèvre en entretien : « Nous ne céderons à aucun chantage, pas même à celui des pirates. »', ['Claire Lefèvre']],
    ['Jean Moreau dirige Datacloud.\n\nMoreau :\n\n« Nous n’accepterons plus de clients de ce genre. »', ['Jean Moreau']],
    ['Datacloud a publié un communiqué :\n\n« Nous ne tolérons aucun appel à la violence sur notre infrastructure. »', ['Datacloud']],
    ['Durand : « Lutter contre la haine en ligne »', ['Pierre Durand']],
    ['Serveur Libre a présenté ses excuses sur son forum :\n\n« Une erreur technique a empêché nos clients de se connecter pendant une heure. »', ['Serveur Libre']],
    ['Orbitel sur Twitter : « Nous sommes de nouveau en ligne et cherchons la cause de la panne. »', ['Orbitel']],
    ['Dans le communiqué de Telenova, on peut lire : « Nous avons résilié le contrat sans préavis. »', ['Telenova']],
    ['Un internaute a écrit : « Enfin ce site a disparu, cela a pris beaucoup trop de temps. »', [null]],
  ],
  'statements of an organisation': [
    ['« Nous avons bloqué le domaine parce qu’il enfreint nos règles », a indiqué Orbitel.', ['Orbitel']],
    ['Telenova loue des serveurs aux entreprises. « Nous retirons ce client de notre réseau », a expliqué la société.', ['Telenova']],
    ['« Le contrat a été résilié », a confirmé un porte-parole de Datacloud.', ['Datacloud']],
    ['« Les comptes restent suspendus », a déclaré une porte-parole d’Orbitel vendredi.', ['Orbitel']],
    ['Serveur Libre héberge des milliers de sites. « Nous étudions le dossier avec soin », a indiqué l’hébergeur.', ['Serveur Libre']],
    ['Un porte-parole de Telenova a déclaré : « Nous avons prévenu la police et attendons ses instructions. »', ['Telenova']],
    ['Dans un communiqué, Datacloud affirme qu’il ne tolérera « aucun contenu haineux sur ses serveurs ».', ['Datacloud']],
    ['Orbitel exploite des centres de données en Europe. L’entreprise a écrit : « Le site n’est plus accessible dès aujourd’hui. »', ['Orbitel']],
    ['« Nous avons adressé plusieurs avertissements », a précisé le fournisseur Telenova.', ['Telenova']],
    ['Serveur Libre s’est exprimé par écrit. « Nos règles valent pour tous nos clients », a souligné le groupe.', ['Serveur Libre']],
  ],
  'pronouns and descriptions refer back to the subject before': [
    ['Sophie Martin dirige Orbitel depuis 2015. « Nous avons longtemps hésité, mais c’est fini », a-t-elle déclaré.', ['Sophie Martin']],
    ['Pierre Durand a parlé lundi aux journalistes de Claire Lefèvre. « Nous avons bloqué le site à cause des menaces », a-t-il dit.', ['Pierre Durand']],
    ['Jean Moreau a fondé Datacloud il y a dix ans. « Nous n’avons jamais voulu censurer », a déclaré le fondateur.', ['Jean Moreau']],
    ['Claire Lefèvre est en poste depuis des années. Elle a déclaré mardi : « Le forum reste bloqué, quoi qu’il arrive. »', ['Claire Lefèvre']],
    ['Durand dirige l’entreprise depuis 2010. « La haine n’a pas sa place chez nous », a expliqué le patron.', ['Pierre Durand']],
    ['Mme Martin a signé la résiliation. Jean Moreau ne s’est pas exprimé. « Le blocage est définitif », a-t-elle affirmé.', ['Sophie Martin']],
    ['Telenova compte 300 salariés. « Nous agissons dans le respect de la loi », a souligné la société.', ['Telenova']],
    ['Ce mardi, le milliardaire Jean Moreau a écrit à Orbitel pour demander le retrait du forum. « Ils peuvent garder le forum ou me garder, pas les deux », affirmait-il.', ['Jean Moreau']],
    ['Jean Moreau possède l’entreprise. Il a écrit sur son blog : « Je maintiens cette décision, même si elle nous coûte des clients. »', ['Jean Moreau']],
    ['Datacloud rassure ses clients, a précisé un porte-parole du groupe à l’agence. « Les services continueront de fonctionner », a-t-il détaillé.', ['Datacloud']],
    ['Lors d’un entretien avec Telenova, Sophie Martin a décrit la situation. « Nous sommes menacés chaque jour et nous devons agir », a-t-elle dit.', ['Sophie Martin']],
    ['Mme Martin a rencontré Pierre Durand. « Nous avons retiré le forum ensemble », a-t-il expliqué.', ['Pierre Durand']],
    ['Datacloud aurait résilié le contrat, comme le rapporte le journal, car il n’y a « pas de place pour la haine » sur ses serveurs.', ['Datacloud']],
    ['Les gens apprécient « la liberté et le respect de la vie privée » que leur offre le service, a-t-elle ajouté, après que Sophie Martin a parlé.', [null]],
    ['Sophie Martin a parlé lundi. Les gens apprécient « la liberté et le respect de la vie privée » que leur offre le service, a-t-elle ajouté.', ['Sophie Martin']],
  ],
  'a quotation that continues the previous one keeps its speaker': [
    ['« Nous avons bloqué le forum », a déclaré Sophie Martin. « Les menaces étaient devenues trop précises. »', ['Sophie Martin', 'Sophie Martin']],
    ['« Le domaine est supprimé », a écrit Durand.\n\n« Il n’y a plus de retour possible pour ce site. »', ['Pierre Durand', 'Pierre Durand']],
    ['Claire Lefèvre a déclaré : « Nous ne tolérons pas la haine. » L’interdiction montre « que nous agissons aussi contre les responsables ».', ['Claire Lefèvre', 'Claire Lefèvre']],
    ['« Les serveurs sont arrêtés », a expliqué Telenova. Et d’ajouter : « Nous avons informé les autorités. »', ['Telenova', 'Telenova']],
    ['« Nous résilions le contrat », a dit Jean Moreau, « et ce avec effet immédiat. »', ['Jean Moreau']],
    ['« C’est la fin », a tweeté Orbitel. « Nous remercions tous nos clients pour leur patience. »', ['Orbitel', 'Orbitel']],
    ['« Nous examinons chaque signalement », a dit Martin. « Et nous agissons quand il le faut. » « Personne n’est au-dessus des règles. »', ['Sophie Martin', 'Sophie Martin', 'Sophie Martin']],
    ['« Le service reste suspendu », selon Datacloud.\n\n« Nous ne voyons aucune raison de changer cela. »', ['Datacloud', 'Datacloud']],
    ['« Des employés ont été menacés », a écrit Serveur Libre. « Nous ne pouvons pas l’accepter », affirme la même source.', ['Serveur Libre', 'Serveur Libre']],
    ['« Je n’ai pas pris cette décision à la légère », a déclaré Pierre Durand. Puis il a ajouté : « Mais elle était juste. »', ['Pierre Durand', 'Pierre Durand']],
  ],
  'a person named with a role is the person': [
    ['« Nous n’avions pas le choix », a déclaré la PDG d’Orbitel, Sophie Martin.', ['Sophie Martin']],
    ['« Le forum est hors ligne », a dit Pierre Durand, directeur de Telenova.', ['Pierre Durand']],
    ['« Le blocage est maintenu », a expliqué le fondateur de Datacloud Jean Moreau.', ['Jean Moreau']],
    ['« Nous avons prévenu la police », a indiqué la porte-parole Claire Lefèvre.', ['Claire Lefèvre']],
    ['« Il y a des règles claires », a affirmé le patron d’Orbitel, Pierre Durand.', ['Pierre Durand']],
    ['La présidente de Telenova, Sophie Martin, a déclaré : « Nous allons faire appel. »', ['Sophie Martin']],
    ['« Les clients sont informés », selon le porte-parole de Serveur Libre Jean Moreau.', ['Jean Moreau']],
    ['« Nous respectons les règles », a déclaré le PDG Pierre Durand lundi.', ['Pierre Durand']],
    ['« La haine n’a pas sa place chez nous », a écrit Claire Lefèvre, directrice d’Orbitel, sur Twitter.', ['Claire Lefèvre']],
    ['« Le contrat est résilié », a confirmé la vice-présidente de Datacloud, Sophie Martin, au journal.', ['Sophie Martin']],
  ],
  'the speaker is the canonical full name, not a fragment': [
    ['Sophie Martin dirige la société. « Nous bloquons le site », a déclaré Martin.', ['Sophie Martin']],
    ['« C’est définitif », a écrit Durand.', ['Pierre Durand']],
    ['Anna Berger était présente. « Nous ne prenons pas cette mesure à la légère », a dit Berger.', ['Anna Berger']],
    ['Claire Lefèvre s’est exprimée lundi. « Nous maintenons notre position », a affirmé Lefèvre.', ['Claire Lefèvre']],
    ['Jean Moreau a parlé le premier. « Les serveurs sont éteints », a expliqué Moreau ensuite.', ['Jean Moreau']],
    ['Thomas Keller est le fondateur. « Nous n’avons pas le choix », selon Keller.', ['Thomas Keller']],
    ['Julia Brandt dirige le centre de données. « Les données sont sauvegardées », a indiqué Brandt.', ['Julia Brandt']],
    ['Markus Weber était client depuis longtemps. « C’est de la censure », a dénoncé Weber.', ['Markus Weber']],
    ['« Le forum reste hors ligne », a déclaré Pierre Durand. « Nous ne céderons pas », a martelé Durand.', ['Pierre Durand', 'Pierre Durand']],
    ['Selon Martin, la mesure était « attendue depuis longtemps et inévitable ».', ['Sophie Martin']],
  ],
  'block quotations: a paragraph introduced by a colon frame': [
    ['Orbitel a fait la déclaration suivante concernant le retrait du forum :\n\nNous avons mis fin au contrat avec ce forum parce qu’il appelait à la violence.', ['Orbitel']],
    ['Sophie Martin a écrit sur son blog :\n\nJe n’ai pas pris cette décision à la légère, mais elle était nécessaire.', ['Sophie Martin']],
    ['Telenova a indiqué à ses clients :\n\nLe service sera arrêté à la fin du mois et toutes les données seront supprimées.', ['Telenova']],
    ['Le communiqué de Datacloud précise :\n\nNous ne tolérons sur nos serveurs aucun contenu qui appelle à la haine ou à la violence.', ['Datacloud']],
    ['Pierre Durand a déclaré à ce sujet :\n\nPersonne chez nous n’a jamais soutenu ce site, et nous ne le ferons pas non plus.', ['Pierre Durand']],
    ['Serveur Libre a répondu à notre demande :\n\nLe blocage est maintenu tant qu’un tribunal n’en décide pas autrement, et cela prendra du temps.', ['Serveur Libre']],
    ['Un porte-parole d’Orbitel a déclaré :\n\nNous avons informé les autorités et conservé toutes les preuves, nous ne pouvons pas en dire plus.', ['Orbitel']],
    ['Claire Lefèvre a tweeté :\n\nLe forum est hors ligne et ne reviendra jamais chez nous, je vous le promets.', ['Claire Lefèvre']],
    ['Jean Moreau a commenté le blocage en ces termes :\n\nNous fournissons de la technique et ne jugeons pas les opinions, mais ici une limite est franchie.', ['Jean Moreau']],
    ['Telenova a souligné dans son message :\n\nNos conditions d’utilisation s’appliquent à tous nos clients sans exception et sans distinction.', ['Telenova']],
  ],
  'headlines: « … » : X fait Y': [
    ['« Je peux le faire parce que je suis la patronne » : la patronne d’Orbitel bloque un forum\n\nSophie Martin a tranché.', ['Sophie Martin']],
    ['« Nous irons seuls » : Telenova résilie le forum\n\nL’hébergeur a réagi lundi.', ['Telenova']],
    ['« Pas de place pour la haine » : Pierre Durand défend le blocage\n\nLe fondateur s’est exprimé le soir.', ['Pierre Durand']],
    ['« Le forum reste hors ligne » : Datacloud refuse son retour\n\nLa société reste ferme.', ['Datacloud']],
    ['« Nous n’avons pas le choix » : le patron d’Orbitel coupe la connexion\n\nJean Moreau dirige Orbitel depuis 2012.', ['Jean Moreau']],
  ],
  'short quoted phrases a reporting or accusing word governs': [
    ['Sophie Martin a évoqué une « situation d’urgence sans précédent » pour l’entreprise.', ['Sophie Martin']],
    ['Telenova a suspendu le compte en raison d’un « risque d’incitation à la violence ».', ['Telenova']],
    ['Orbitel a fermé le compte au motif d’une « violation grave des conditions ».', ['Orbitel']],
    ['Pierre Durand accuse le forum de « glorifier la violence ».', ['Pierre Durand']],
    ['Claire Lefèvre a qualifié le site de « repaire de la haine ».', ['Claire Lefèvre']],
    ['Datacloud a justifié sa décision par un « danger immédiat pour des personnes ».', ['Datacloud']],
    ['Jean Moreau a dénoncé une décision « purement arbitraire et injuste ».', ['Jean Moreau']],
    ['Serveur Libre a parlé d’un « sabotage ciblé de ses serveurs ».', ['Serveur Libre']],
    ['Telenova a annoncé vouloir retirer le site « le plus vite possible ».', ['Telenova']],
    ['Martin a déploré une « vague de menaces » contre ses employés.', ['Sophie Martin']],
  ],
};

// Titles, names, labels, self-labels and one-word scare quotes are not quotations.
const NOT_QUOTATIONS: string[] = [
  'Les utilisateurs se retrouvaient sur le forum « Parole Libre », aujourd’hui hors ligne.',
  'Orbitel se présente comme « le premier hébergeur indépendant du pays » et grandit vite.',
  'Le soi-disant « réseau de la liberté » est bloqué depuis lundi.',
  'Les messages ont été marqués comme « supprimés ».',
  'Jean Moreau a publié le livre « Le pouvoir des plateformes » en 2019.',
  'L’application « Voter Malin » a disparu de la boutique.',
  'Le site « Forum Noir » est hors ligne depuis lundi.',
  'Datacloud a lancé la campagne « Un internet sans haine » à l’automne.',
  'Le magazine « Ordre Nouveau » ne peut plus paraître.',
  'Le groupe se réunit dans un « club de débat » autoproclamé.',
  'Le podcast « Au cœur de la nuit » a été retiré.',
  'L’épisode « La fin des illusions » a fait polémique.',
];

describe.each(Object.entries(TABLES))('fr: %s', (_name, rows) => {
  it.each(rows)('%s', (text, speakers) => {
    expect(speakersOf(text, 'fr')).toEqual(speakers);
  });
});

describe('fr: not quotations', () => {
  it.each(NOT_QUOTATIONS)('%s', (text) => {
    expect(speakersOf(text, 'fr')).toEqual([]);
  });
});

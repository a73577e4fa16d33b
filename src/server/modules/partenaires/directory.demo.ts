// Demonstration directory of Besançon (INSEE 25056): structures, places, services. Names that resemble
// real organisations are marked as demonstration data; addresses carry precomputed positions.
import type {
  DirectoryTheme,
  HoursException,
  Language,
  Public,
  ReferralMode,
  StructureKind,
  SubTheme,
  WeeklyHours,
} from '../../../shared/modules/partenaires/directory.constants'
import type { Db } from '../../db/client'
import { directoryRepository } from './directory.repository'
import { serviceSearchText } from './directory-search-text'
export { syntheticDirectory } from './directory-synthetic'
import {
  directoryChanges,
  directoryPlaces,
  directoryServices,
  directoryStructures,
} from './partenaires.table'

type Span = [string, string]
const days = (list: (keyof WeeklyHours)[], spans: Span[]): WeeklyHours =>
  Object.fromEntries(list.map((d) => [d, spans]))
const WEEK: (keyof WeeklyHours)[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']
const officeHours = days(WEEK, [
  ['09:00', '12:00'],
  ['13:30', '17:00'],
])
const merge = (...weeks: WeeklyHours[]): WeeklyHours => Object.assign({}, ...weeks) as WeeklyHours

interface DemoPlace {
  name?: string
  address: string
  street: string
  latitude: number
  longitude: number
  hours: WeeklyHours
  closedInAugust?: boolean
  wheelchair?: boolean
  hearingLoop?: boolean
  access?: string
}

interface DemoService {
  name: string
  description: string
  themes: DirectoryTheme[]
  subThemes: SubTheme[]
  publics: Public[]
  languages?: Language[]
  referralMode: ReferralMode
  whatToBring?: string
  accessConditions?: string
  ageMin?: number
  ageMax?: number
  /** Hours of the service when they differ from its place's. */
  hours?: WeeklyHours
  place?: number
}

interface DemoStructure {
  name: string
  kind: StructureKind
  description: string
  phone?: string
  /** Months since the entry was last confirmed; beyond six it is « à mettre à jour ». */
  confirmedMonthsAgo?: number
  places: DemoPlace[]
  services: DemoService[]
}

/** Three food-aid services near the Viotte station (47.2468, 6.0225): one open on Saturday morning, two not. */
export const demoDirectory: DemoStructure[] = [
  {
    name: 'Les Repas du Cœur bisontins (démonstration)',
    kind: 'association',
    description: 'Distribution alimentaire gratuite et repas chauds, sur inscription au premier passage.',
    phone: '+33381000101',
    places: [
      {
        name: 'Centre de distribution de la Viotte',
        address: '14 avenue de la Paix, 25000 Besançon',
        street: 'Avenue de la Paix',
        latitude: 47.24688,
        longitude: 6.02332,
        hours: days(['mardi', 'jeudi'], [['13:30', '16:30']]),
        closedInAugust: true,
        wheelchair: true,
        access: 'À 200 m de la gare Viotte, sortie avenue de la Paix ; bus 3 et 10, arrêt Viotte.',
      },
    ],
    services: [
      {
        name: 'Distribution alimentaire',
        description: 'Denrées et produits d’hygiène chaque semaine, selon les ressources du foyer.',
        themes: ['aide_alimentaire'],
        subThemes: ['distribution_alimentaire', 'colis_alimentaire'],
        publics: ['tout_public', 'familles', 'personnes_sans_domicile'],
        languages: ['fr', 'ar'],
        referralMode: 'sans_rdv',
        whatToBring: 'Une pièce d’identité, un justificatif de ressources et de charges.',
      },
    ],
  },
  {
    name: 'Secours solidaire de Besançon (démonstration)',
    kind: 'association',
    description: 'Aide alimentaire, vêtements et accès aux vacances pour les familles.',
    phone: '+33381000102',
    places: [
      {
        name: 'Permanence Viotte',
        address: '6 rue de la Viotte, 25000 Besançon',
        street: 'Rue de la Viotte',
        latitude: 47.24722,
        longitude: 6.02178,
        hours: merge(days(['mercredi'], [['14:00', '17:00']]), days(['samedi'], [['09:00', '12:00']])),
        wheelchair: false,
        access: 'Face à la gare Viotte, au rez-de-chaussée sur cour.',
      },
    ],
    services: [
      {
        name: 'Colis alimentaires du samedi',
        description: 'Colis alimentaires le samedi matin et le mercredi après-midi, sans rendez-vous.',
        themes: ['aide_alimentaire'],
        subThemes: ['colis_alimentaire'],
        publics: ['tout_public', 'familles', 'etudiants'],
        languages: ['fr', 'es', 'pt'],
        referralMode: 'sans_rdv',
        whatToBring: 'Une pièce d’identité.',
      },
      {
        name: 'Vestiaire solidaire',
        description: 'Vêtements pour adultes et enfants à petit prix.',
        themes: ['autre'],
        subThemes: ['vetements'],
        publics: ['tout_public'],
        referralMode: 'sans_rdv',
        hours: days(['mercredi'], [['14:00', '17:00']]),
      },
    ],
  },
  {
    name: 'Épicerie sociale de la Gare',
    kind: 'association',
    description: 'Épicerie sociale et solidaire : courses à petit prix pendant trois mois renouvelables.',
    phone: '+33381000103',
    places: [
      {
        address: '22 avenue de la Paix, 25000 Besançon',
        street: 'Avenue de la Paix',
        latitude: 47.24704,
        longitude: 6.02356,
        hours: days(['lundi', 'mercredi', 'vendredi'], [['14:00', '18:00']]),
        closedInAugust: true,
        wheelchair: true,
        hearingLoop: true,
        access: 'Bus 3 et 10, arrêt Viotte ; tram ligne 2, arrêt Gare Viotte.',
      },
    ],
    services: [
      {
        name: 'Épicerie sociale',
        description: 'Produits alimentaires et d’hygiène à 10 à 30 % de leur prix, sur orientation.',
        themes: ['aide_alimentaire'],
        subThemes: ['epicerie_sociale'],
        publics: ['familles', 'beneficiaires_minima_sociaux', 'seniors'],
        languages: ['fr', 'ru', 'uk'],
        referralMode: 'orientation_requise',
        whatToBring: 'Le courrier d’orientation du travailleur social.',
        accessConditions: 'Reste à vivre inférieur à 10 € par jour et par personne.',
      },
    ],
  },
  {
    name: 'CCAS de Besançon — Accueil social',
    kind: 'service_ccas',
    description: 'Accueil, information et orientation ; aides facultatives ; domiciliation.',
    phone: '+33381000110',
    places: [
      {
        name: 'Accueil du CCAS',
        address: '2 rue Mégevand, 25000 Besançon',
        street: 'Rue Mégevand',
        latitude: 47.23554,
        longitude: 6.02256,
        hours: officeHours,
        wheelchair: true,
        hearingLoop: true,
        access: 'Tram lignes 1 et 2, arrêt Révolution ; à 5 minutes à pied.',
      },
    ],
    services: [
      {
        name: 'Accueil et orientation',
        description: 'Toute question sociale : on vous écoute, on vous oriente vers le bon service.',
        themes: ['droits_rsa', 'autre'],
        subThemes: ['acces_droits', 'aide_administrative'],
        publics: ['tout_public'],
        languages: ['fr', 'en', 'lsf'],
        referralMode: 'sans_rdv',
      },
      {
        name: 'Domiciliation administrative',
        description: 'Une adresse pour recevoir son courrier et faire valoir ses droits.',
        themes: ['domiciliation'],
        subThemes: ['domiciliation_administrative'],
        publics: ['personnes_sans_domicile'],
        referralMode: 'sur_rdv',
        whatToBring: 'Une pièce d’identité si vous en avez une.',
      },
      {
        name: 'Aides facultatives et secours d’urgence',
        description: 'Aides financières ponctuelles : alimentation, énergie, transport.',
        themes: ['aide_alimentaire', 'energie'],
        subThemes: ['cheques_alimentaires', 'impayes_energie'],
        publics: ['tout_public'],
        referralMode: 'sur_rdv',
        whatToBring: 'Justificatifs de ressources et de charges des trois derniers mois.',
      },
    ],
  },
  {
    name: 'CCAS de Besançon — Point conseil budget',
    kind: 'service_ccas',
    description: 'Conseils pour le budget, l’énergie et les dettes.',
    places: [
      {
        address: '2 rue Mégevand, 25000 Besançon',
        street: 'Rue Mégevand',
        latitude: 47.23554,
        longitude: 6.02256,
        hours: days(['mardi', 'jeudi'], [['09:00', '12:00']]),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Point conseil budget',
        description: 'Un conseiller vous aide à faire le point sur votre budget et vos dettes.',
        themes: ['droits_rsa', 'energie'],
        subThemes: ['budget', 'surendettement', 'economies_energie'],
        publics: ['tout_public'],
        referralMode: 'sur_rdv',
      },
    ],
  },
  {
    name: 'Accueil de jour La Halte (démonstration)',
    kind: 'association',
    description: 'Accueil de jour pour personnes à la rue : café, douches, laverie, bagagerie.',
    phone: '+33381000104',
    places: [
      {
        address: '9 rue Battant, 25000 Besançon',
        street: 'Rue Battant',
        latitude: 47.24078,
        longitude: 6.01877,
        hours: merge(days(WEEK, [['08:30', '12:30']]), days(['samedi', 'dimanche'], [['09:00', '12:00']])),
        wheelchair: true,
        access: 'Quartier Battant, bus 3 arrêt Battant.',
      },
    ],
    services: [
      {
        name: 'Accueil de jour',
        description: 'Un lieu pour se poser, un café, un accompagnement vers les droits.',
        themes: ['logement', 'isolement'],
        subThemes: ['accueil_de_jour', 'lien_social'],
        publics: ['personnes_sans_domicile'],
        languages: ['fr', 'en', 'ar', 'ro'],
        referralMode: 'sans_rdv',
      },
      {
        name: 'Douches et laverie',
        description: 'Douches, kit d’hygiène, machines à laver.',
        themes: ['sante', 'autre'],
        subThemes: ['hygiene', 'laverie'],
        publics: ['personnes_sans_domicile'],
        referralMode: 'sans_rdv',
      },
      {
        name: 'Bagagerie',
        description: 'Un casier pour garder ses affaires en sécurité.',
        themes: ['domiciliation'],
        subThemes: ['bagagerie'],
        publics: ['personnes_sans_domicile'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Veille sociale 115 du Doubs (démonstration)',
    kind: 'service_public',
    description: 'Hébergement d’urgence : appelez le 115, jour et nuit.',
    places: [
      {
        address: '30 rue de Belfort, 25000 Besançon',
        street: 'Rue de Belfort',
        latitude: 47.2506,
        longitude: 6.0409,
        hours: days([...WEEK, 'samedi', 'dimanche'], [['00:00', '23:59']]),
        access: 'Accueil physique sur orientation ; le 115 répond à toute heure.',
      },
    ],
    services: [
      {
        name: 'Hébergement d’urgence (115)',
        description: 'Mise à l’abri et orientation vers un hébergement.',
        themes: ['logement'],
        subThemes: ['hebergement_urgence'],
        publics: ['personnes_sans_domicile', 'familles', 'femmes_victimes_violences'],
        languages: ['fr', 'en', 'ar', 'ru'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Permanence d’accès aux soins de santé (démonstration)',
    kind: 'service_public',
    description: 'Consultations médicales et accès aux droits santé pour les personnes sans couverture.',
    places: [
      {
        name: 'Hôpital, bâtiment des consultations',
        address: '3 boulevard Kennedy, 25000 Besançon',
        street: 'Boulevard Kennedy',
        latitude: 47.26006,
        longitude: 6.00809,
        hours: days(WEEK, [['08:30', '16:30']]),
        wheelchair: true,
        hearingLoop: true,
        access: 'Tram ligne 1, arrêt Hauts-du-Chazal.',
      },
    ],
    services: [
      {
        name: 'Consultations sans couverture maladie',
        description: 'Médecin, infirmier, assistante sociale ; médicaments délivrés sur place.',
        themes: ['sante'],
        subThemes: ['acces_soins', 'couverture_maladie'],
        publics: ['tout_public', 'demandeurs_asile', 'personnes_etrangeres'],
        languages: ['fr', 'en', 'ar', 'fa', 'ps'],
        referralMode: 'sans_rdv',
        whatToBring: 'Tout papier de santé ou d’identité, même ancien.',
      },
    ],
  },
  {
    name: 'Centre de soins en addictologie (démonstration)',
    kind: 'association',
    description: 'Accompagnement des addictions, anonyme et gratuit.',
    places: [
      {
        address: '12 rue de Vesoul, 25000 Besançon',
        street: 'Rue de Vesoul',
        latitude: 47.25824,
        longitude: 6.01736,
        hours: merge(officeHours, days(['jeudi'], [['13:30', '19:00']])),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Consultations en addictologie',
        description: 'Alcool, tabac, cannabis, jeux : consultations médicales et psychologiques.',
        themes: ['sante'],
        subThemes: ['addictions'],
        publics: ['tout_public', 'jeunes_16_25'],
        referralMode: 'sur_rdv',
      },
    ],
  },
  {
    name: 'Groupe d’entraide mutuelle Le Phare (démonstration)',
    kind: 'association',
    description: 'Lieu d’entraide entre personnes vivant avec des troubles psychiques.',
    places: [
      {
        address: '5 rue d’Arènes, 25000 Besançon',
        street: 'Rue d’Arènes',
        latitude: 47.2381,
        longitude: 6.01715,
        hours: days(['lundi', 'mardi', 'jeudi', 'vendredi'], [['14:00', '18:00']]),
        closedInAugust: true,
      },
    ],
    services: [
      {
        name: 'Entraide et activités',
        description: 'Sorties, ateliers, repas partagés.',
        themes: ['sante', 'isolement'],
        subThemes: ['sante_mentale', 'activites_collectives'],
        publics: ['personnes_handicap'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'France Services Planoise (démonstration)',
    kind: 'service_public',
    description: 'Démarches administratives : CAF, Assurance maladie, impôts, France Travail.',
    places: [
      {
        address: '4 avenue de l’Île-de-France, 25000 Besançon',
        street: 'Avenue de l’Île-de-France',
        latitude: 47.22412,
        longitude: 5.95312,
        hours: merge(officeHours, days(['samedi'], [['09:00', '12:00']])),
        wheelchair: true,
        hearingLoop: true,
        access: 'Tram ligne 1, arrêt Île-de-France.',
      },
    ],
    services: [
      {
        name: 'Aide aux démarches en ligne',
        description: 'Un agent vous accompagne pour vos démarches administratives en ligne.',
        themes: ['numerique', 'droits_rsa'],
        subThemes: ['accompagnement_numerique', 'aide_administrative', 'acces_droits'],
        publics: ['tout_public', 'seniors'],
        languages: ['fr', 'ar', 'tr'],
        referralMode: 'sans_rdv',
        whatToBring: 'Vos identifiants et les courriers concernés.',
      },
    ],
  },
  {
    name: 'Médiathèque — Espace numérique (démonstration)',
    kind: 'service_public',
    description: 'Ordinateurs en libre accès, ateliers d’initiation.',
    places: [
      {
        address: '10 rue de la République, 25000 Besançon',
        street: 'Rue de la République',
        latitude: 47.24029,
        longitude: 6.02875,
        hours: merge(
          days(['mardi', 'mercredi', 'vendredi'], [['10:00', '18:00']]),
          days(['samedi'], [['10:00', '17:00']]),
        ),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Accès libre à internet',
        description: 'Postes connectés, impression de documents (10 pages par jour).',
        themes: ['numerique'],
        subThemes: ['acces_internet'],
        publics: ['tout_public'],
        referralMode: 'sans_rdv',
      },
      {
        name: 'Ateliers numériques débutants',
        description: 'Apprendre à se servir d’un smartphone, de sa messagerie, des sites publics.',
        themes: ['numerique'],
        subThemes: ['accompagnement_numerique'],
        publics: ['seniors', 'tout_public'],
        referralMode: 'sur_rdv',
        hours: days(['mercredi'], [['14:00', '16:00']]),
      },
    ],
  },
  {
    name: 'Emmaüs-Connect-like : Recyclerie numérique (démonstration)',
    kind: 'association',
    description: 'Ordinateurs reconditionnés et recharges à petit prix.',
    places: [
      {
        address: '18 rue de Chalezeule, 25000 Besançon',
        street: 'Rue de Chalezeule',
        latitude: 47.25536,
        longitude: 6.05554,
        hours: days(['mercredi', 'samedi'], [['10:00', '17:00']]),
      },
    ],
    services: [
      {
        name: 'Matériel informatique solidaire',
        description: 'Ordinateurs et téléphones reconditionnés, forfaits solidaires.',
        themes: ['numerique'],
        subThemes: ['materiel_informatique'],
        publics: ['beneficiaires_minima_sociaux', 'demandeurs_emploi', 'etudiants'],
        referralMode: 'orientation_requise',
        whatToBring: 'Le courrier d’orientation et un justificatif de minima sociaux.',
      },
    ],
  },
  {
    name: 'Point-justice du Doubs (démonstration)',
    kind: 'service_public',
    description: 'Consultations juridiques gratuites avec des avocats, notaires, conciliateurs.',
    places: [
      {
        address: '1 rue de la Préfecture, 25000 Besançon',
        street: 'Rue de la Préfecture',
        latitude: 47.23502,
        longitude: 6.02503,
        hours: days(['lundi', 'mercredi', 'vendredi'], [['09:00', '12:00']]),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Consultations juridiques gratuites',
        description: 'Logement, famille, travail, dettes : un professionnel du droit vous répond.',
        themes: ['droits_rsa'],
        subThemes: ['aide_juridique'],
        publics: ['tout_public'],
        referralMode: 'sur_rdv',
      },
    ],
  },
  {
    name: 'Centre d’information sur les droits des femmes (démonstration)',
    kind: 'association',
    description: 'Information juridique, accompagnement des femmes victimes de violences.',
    places: [
      {
        address: '7 rue Charles Nodier, 25000 Besançon',
        street: 'Rue Charles Nodier',
        latitude: 47.23414,
        longitude: 6.02721,
        hours: merge(officeHours),
        wheelchair: true,
        access: 'Entrée discrète par la cour.',
      },
    ],
    services: [
      {
        name: 'Accompagnement des victimes de violences',
        description: 'Écoute, information sur les droits, plainte, mise à l’abri.',
        themes: ['autre', 'droits_rsa'],
        subThemes: ['violences', 'aide_juridique'],
        publics: ['femmes', 'femmes_victimes_violences'],
        languages: ['fr', 'en', 'ar', 'tr'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Association d’aide aux victimes (démonstration)',
    kind: 'association',
    description: 'Aide aux victimes d’infractions, soutien psychologique.',
    confirmedMonthsAgo: 9,
    places: [
      {
        address: '15 rue Proudhon, 25000 Besançon',
        street: 'Rue Proudhon',
        latitude: 47.23879,
        longitude: 6.02335,
        hours: days(
          ['mardi', 'jeudi'],
          [
            ['09:00', '12:00'],
            ['14:00', '17:00'],
          ],
        ),
      },
    ],
    services: [
      {
        name: 'Aide aux victimes',
        description: 'Soutien juridique et psychologique après une agression, un vol, un accident.',
        themes: ['autre'],
        subThemes: ['violences'],
        publics: ['tout_public'],
        referralMode: 'sur_rdv',
      },
    ],
  },
  {
    name: 'Apprendre le français ensemble (démonstration)',
    kind: 'association',
    description: 'Cours de français langue étrangère par des bénévoles.',
    places: [
      {
        address: '3 rue Marulaz, 25000 Besançon',
        street: 'Rue Marulaz',
        latitude: 47.24186,
        longitude: 6.01959,
        hours: merge(days(['lundi', 'jeudi'], [['18:00', '20:00']]), days(['samedi'], [['10:00', '12:00']])),
        closedInAugust: true,
      },
    ],
    services: [
      {
        name: 'Cours de français',
        description: 'Groupes de niveau, du débutant à la préparation du DELF.',
        themes: ['autre', 'emploi'],
        subThemes: ['cours_francais', 'formation'],
        publics: ['personnes_etrangeres', 'demandeurs_asile'],
        languages: ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'so', 'uk'],
        referralMode: 'sans_rdv',
        ageMin: 16,
      },
    ],
  },
  {
    name: 'Plateforme d’accueil des demandeurs d’asile (démonstration)',
    kind: 'association',
    description: 'Premier accueil, domiciliation et orientation des demandeurs d’asile.',
    places: [
      {
        address: '20 rue de Dole, 25000 Besançon',
        street: 'Rue de Dole',
        latitude: 47.2334,
        longitude: 5.9986,
        hours: days(['lundi', 'mardi', 'jeudi'], [['09:00', '12:30']]),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Premier accueil des demandeurs d’asile',
        description: 'Information sur la procédure, rendez-vous en préfecture, domiciliation.',
        themes: ['droits_rsa', 'domiciliation'],
        subThemes: ['acces_droits', 'domiciliation_administrative'],
        publics: ['demandeurs_asile'],
        languages: ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'so', 'ru', 'ka', 'sq'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Mission locale du Grand Besançon (démonstration)',
    kind: 'service_public',
    description: 'Emploi, formation, logement, santé des jeunes de 16 à 25 ans.',
    places: [
      {
        address: '11 rue de la République, 25000 Besançon',
        street: 'Rue de la République',
        latitude: 47.24051,
        longitude: 6.02891,
        hours: officeHours,
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Accompagnement des jeunes vers l’emploi',
        description: 'Un conseiller, le contrat d’engagement jeune, des offres et des formations.',
        themes: ['emploi'],
        subThemes: ['accompagnement_emploi', 'formation'],
        publics: ['jeunes_16_25'],
        referralMode: 'sur_rdv',
        ageMin: 16,
        ageMax: 25,
      },
    ],
  },
  {
    name: 'Chantier d’insertion Les Jardins de Chalezeule (démonstration)',
    kind: 'association',
    description: 'Maraîchage biologique et paniers solidaires ; contrats d’insertion.',
    places: [
      {
        address: '40 rue de Chalezeule, 25000 Besançon',
        street: 'Rue de Chalezeule',
        latitude: 47.25602,
        longitude: 6.05653,
        hours: days(WEEK, [
          ['08:00', '12:00'],
          ['13:00', '16:00'],
        ]),
      },
    ],
    services: [
      {
        name: 'Contrats d’insertion en maraîchage',
        description: 'Un emploi de 26 heures par semaine, accompagné, pour reprendre pied.',
        themes: ['emploi'],
        subThemes: ['insertion_activite'],
        publics: ['demandeurs_emploi', 'beneficiaires_minima_sociaux'],
        referralMode: 'orientation_requise',
      },
      {
        name: 'Paniers solidaires',
        description: 'Paniers de légumes bio à prix réduit, retrait le vendredi.',
        themes: ['aide_alimentaire'],
        subThemes: ['epicerie_sociale'],
        publics: ['familles', 'beneficiaires_minima_sociaux'],
        referralMode: 'sans_rdv',
        hours: days(['vendredi'], [['16:00', '18:30']]),
      },
    ],
  },
  {
    name: 'Agence départementale d’information sur le logement (démonstration)',
    kind: 'service_public',
    description: 'Conseils gratuits sur le logement : bail, charges, impayés, expulsion.',
    places: [
      {
        address: '8 rue Gambetta, 25000 Besançon',
        street: 'Rue Gambetta',
        latitude: 47.23996,
        longitude: 6.02644,
        hours: days(
          ['lundi', 'mardi', 'jeudi', 'vendredi'],
          [
            ['09:00', '12:00'],
            ['13:30', '17:00'],
          ],
        ),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Conseil logement et prévention des expulsions',
        description: 'Un juriste vous explique vos droits et les aides pour garder votre logement.',
        themes: ['logement'],
        subThemes: ['acces_logement', 'maintien_logement'],
        publics: ['tout_public'],
        referralMode: 'sur_rdv',
      },
    ],
  },
  {
    name: 'Foyer de jeunes travailleurs Les Oiseaux (démonstration)',
    kind: 'association',
    description: 'Logements meublés pour jeunes en emploi, en formation ou en stage.',
    places: [
      {
        address: '48 rue des Granges, 25000 Besançon',
        street: 'Rue des Granges',
        latitude: 47.2396,
        longitude: 6.0314,
        hours: officeHours,
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Logement des jeunes',
        description: 'Chambres et studios meublés, restauration, accompagnement.',
        themes: ['logement'],
        subThemes: ['acces_logement', 'aide_installation'],
        publics: ['jeunes_16_25', 'etudiants'],
        referralMode: 'sur_rdv',
        ageMin: 16,
        ageMax: 30,
      },
    ],
  },
  {
    name: 'Agoraé — épicerie étudiante (démonstration)',
    kind: 'association',
    description: 'Épicerie solidaire des étudiants, tenue par des étudiants.',
    places: [
      {
        address: '16 avenue de Montrapon, 25000 Besançon',
        street: 'Avenue de Montrapon',
        latitude: 47.25332,
        longitude: 6.01548,
        hours: days(
          ['mardi', 'jeudi'],
          [
            ['12:00', '14:00'],
            ['17:00', '19:00'],
          ],
        ),
        closedInAugust: true,
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Épicerie étudiante',
        description: 'Courses à petit prix pour étudiants, sur dossier auprès du service social.',
        themes: ['aide_alimentaire'],
        subThemes: ['epicerie_sociale'],
        publics: ['etudiants'],
        languages: ['fr', 'en', 'es', 'zh'],
        referralMode: 'orientation_requise',
      },
    ],
  },
  {
    name: 'Maison départementale des personnes handicapées (démonstration)',
    kind: 'service_public',
    description: 'Droits et prestations des personnes handicapées : AAH, PCH, RQTH.',
    places: [
      {
        address: '13 rue de la Préfecture, 25000 Besançon',
        street: 'Rue de la Préfecture',
        latitude: 47.23528,
        longitude: 6.02542,
        hours: officeHours,
        wheelchair: true,
        hearingLoop: true,
      },
    ],
    services: [
      {
        name: 'Accueil et information handicap',
        description: 'Aide pour remplir le dossier, suivi de la demande.',
        themes: ['handicap'],
        subThemes: ['accompagnement_handicap', 'aides_techniques'],
        publics: ['personnes_handicap'],
        languages: ['fr', 'lsf'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Les Visiteurs du lien (démonstration)',
    kind: 'association',
    description: 'Bénévoles qui rendent visite aux personnes âgées isolées.',
    confirmedMonthsAgo: 8,
    places: [
      {
        address: '2 rue de l’Église, 25000 Besançon',
        street: 'Rue de l’Église',
        latitude: 47.24454,
        longitude: 6.04156,
        hours: days(['mardi'], [['14:00', '17:00']]),
      },
    ],
    services: [
      {
        name: 'Visites à domicile',
        description: 'Une visite par semaine, des appels, des sorties.',
        themes: ['isolement'],
        subThemes: ['visites_domicile', 'lien_social'],
        publics: ['seniors'],
        referralMode: 'sur_rdv',
        ageMin: 60,
      },
    ],
  },
  {
    name: 'CCAS de Besançon — Résidence autonomie et animations seniors',
    kind: 'service_ccas',
    description: 'Clubs et animations pour les seniors ; résidence autonomie.',
    places: [
      {
        address: '25 chemin de Palente, 25000 Besançon',
        street: 'Chemin de Palente',
        latitude: 47.26236,
        longitude: 6.04826,
        hours: days(WEEK, [['14:00', '17:30']]),
        wheelchair: true,
        hearingLoop: true,
      },
    ],
    services: [
      {
        name: 'Clubs seniors',
        description: 'Jeux, ateliers mémoire, gymnastique douce, repas mensuels.',
        themes: ['isolement'],
        subThemes: ['activites_collectives'],
        publics: ['seniors'],
        referralMode: 'sans_rdv',
        ageMin: 60,
      },
    ],
  },
  {
    name: 'Restaurant social du Polygone (démonstration)',
    kind: 'association',
    description: 'Repas complets à 1 € le midi.',
    places: [
      {
        address: '7 rue du Polygone, 25000 Besançon',
        street: 'Rue du Polygone',
        latitude: 47.25364,
        longitude: 6.02721,
        hours: merge(days(WEEK, [['11:45', '13:30']]), days(['samedi'], [['11:45', '13:30']])),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Repas du midi',
        description: 'Un repas chaud et complet, sur carte délivrée par un travailleur social.',
        themes: ['aide_alimentaire'],
        subThemes: ['repas'],
        publics: ['personnes_sans_domicile', 'beneficiaires_minima_sociaux'],
        referralMode: 'orientation_requise',
      },
    ],
  },
  {
    name: 'Maison de quartier de Montrapon (démonstration)',
    kind: 'association',
    description: 'Animation du quartier, soutien à la parentalité, sorties familles.',
    places: [
      {
        address: '30 avenue de Montrapon, 25000 Besançon',
        street: 'Avenue de Montrapon',
        latitude: 47.2536,
        longitude: 6.0159,
        hours: merge(days(WEEK, [['14:00', '19:00']]), days(['mercredi'], [['09:00', '19:00']])),
        wheelchair: true,
      },
    ],
    services: [
      {
        name: 'Espace parents',
        description: 'Rencontres entre parents, accueil parents-enfants, sorties familiales.',
        themes: ['autre', 'isolement'],
        subThemes: ['famille_parentalite', 'lien_social'],
        publics: ['familles', 'enfants'],
        referralMode: 'sans_rdv',
      },
    ],
  },
  {
    name: 'Auto-école sociale et garage solidaire (démonstration)',
    kind: 'association',
    description: 'Permis de conduire accompagné et location de véhicules pour aller travailler.',
    confirmedMonthsAgo: 13,
    places: [
      {
        address: '21 avenue Carnot, 25000 Besançon',
        street: 'Avenue Carnot',
        latitude: 47.24542,
        longitude: 6.03263,
        hours: days(
          ['lundi', 'mercredi', 'vendredi'],
          [
            ['09:00', '12:00'],
            ['14:00', '17:00'],
          ],
        ),
      },
    ],
    services: [
      {
        name: 'Mobilité vers l’emploi',
        description: 'Permis à tarif réduit, location de scooters et de voitures.',
        themes: ['emploi', 'autre'],
        subThemes: ['accompagnement_emploi', 'mobilite'],
        publics: ['demandeurs_emploi', 'jeunes_16_25'],
        referralMode: 'orientation_requise',
      },
    ],
  },
  {
    name: 'Caisse d’allocations familiales — point d’accueil (démonstration)',
    kind: 'service_public',
    description: 'Prestations familiales, aides au logement, RSA, prime d’activité.',
    places: [
      {
        address: '2 rue Bersot, 25000 Besançon',
        street: 'Rue Bersot',
        latitude: 47.24052,
        longitude: 6.03056,
        hours: days(['lundi', 'mardi', 'jeudi'], [['08:30', '12:00']]),
        wheelchair: true,
        hearingLoop: true,
      },
    ],
    services: [
      {
        name: 'Accueil sur rendez-vous',
        description: 'Un conseiller examine vos droits et votre dossier.',
        themes: ['droits_rsa', 'logement'],
        subThemes: ['acces_droits', 'acces_logement'],
        publics: ['familles', 'beneficiaires_minima_sociaux'],
        languages: ['fr', 'lsf'],
        referralMode: 'sur_rdv',
        whatToBring: 'Votre numéro d’allocataire.',
      },
    ],
  },
  {
    name: 'Croix solidaire — énergie et eau (démonstration)',
    kind: 'association',
    description: 'Aide au paiement des factures d’énergie, ateliers économies d’énergie.',
    places: [
      {
        address: '9 rue Pasteur, 25000 Besançon',
        street: 'Rue Pasteur',
        latitude: 47.23868,
        longitude: 6.02627,
        hours: days(['jeudi'], [['14:00', '17:00']]),
        closedInAugust: true,
      },
    ],
    services: [
      {
        name: 'Aide aux factures d’énergie',
        description: 'Étude de la situation et aide au paiement d’une facture en retard.',
        themes: ['energie'],
        subThemes: ['impayes_energie', 'cheque_energie', 'economies_energie'],
        publics: ['tout_public'],
        referralMode: 'orientation_requise',
        whatToBring: 'La facture, un justificatif de ressources.',
      },
    ],
  },
  {
    name: 'Refuge et soins vétérinaires solidaires (démonstration)',
    kind: 'association',
    description: 'Soins vétérinaires à petit prix pour les animaux des personnes en difficulté.',
    places: [
      {
        address: '6 rue de Brûlard, 25000 Besançon',
        street: 'Rue de Brûlard',
        latitude: 47.24212,
        longitude: 5.99718,
        hours: days(['samedi'], [['09:00', '12:00']]),
      },
    ],
    services: [
      {
        name: 'Soins vétérinaires solidaires',
        description: 'Vaccins, stérilisation et soins courants à prix réduit.',
        themes: ['autre'],
        subThemes: ['animaux'],
        publics: ['personnes_sans_domicile', 'beneficiaires_minima_sociaux'],
        referralMode: 'sans_rdv',
      },
    ],
  },
]

const DAY_MS = 86_400_000
const MONTH_MS = 30 * DAY_MS

function augustClosures(now: Date): HoursException[] {
  const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  return [{ from: `${year}-08-01`, to: `${year}-08-31`, closed: true, message: 'Fermeture estivale' }]
}

/**
 * Writes the demonstration directory into the organisation's directory. With a partner (the demo's
 * association with an account), also leaves one of its proposals waiting for validation.
 */
export async function createDemoDirectory(
  tx: Db,
  organisationId: string,
  options: {
    now?: Date
    partner?: { organisationId: string; structureId: string; accountId?: string | null }
  } = {},
) {
  const now = options.now ?? new Date()
  const repo = directoryRepository(tx)
  for (const [i, s] of demoDirectory.entries()) {
    const at = new Date(now.getTime() - (demoDirectory.length - i) * DAY_MS)
    const [structure] = await tx
      .insert(directoryStructures)
      .values({
        organisationId,
        kind: s.kind,
        name: s.name,
        description: s.description,
        phone: s.phone ?? null,
        confirmedAt: new Date(now.getTime() - (s.confirmedMonthsAgo ?? 1) * MONTH_MS),
        createdAt: at,
        updatedAt: at,
      })
      .returning()
    const placeIds: string[] = []
    for (const p of s.places) {
      const [place] = await tx
        .insert(directoryPlaces)
        .values({
          organisationId,
          structureId: structure!.id,
          name: p.name ?? '',
          addressInput: p.address,
          label: p.address
            .replace(/,/g, '')
            .replace(/^(\d+) (\S)/, (_m, n: string, c: string) => `${n} ${c.toUpperCase()}`),
          postcode: '25000',
          city: 'Besançon',
          citycode: '25056',
          latitude: p.latitude,
          longitude: p.longitude,
          geocodeScore: 0.95,
          geocodeStatus: 'adresse',
          openingHours: p.hours,
          hoursExceptions: p.closedInAugust ? augustClosures(now) : [],
          wheelchairAccessible: p.wheelchair ?? false,
          hearingLoop: p.hearingLoop ?? false,
          access: p.access ?? '',
          createdAt: at,
          updatedAt: at,
        })
        .returning()
      placeIds.push(place!.id)
    }
    for (const v of s.services) {
      const [service] = await tx
        .insert(directoryServices)
        .values({
          organisationId,
          structureId: structure!.id,
          placeId: placeIds[v.place ?? 0] ?? null,
          name: v.name,
          description: v.description,
          themes: v.themes,
          subThemes: v.subThemes,
          publics: v.publics,
          ageMin: v.ageMin ?? null,
          ageMax: v.ageMax ?? null,
          accessConditions: v.accessConditions ?? '',
          languages: v.languages ?? ['fr'],
          referralMode: v.referralMode,
          whatToBring: v.whatToBring ?? '',
          openingHours: v.hours ?? null,
          createdAt: at,
          updatedAt: at,
        })
        .returning()
      await repo.setSearchText(
        service!.id,
        serviceSearchText({ service: service!, structureName: s.name, placeCity: 'Besançon' }),
      )
    }
  }
  if (options.partner) {
    const [structure] = await repo.structuresOfPartner(options.partner.organisationId, now)
    if (structure) {
      await tx.insert(directoryChanges).values({
        organisationId,
        structureId: structure.id,
        submittedByOrganisationId: options.partner.organisationId,
        submittedBy: options.partner.accountId ?? null,
        entity: 'structure',
        entityId: structure.id,
        before: { description: structure.description, phone: structure.phone },
        after: {
          description: `${structure.description} Ouvert aussi aux étudiants boursiers.`,
          phone: '+33381000199',
        },
        createdAt: new Date(now.getTime() - 2 * DAY_MS),
      })
    }
  }
}

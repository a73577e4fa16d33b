import type { TrainingRoute } from '../../../../shared/modules/metiers/metiers.constants'
import type {
  AdmissionMode,
  CentreKind,
  FundingTag,
  MalletteCategory,
} from '../../../../shared/modules/metiers/trainings-labels'

export interface DemoPlace {
  address: string
  postcode: string
  commune: string
  communeInsee: string
  latitude: number
  longitude: number
}

export interface DemoTraining {
  title: string
  diploma: string
  rncpCode: string | null
  rncpLevel: number
  /** Demo fiches by slug. */
  jobs: string[]
  routes: TrainingRoute[]
  summary: string
  duration: string
  cost: string
  fundingTags: FundingTag[]
  prerequisites: string
  admission: AdmissionMode[]
  admissionNote: string
  /** Sessions: months from now to the start, length in months, seats, site index (or null at the centre). */
  sessions: { inMonths: number; months: number; seats: number; site: number | null }[]
}

export interface DemoCentre {
  mailbox: string
  name: string
  kind: CentreKind
  uai: string | null
  website: string
  description: string
  accessibilityNote: string
  place: DemoPlace
  sites: (DemoPlace & { name: string })[]
  trainings: DemoTraining[]
}

const besancon = (address: string, latitude: number, longitude: number): DemoPlace => ({
  address,
  postcode: '25000',
  commune: 'Besançon',
  communeInsee: '25056',
  latitude,
  longitude,
})
const bourg = (address: string, latitude: number, longitude: number): DemoPlace => ({
  address,
  postcode: '01000',
  commune: 'Bourg-en-Bresse',
  communeInsee: '01053',
  latitude,
  longitude,
})

const deaes = (
  jobs: string[],
  routes: TrainingRoute[],
  sessions: DemoTraining['sessions'],
): DemoTraining => ({
  title: 'Accompagnant éducatif et social (DEAES)',
  diploma: 'Diplôme d’État d’accompagnant éducatif et social',
  rncpCode: 'RNCP36004',
  rncpLevel: 3,
  jobs,
  routes,
  summary:
    'Accompagner au quotidien des personnes âgées, en situation de handicap ou malades, à domicile, en établissement ou à l’école inclusive.',
  duration: '12 à 18 mois, dont 840 heures de stage ou d’alternance',
  cost: 'Gratuit en apprentissage ; prise en charge par la Région pour les demandeurs d’emploi.',
  fundingTags: ['gratuit_apprentissage', 'region', 'cpf', 'opco'],
  prerequisites: 'Aucun diplôme exigé. 16 ans au moins pour l’apprentissage.',
  admission: ['dossier', 'entretien'],
  admissionNote: 'Dossier de candidature puis entretien de motivation d’environ 30 minutes.',
  sessions,
})

const deas = (routes: TrainingRoute[], sessions: DemoTraining['sessions']): DemoTraining => ({
  title: 'Aide-soignant (DEAS)',
  diploma: 'Diplôme d’État d’aide-soignant',
  rncpCode: 'RNCP35830',
  rncpLevel: 4,
  jobs: ['aide-soignant'],
  routes,
  summary:
    'Dispenser des soins d’hygiène et de confort, repérer les changements de l’état de santé et travailler en équipe avec l’infirmier.',
  duration: '12 mois (1 540 heures, moitié en stage)',
  cost: 'Gratuit en apprentissage ; financement régional possible pour les demandeurs d’emploi.',
  fundingTags: ['gratuit_apprentissage', 'region', 'france_travail', 'opco'],
  prerequisites: '17 ans au moins à l’entrée en formation. Aucun diplôme exigé.',
  admission: ['dossier', 'entretien'],
  admissionNote: 'Sélection sur dossier (CV, lettre de motivation) et entretien.',
  sessions,
})

export const demoCentres: DemoCentre[] = [
  {
    mailbox: 'cfa-sanitaire-social-bisontin',
    name: 'CFA sanitaire et social bisontin (démo)',
    kind: 'cfa',
    uai: '0259901A',
    website: 'https://cfa-sanitaire-social.demo-lien.test',
    description:
      'Centre de formation d’apprentis des métiers du soin et de l’accompagnement : vous êtes salarié d’un employeur du secteur et vous vous formez sans frais.',
    accessibilityNote:
      'Bâtiment de plain-pied, place de stationnement réservée, boucle magnétique à l’accueil.',
    place: besancon('12 rue de Vesoul', 47.2472, 6.0227),
    sites: [],
    trainings: [
      deaes(
        ['accompagnant-educatif-et-social', 'aide-a-domicile'],
        ['apprentissage'],
        [
          { inMonths: 1, months: 14, seats: 24, site: null },
          { inMonths: 7, months: 14, seats: 24, site: null },
        ],
      ),
      deas(['apprentissage'], [{ inMonths: 2, months: 12, seats: 20, site: null }]),
      {
        title: 'Assistant de vie aux familles (titre ADVF)',
        diploma: 'Titre professionnel assistant de vie aux familles',
        rncpCode: 'RNCP34690',
        rncpLevel: 3,
        jobs: ['assistant-de-vie-aux-familles', 'aide-a-domicile'],
        routes: ['apprentissage', 'continue'],
        summary:
          'Aider les personnes chez elles : entretien du logement, repas, aide à la toilette, garde d’enfants. Un titre reconnu par les employeurs de l’aide à domicile.',
        duration: '7 mois, dont 8 semaines en entreprise',
        cost: 'Gratuit en apprentissage ; CPF ou financement régional sinon.',
        fundingTags: ['gratuit_apprentissage', 'cpf', 'region'],
        prerequisites: 'Savoir lire et écrire le français. Permis B apprécié.',
        admission: ['entretien'],
        admissionNote: 'Réunion d’information collective puis entretien individuel.',
        sessions: [{ inMonths: 1, months: 7, seats: 14, site: null }],
      },
    ],
  },
  {
    mailbox: 'ifas-doubs',
    name: 'Institut de formation d’aides-soignants du Doubs (démo)',
    kind: 'ifsi',
    uai: '0259902B',
    website: 'https://ifas-doubs.demo-lien.test',
    description:
      'Institut de formation d’aides-soignants rattaché au centre hospitalier : cursus complet et parcours partiels.',
    accessibilityNote: 'Ascenseur ; référente handicap joignable à l’accueil pour aménager les épreuves.',
    place: besancon('3 boulevard Fleming', 47.2212, 5.9586),
    sites: [],
    trainings: [deas(['initiale', 'continue', 'vae'], [{ inMonths: 3, months: 12, seats: 60, site: null }])],
  },
  {
    mailbox: 'irts-franche-comte',
    name: 'Institut régional du travail social de Franche-Comté (démo)',
    kind: 'irts',
    uai: '0259903C',
    website: 'https://irts-fc.demo-lien.test',
    description:
      'Les diplômes d’État du travail social, de niveau 4 à 6, en formation initiale, en apprentissage ou en cours d’emploi.',
    accessibilityNote:
      'Locaux accessibles en fauteuil ; documents de cours en version numérique adaptée sur demande.',
    place: besancon('1 rue Alfred de Vigny', 47.2561, 6.0317),
    sites: [],
    trainings: [
      {
        title: 'Éducateur spécialisé (DEES)',
        diploma: 'Diplôme d’État d’éducateur spécialisé',
        rncpCode: 'RNCP34827',
        rncpLevel: 6,
        jobs: ['educateur-specialise'],
        routes: ['initiale', 'apprentissage', 'vae'],
        summary:
          'Trois ans pour apprendre à accompagner des enfants, des adolescents ou des adultes en difficulté.',
        duration: '3 ans (1 450 heures de cours, 2 100 heures de stage)',
        cost: 'Formation initiale : frais d’inscription universitaires ; gratuit en apprentissage.',
        fundingTags: ['gratuit_apprentissage', 'region'],
        prerequisites: 'Baccalauréat ou équivalent.',
        admission: ['parcoursup', 'entretien'],
        admissionNote: 'Vœu sur Parcoursup puis oral d’admission.',
        sessions: [{ inMonths: 9, months: 36, seats: 45, site: null }],
      },
      {
        title: 'Éducateur de jeunes enfants (DEEJE)',
        diploma: 'Diplôme d’État d’éducateur de jeunes enfants',
        rncpCode: 'RNCP34825',
        rncpLevel: 6,
        jobs: ['educateur-de-jeunes-enfants'],
        routes: ['initiale', 'apprentissage'],
        summary:
          'Accompagner l’éveil et le développement des enfants de moins de 7 ans, en crèche ou en protection de l’enfance.',
        duration: '3 ans',
        cost: 'Gratuit en apprentissage ; frais d’inscription en formation initiale.',
        fundingTags: ['gratuit_apprentissage', 'region'],
        prerequisites: 'Baccalauréat ou équivalent.',
        admission: ['parcoursup', 'entretien'],
        admissionNote: 'Vœu sur Parcoursup puis oral d’admission.',
        sessions: [{ inMonths: 9, months: 36, seats: 30, site: null }],
      },
      {
        title: 'Moniteur éducateur (DEME)',
        diploma: 'Diplôme d’État de moniteur éducateur',
        rncpCode: 'RNCP34828',
        rncpLevel: 4,
        jobs: ['moniteur-educateur'],
        routes: ['initiale', 'apprentissage', 'continue'],
        summary:
          'Animer la vie quotidienne et des activités éducatives auprès de personnes accompagnées en établissement.',
        duration: '2 ans',
        cost: 'Gratuit en apprentissage ; financement régional pour les demandeurs d’emploi.',
        fundingTags: ['gratuit_apprentissage', 'region', 'opco'],
        prerequisites: 'Aucun diplôme exigé ; épreuves de sélection.',
        admission: ['dossier', 'entretien'],
        admissionNote: 'Dossier puis entretien ; dispense d’écrit avec un bac.',
        sessions: [{ inMonths: 8, months: 24, seats: 30, site: null }],
      },
      {
        title: 'Assistant de service social (DEASS)',
        diploma: 'Diplôme d’État d’assistant de service social',
        rncpCode: 'RNCP34826',
        rncpLevel: 6,
        jobs: ['assistant-de-service-social'],
        routes: ['initiale', 'apprentissage'],
        summary: 'Aider les personnes et les familles à faire valoir leurs droits et à trouver leur place.',
        duration: '3 ans',
        cost: 'Gratuit en apprentissage ; frais d’inscription en formation initiale.',
        fundingTags: ['gratuit_apprentissage', 'region'],
        prerequisites: 'Baccalauréat ou équivalent.',
        admission: ['parcoursup', 'entretien'],
        admissionNote: 'Vœu sur Parcoursup puis oral d’admission.',
        sessions: [{ inMonths: 9, months: 36, seats: 25, site: null }],
      },
      {
        title: 'Technicien de l’intervention sociale et familiale (DETISF)',
        diploma: 'Diplôme d’État de technicien de l’intervention sociale et familiale',
        rncpCode: 'RNCP4503',
        rncpLevel: 4,
        jobs: ['technicien-de-l-intervention-sociale-et-familiale'],
        routes: ['apprentissage', 'continue', 'vae'],
        summary: 'Soutenir les familles chez elles dans la vie quotidienne et l’éducation des enfants.',
        duration: '18 à 24 mois',
        cost: 'Gratuit en apprentissage ; OPCO pour les salariés.',
        fundingTags: ['gratuit_apprentissage', 'opco', 'cpf'],
        prerequisites: 'Aucun diplôme exigé.',
        admission: ['dossier', 'entretien'],
        admissionNote: 'Dossier de candidature et entretien.',
        sessions: [{ inMonths: 4, months: 20, seats: 18, site: null }],
      },
    ],
  },
  {
    mailbox: 'greta-haut-doubs',
    name: 'GRETA Haut-Doubs (démo)',
    kind: 'greta',
    uai: '0259904D',
    website: 'https://greta-haut-doubs.demo-lien.test',
    description: 'Formation continue des adultes : reconversion, VAE accompagnée, parcours à temps partiel.',
    accessibilityNote: 'Salle de formation au rez-de-chaussée.',
    place: {
      address: '2 rue du Lycée',
      postcode: '25300',
      commune: 'Pontarlier',
      communeInsee: '25462',
      latitude: 46.9035,
      longitude: 6.3554,
    },
    sites: [],
    trainings: [
      {
        title: 'Assistant de vie aux familles (titre ADVF) — reconversion',
        diploma: 'Titre professionnel assistant de vie aux familles',
        rncpCode: 'RNCP34690',
        rncpLevel: 3,
        jobs: ['assistant-de-vie-aux-familles', 'aide-a-domicile'],
        routes: ['continue'],
        summary:
          'Parcours de reconversion à temps plein, avec deux périodes en entreprise près de chez vous.',
        duration: '6 mois',
        cost: 'Pris en charge par la Région ou France Travail pour les demandeurs d’emploi ; CPF pour les salariés.',
        fundingTags: ['region', 'france_travail', 'cpf'],
        prerequisites: 'Maîtrise du français oral et écrit courant.',
        admission: ['entretien'],
        admissionNote: 'Information collective puis entretien.',
        sessions: [{ inMonths: 2, months: 6, seats: 12, site: null }],
      },
      deaes(['accompagnant-educatif-et-social'], ['vae'], []),
    ],
  },
  {
    mailbox: 'lycee-les-tilleuls',
    name: 'Lycée professionnel Les Tilleuls (démo)',
    kind: 'lycee',
    uai: '0019905E',
    website: 'https://lycee-les-tilleuls.demo-lien.test',
    description: 'Lycée des métiers de la santé, du social et de la petite enfance.',
    accessibilityNote: 'Établissement accessible ; internat avec chambres adaptées.',
    place: bourg('8 avenue Jean-Jaurès', 46.2006, 5.2206),
    sites: [],
    trainings: [
      {
        title: 'CAP Accompagnant éducatif petite enfance (AEPE)',
        diploma: 'CAP accompagnant éducatif petite enfance',
        rncpCode: 'RNCP38565',
        rncpLevel: 3,
        jobs: [],
        routes: ['initiale', 'apprentissage'],
        summary:
          'Prendre soin des jeunes enfants en crèche, en école maternelle ou comme assistant maternel.',
        duration: '2 ans (1 an après un premier diplôme)',
        cost: 'Gratuit.',
        fundingTags: ['gratuit_apprentissage'],
        prerequisites: 'Sortie de 3e ou reconversion.',
        admission: ['dossier'],
        admissionNote: 'Affectation après la 3e ; dossier pour les adultes.',
        sessions: [{ inMonths: 9, months: 24, seats: 24, site: null }],
      },
    ],
  },
  {
    mailbox: 'cfa-metiers-du-lien-ain',
    name: 'CFA des métiers du lien de l’Ain (démo)',
    kind: 'cfa',
    uai: '0019906F',
    website: 'https://cfa-lien-ain.demo-lien.test',
    description:
      'Le CFA des huit métiers prioritaires de l’Ain : vous signez un contrat d’apprentissage avec un employeur et vous vous formez sans frais, près de chez vous.',
    accessibilityNote: 'Tous les sites sont accessibles ; un référent handicap par site.',
    place: bourg('25 rue Paul Pioda', 46.2095, 5.2315),
    sites: [
      {
        name: 'Antenne d’Oyonnax',
        address: '4 rue Anatole France',
        postcode: '01100',
        commune: 'Oyonnax',
        communeInsee: '01283',
        latitude: 46.2561,
        longitude: 5.6556,
      },
      {
        name: 'Antenne d’Ambérieu-en-Bugey',
        address: '1 place Sémard',
        postcode: '01500',
        commune: 'Ambérieu-en-Bugey',
        communeInsee: '01004',
        latitude: 45.9583,
        longitude: 5.3592,
      },
    ],
    trainings: [
      deaes(
        ['accompagnant-educatif-et-social', 'aide-a-domicile'],
        ['apprentissage'],
        [
          { inMonths: 1, months: 14, seats: 18, site: null },
          { inMonths: 2, months: 14, seats: 12, site: 0 },
          { inMonths: 5, months: 14, seats: 12, site: 1 },
        ],
      ),
      deas(['apprentissage'], [{ inMonths: 2, months: 12, seats: 16, site: null }]),
      {
        title: 'Moniteur éducateur en apprentissage (DEME)',
        diploma: 'Diplôme d’État de moniteur éducateur',
        rncpCode: 'RNCP34828',
        rncpLevel: 4,
        jobs: ['moniteur-educateur'],
        routes: ['apprentissage'],
        summary: 'Deux ans en alternance dans un établissement de l’Ain (IME, foyer, MECS).',
        duration: '2 ans',
        cost: 'Gratuit en apprentissage, rémunéré.',
        fundingTags: ['gratuit_apprentissage', 'opco'],
        prerequisites: '18 à 29 ans (sans limite d’âge pour les travailleurs handicapés).',
        admission: ['dossier', 'entretien'],
        admissionNote: 'Dossier, entretien, puis signature du contrat avec l’employeur.',
        sessions: [{ inMonths: 8, months: 24, seats: 15, site: null }],
      },
    ],
  },
]

export interface DemoMalletteDocument {
  title: string
  category: MalletteCategory
  summary: string
  externalUrl: string
  documentDate: string
}

export const demoMallette: DemoMalletteDocument[] = [
  {
    title: 'Le contrat d’apprentissage, pas à pas',
    category: 'guide',
    summary:
      'Qui peut être apprenti (16 à 29 ans révolus, sans limite d’âge pour une personne handicapée), la durée du contrat (6 mois à 3 ans, celle du cycle de formation), la période d’essai de 45 jours de formation pratique en entreprise, la rémunération en pourcentage du SMIC selon l’âge et l’année, et les démarches de l’employeur.',
    externalUrl: 'https://www.service-public.fr/particuliers/vosdroits/F2918',
    documentDate: '2025-01-01',
  },
  {
    title: 'Être maître d’apprentissage',
    category: 'guide',
    summary:
      'Le maître d’apprentissage est majeur, a un diplôme du même domaine et un an d’expérience, ou deux ans d’expérience sans diplôme. Il accueille, organise le travail de l’apprenti avec le CFA, et suit au plus deux apprentis (plus un redoublant).',
    externalUrl: 'https://www.service-public.fr/professionnels-entreprises/vosdroits/F31187',
    documentDate: '2025-01-01',
  },
  {
    title: 'Cerfa 10103 : contrat d’apprentissage',
    category: 'formulaire',
    summary:
      'Le formulaire du contrat, rempli par l’employeur et l’apprenti, avec le CFA pour la partie formation. Il est transmis à l’OPCO dans les 5 jours ouvrables qui suivent le début de l’exécution du contrat.',
    externalUrl: 'https://www.formulaires.service-public.fr/gf/cerfa_10103.do',
    documentDate: '2024-11-01',
  },
  {
    title: 'Aide à l’embauche d’un apprenti',
    category: 'financement',
    summary:
      'L’aide exceptionnelle aux employeurs d’apprentis pour la première année du contrat : montant, conditions (diplôme jusqu’au niveau master, taille de l’entreprise) et démarche, versée chaque mois par l’Agence de services et de paiement.',
    externalUrl: 'https://travail-emploi.gouv.fr/aides-lembauche-en-alternance',
    documentDate: '2025-02-24',
  },
  {
    title: 'Rémunération de l’apprenti',
    category: 'fiche_pratique',
    summary:
      'Le salaire minimum de l’apprenti va de 27 % du SMIC (moins de 18 ans, 1re année) à 100 % (26 ans et plus) ; une convention collective peut prévoir davantage. Les avantages en nature et les heures supplémentaires suivent les règles des autres salariés.',
    externalUrl: 'https://www.service-public.fr/particuliers/vosdroits/F2918',
    documentDate: '2025-01-01',
  },
  {
    title: 'Apprentissage dans la fonction publique territoriale',
    category: 'veille_juridique',
    summary:
      'Les collectivités (CCAS, départements) peuvent recruter des apprentis ; le CNFPT finance une part des frais de formation. Ce qui change par rapport au secteur privé : pas d’aide à l’embauche, un maître d’apprentissage agent de la collectivité.',
    externalUrl: 'https://www.collectivites-locales.gouv.fr/fonction-publique-territoriale/apprentissage',
    documentDate: '2024-09-01',
  },
]

export const demoWelcomeKit = {
  title: 'Bienvenue aux apprentis du CCAS',
  welcomeText:
    'Vous rejoignez le service d’aide à domicile du CCAS. Votre tutrice vous accompagne pendant toute votre formation : n’hésitez jamais à poser une question. Vos premières semaines se font en binôme avec une aide à domicile expérimentée.',
  checklist: [
    {
      when: 'Avant l’arrivée',
      label: 'Envoyer au service RH une pièce d’identité, la carte Vitale et un RIB',
    },
    {
      when: 'Jour 1',
      label: 'Accueil au service à 8 h 30, visite et remise du badge et du téléphone de service',
    },
    {
      when: 'Jour 1',
      label: 'Rencontre avec votre tutrice et lecture du planning des deux premières semaines',
    },
    { when: 'Semaine 1', label: 'Interventions en binôme ; point de fin de semaine avec la tutrice' },
    { when: 'Mois 1', label: 'Premier échange tripartite avec le CFA' },
  ],
  contacts: [
    {
      role: 'Tutrice',
      name: 'Hélène (responsable de secteur)',
      email: 'tutorat@ccas.demo-lien.test',
      phone: '03 81 00 00 10',
    },
    { role: 'Ressources humaines', name: 'Service RH', email: 'rh@ccas.demo-lien.test', phone: '' },
  ],
}

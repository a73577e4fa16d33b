import { bad, demoGrids, fpt, type DemoFiche } from './fiche-shape'

/** Educational and social work: ES, EJE, ME, ASS, TISF. */
export const educatifEtSocial: DemoFiche[] = [
  {
    slug: 'educateur-specialise',
    title: 'Éducateur spécialisé / éducatrice spécialisée',
    summary:
      'Accompagner des enfants, des jeunes ou des adultes en difficulté ou en situation de handicap, pour qu’ils gagnent en autonomie et trouvent leur place.',
    codeRome: 'K1207',
    codeOgr: null,
    legacyCodeRomeV3: 'K1207',
    keywords: [
      'ES',
      'DEES',
      'éducateur',
      'protection de l’enfance',
      'ASE',
      'MECS',
      'IME',
      'prévention spécialisée',
    ],
    whatHtml: `<p>L’éducateur spécialisé accompagne des personnes dont la vie est fragilisée : enfants placés au titre de la protection de l’enfance, jeunes en rupture, adultes en situation de handicap ou en grande précarité. Avec elles, il construit un projet, les aide à retrouver des repères et fait le lien avec leur famille, l’école, les soins, l’emploi.</p>
<p>Il travaille en maison d’enfants à caractère social (MECS), en institut médico-éducatif (IME), en foyer, en service de milieu ouvert, en prévention spécialisée « dans la rue », ou au département.</p>`,
    dayHtml: `<p>En MECS, l’éducateur prend son service en fin d’après-midi : retour de l’école, devoirs, un rendez-vous chez l’orthophoniste, le dîner, un moment d’échange avant le coucher. Dans la semaine, il écrit les rapports pour le juge des enfants, rencontre les parents et participe aux réunions d’équipe.</p>
<ul><li>En internat : soirées, week-ends et parfois nuits.</li><li>En milieu ouvert : horaires de journée et déplacements.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État d’éducateur spécialisé (DEES)</strong> est de niveau 6 (grade de licence).</p>
<ul><li>Trois ans de formation après le bac, avec l’inscription sur Parcoursup.</li><li>En apprentissage.</li><li>Par la VAE, ou en formation continue pour les moniteurs éducateurs expérimentés.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’éducateur spécialisé (DEES)',
        rncpLevel: 6,
        routes: ['initiale', 'apprentissage', 'vae', 'continue'],
        note: 'Grade de licence ; admission par Parcoursup.',
      },
    ],
    payScales: [
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.assistantsSocioEducatifs,
        grades: [],
        note: 'Catégorie A, spécialité « éducation spécialisée ». Régime indemnitaire (RIFSEEP) et prime « Ségur » selon l’employeur, en plus.',
      },
    ],
    portraits: [
      {
        name: 'Camille',
        roleLabel: 'Éducatrice spécialisée',
        workplace: 'Maison d’enfants à caractère social (démonstration)',
        quote: 'On ne répare pas une histoire, mais on peut en ouvrir une autre.',
        storyHtml:
          '<p>Camille accompagne six adolescents dans un service d’accueil de jour. Elle a choisi la protection de l’enfance après un stage en troisième année.</p>',
      },
    ],
  },
  {
    slug: 'educateur-de-jeunes-enfants',
    title: 'Éducateur / éducatrice de jeunes enfants (EJE)',
    summary:
      'Veiller à l’éveil, au bien-être et au développement des enfants de moins de sept ans, en crèche ou en service de protection de l’enfance, avec leurs parents.',
    codeRome: 'K1202',
    codeOgr: null,
    legacyCodeRomeV3: 'K1202',
    keywords: ['EJE', 'DEEJE', 'crèche', 'petite enfance', 'multi-accueil', 'éveil'],
    whatHtml: `<p>L’éducateur de jeunes enfants conçoit des activités d’éveil adaptées à l’âge de chaque enfant, observe leur développement et soutient les parents dans leur rôle. Il anime l’équipe d’auxiliaires de puériculture et d’accompagnants, et peut diriger une structure.</p>
<p>Il travaille en crèche ou multi-accueil, en relais petite enfance, en pouponnière, en centre maternel ou en service de protection de l’enfance.</p>`,
    dayHtml: `<p>Dans un multi-accueil, la journée alterne l’accueil des familles le matin, les ateliers (peinture, musique, motricité), les repas, la sieste et les retrouvailles du soir. L’EJE prend le temps de transmettre aux parents ce que l’enfant a vécu.</p>
<ul><li>Horaires d’ouverture de la crèche, souvent en roulement.</li><li>Réunions d’équipe et projet pédagogique à écrire et faire vivre.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État d’éducateur de jeunes enfants (DEEJE)</strong> est de niveau 6 (grade de licence).</p>
<ul><li>Trois ans de formation après le bac, par Parcoursup.</li><li>En apprentissage.</li><li>Par la VAE, par exemple pour des auxiliaires de puériculture expérimentées.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’éducateur de jeunes enfants (DEEJE)',
        rncpLevel: 6,
        routes: ['initiale', 'apprentissage', 'vae'],
        note: 'Grade de licence ; admission par Parcoursup.',
      },
    ],
    payScales: [
      {
        employerLabel: 'Communes et CCAS (fonction publique territoriale)',
        sector: 'public',
        gridName: demoGrids.educateursJeunesEnfants,
        grades: [],
        note: 'Catégorie A. Régime indemnitaire en plus selon la collectivité.',
      },
    ],
    portraits: [
      {
        name: 'Léa',
        roleLabel: 'Éducatrice de jeunes enfants',
        workplace: 'Multi-accueil municipal (démonstration)',
        quote: 'Chaque jour, un enfant fait quelque chose pour la première fois.',
        storyHtml:
          '<p>Léa a rejoint la crèche après son diplôme en apprentissage. Elle coordonne l’accueil des enfants en situation de handicap.</p>',
      },
    ],
  },
  {
    slug: 'moniteur-educateur',
    title: 'Moniteur éducateur / monitrice éducatrice',
    summary:
      'Partager le quotidien d’enfants, d’adolescents ou d’adultes accueillis en établissement et les aider à acquérir de l’autonomie, au sein d’une équipe éducative.',
    codeRome: 'K1208',
    codeOgr: null,
    legacyCodeRomeV3: 'K1207',
    keywords: ['ME', 'DEME', 'moniteur', 'internat', 'foyer', 'handicap', 'protection de l’enfance'],
    whatHtml: `<p>Le moniteur éducateur organise et anime la vie quotidienne d’un groupe : lever, repas, activités, sorties, coucher. À travers ces moments, il aide chaque personne à apprendre, à prendre soin d’elle, à vivre avec les autres. Il travaille avec l’éducateur spécialisé et l’équipe, et participe au projet de chaque personne.</p>
<p>On le trouve en foyer de l’enfance, en MECS, en foyer de vie ou d’hébergement pour adultes handicapés, en IME ou en ESAT.</p>`,
    dayHtml: `<p>Dans un foyer de vie, le moniteur arrive à 14 heures : atelier jardin, courses avec deux résidents, préparation du dîner avec le groupe, soirée jeux, coucher, puis les écrits de la journée.</p>
<ul><li>Horaires d’internat : soirées, week-ends, jours fériés.</li><li>Parfois des séjours de vacances avec le groupe.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État de moniteur éducateur (DEME)</strong> est de niveau 4.</p>
<ul><li>Deux ans de formation, accessible sans le bac après sélection.</li><li>En apprentissage.</li><li>Par la VAE.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État de moniteur éducateur (DEME)',
        rncpLevel: 4,
        routes: ['initiale', 'apprentissage', 'vae'],
        note: 'Deux ans.',
      },
    ],
    payScales: [
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.moniteursEducateurs,
        grades: [],
        note: 'Catégorie B. Régime indemnitaire (RIFSEEP) en plus selon l’employeur.',
      },
    ],
    portraits: [
      {
        name: 'Thomas',
        roleLabel: 'Moniteur éducateur',
        workplace: 'Foyer départemental de l’enfance (démonstration)',
        quote: 'Le quotidien, c’est là que tout se joue.',
        storyHtml:
          '<p>Thomas a été animateur de centre de loisirs avant de passer le DEME en apprentissage. Il travaille auprès d’enfants de 6 à 12 ans.</p>',
      },
    ],
  },
  {
    slug: 'assistant-de-service-social',
    title: 'Assistant / assistante de service social',
    summary:
      'Accueillir, écouter et accompagner des personnes et des familles en difficulté (logement, budget, santé, protection), les aider à faire valoir leurs droits.',
    codeRome: 'K1201',
    codeOgr: null,
    legacyCodeRomeV3: 'K1201',
    keywords: ['ASS', 'assistante sociale', 'DEASS', 'travailleur social', 'polyvalence de secteur', 'CCAS'],
    whatHtml: `<p>L’assistant de service social reçoit des personnes qui traversent une difficulté : perte d’emploi, dette de loyer, maladie, séparation, violences. Il évalue la situation avec elles, les informe de leurs droits, monte les dossiers d’aide, et les oriente vers les bons partenaires. Il intervient aussi quand un enfant ou un adulte vulnérable est en danger.</p>
<p>Il est tenu au secret professionnel. Il travaille au département (service social de secteur, protection de l’enfance), en CCAS, à l’hôpital, en entreprise ou dans une association.</p>`,
    dayHtml: `<p>Une matinée de permanence au centre médico-social : trois rendez-vous, une visite à domicile chez une personne âgée isolée, une demande d’aide financière à instruire. L’après-midi, une réunion avec l’équipe de protection de l’enfance et la rédaction d’une évaluation.</p>
<ul><li>Horaires de journée, en semaine.</li><li>Déplacements sur le secteur, voiture de service souvent disponible.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État d’assistant de service social (DEASS)</strong> est de niveau 6 (grade de licence).</p>
<ul><li>Trois ans de formation après le bac, par Parcoursup.</li><li>En apprentissage.</li><li>Par la VAE.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’assistant de service social (DEASS)',
        rncpLevel: 6,
        routes: ['initiale', 'apprentissage', 'vae'],
        note: 'Grade de licence ; admission par Parcoursup.',
      },
    ],
    payScales: [
      {
        employerLabel: 'Départements et CCAS (fonction publique territoriale)',
        sector: 'public',
        gridName: demoGrids.assistantsSocioEducatifs,
        grades: [],
        note: 'Catégorie A, spécialité « assistant de service social ». Régime indemnitaire et prime « Ségur » selon l’employeur, en plus.',
      },
    ],
    portraits: [
      {
        name: 'Sophie',
        roleLabel: 'Assistante de service social',
        workplace: 'Centre départemental de solidarité (démonstration)',
        quote: 'Mon travail, c’est que les gens repartent avec une solution, ou au moins une piste.',
        storyHtml:
          '<p>Sophie travaille en polyvalence de secteur depuis huit ans, sur un territoire rural où elle fait beaucoup de visites à domicile.</p>',
      },
    ],
  },
  {
    slug: 'technicien-de-l-intervention-sociale-et-familiale',
    title: 'Technicien de l’intervention sociale et familiale (TISF)',
    summary:
      'Soutenir des familles dans leur vie quotidienne et l’éducation de leurs enfants, à leur domicile, lors d’une naissance, d’une maladie ou d’une difficulté.',
    codeRome: 'K1305',
    codeOgr: null,
    legacyCodeRomeV3: 'K1305',
    keywords: ['TISF', 'DETISF', 'soutien à la parentalité', 'aide aux familles', 'protection de l’enfance'],
    whatHtml: `<p>Le TISF intervient chez des familles pour une période donnée : après une naissance difficile, pendant une hospitalisation d’un parent, ou à la demande de la protection de l’enfance. Il aide à organiser la maison, les repas, les rythmes des enfants, et soutient les parents dans leur rôle, sans jamais les remplacer.</p>
<p>Il est salarié d’une association d’aide à domicile aux familles, parfois d’une collectivité.</p>`,
    dayHtml: `<p>Le matin, le TISF accompagne une maman et son bébé à la PMI ; à midi, il prépare le repas avec une famille de trois enfants et reprend avec les parents l’organisation de la semaine ; en fin de journée, il retrouve l’équipe pour faire le point avec le référent de l’aide sociale à l’enfance.</p>
<ul><li>Interventions de deux à quatre heures.</li><li>Permis de conduire souvent demandé.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État de technicien de l’intervention sociale et familiale (DETISF)</strong> est de niveau 4.</p>
<ul><li>Formation de 18 à 24 mois, en alternance.</li><li>En apprentissage.</li><li>Par la VAE, par exemple pour des AES ou ADVF expérimentés.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État de technicien de l’intervention sociale et familiale (DETISF)',
        rncpLevel: 4,
        routes: ['initiale', 'apprentissage', 'vae'],
        note: '',
      },
    ],
    payScales: [
      {
        employerLabel: bad,
        sector: 'prive',
        gridName: demoGrids.aideADomicile,
        grades: ['Catégorie D — technicien de l’intervention sociale et familiale'],
        note: 'Indemnités kilométriques en plus.',
      },
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.moniteursEducateurs,
        grades: [],
        note: 'Catégorie B (cadre des moniteurs-éducateurs et intervenants familiaux). Régime indemnitaire en plus.',
      },
    ],
    portraits: [
      {
        name: 'Aïcha',
        roleLabel: 'TISF',
        workplace: 'Association d’aide aux familles (démonstration)',
        quote: 'Je suis là pour que les parents reprennent confiance en eux.',
        storyHtml:
          '<p>Aïcha a d’abord été assistante de vie aux familles ; elle a passé le DETISF par la VAE et intervient surtout auprès de jeunes parents.</p>',
      },
    ],
  },
]

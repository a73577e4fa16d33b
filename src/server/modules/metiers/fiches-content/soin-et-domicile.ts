import { bad, demoGrids, fpt, type DemoFiche } from './fiche-shape'

/** Care and home help: aide-soignant, AES, ADVF, aide à domicile. */
export const soinEtDomicile: DemoFiche[] = [
  {
    slug: 'aide-soignant',
    title: 'Aide-soignant / aide-soignante',
    summary:
      'Prendre soin des personnes malades, âgées ou en situation de handicap : hygiène, confort, repas, surveillance de leur état, en équipe avec les infirmiers.',
    codeRome: 'J1501',
    codeOgr: null,
    legacyCodeRomeV3: 'J1501',
    keywords: ['aide-soignante', 'AS', 'DEAS', 'soignant', 'EHPAD', 'SSIAD', 'soins à domicile'],
    whatHtml: `<p>L’aide-soignant accompagne les personnes dans les gestes de la vie quotidienne qu’elles ne peuvent plus faire seules : se laver, s’habiller, manger, se déplacer. Il observe leur état de santé, mesure certains paramètres (température, pouls, poids) et transmet ce qu’il remarque à l’infirmier.</p>
<p>Il travaille en établissement (EHPAD, hôpital, foyer d’accueil médicalisé) ou au domicile des personnes, dans un service de soins infirmiers à domicile (SSIAD). C’est un métier de contact, où la relation compte autant que le geste.</p>
<h3>Ce que l’on attend de vous</h3>
<ul><li>Le sens du contact et de l’écoute, du respect pour l’intimité de chacun.</li><li>De la rigueur dans les gestes d’hygiène et dans les transmissions.</li><li>L’envie de travailler en équipe.</li></ul>`,
    dayHtml: `<p>En EHPAD, une journée commence souvent à 7 heures par les transmissions de l’équipe de nuit. Viennent ensuite les toilettes et les petits-déjeuners, l’aide au repas de midi, les soins de confort de l’après-midi, puis les transmissions écrites avant de passer le relais.</p>
<ul><li>Horaires en journée, parfois en 12 heures ; un week-end sur deux ou trois selon l’établissement.</li><li>À domicile, une tournée de plusieurs visites par demi-journée, avec une voiture de service ou la vôtre.</li></ul>`,
    routesHtml: `<p>Le métier demande le <strong>diplôme d’État d’aide-soignant (DEAS)</strong>, de niveau 4 depuis la réforme de 2021.</p>
<ul><li>En institut de formation d’aides-soignants (IFAS), pendant environ un an, avec des stages.</li><li>En apprentissage, payé pendant la formation.</li><li>Par la validation des acquis de l’expérience (VAE), si vous avez déjà travaillé auprès de personnes dépendantes.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’aide-soignant (DEAS)',
        rncpLevel: 4,
        routes: ['initiale', 'apprentissage', 'vae', 'continue'],
        note: 'Environ un an en IFAS, théorie et stages.',
      },
    ],
    payScales: [
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.aidesSoignants,
        grades: [],
        note: 'Cadre d’emplois de catégorie B. Le complément de traitement indiciaire (« Ségur ») et les primes s’ajoutent selon l’employeur.',
      },
    ],
    portraits: [
      {
        name: 'Nadia',
        roleLabel: 'Aide-soignante',
        workplace: 'EHPAD public (démonstration)',
        quote: 'Ce qui me fait rester, ce sont les sourires du matin.',
        storyHtml:
          '<p>Nadia a commencé comme agente hôtelière, puis a passé le DEAS en apprentissage. Elle travaille dans l’unité protégée, auprès de personnes atteintes de la maladie d’Alzheimer.</p>',
      },
    ],
  },
  {
    slug: 'accompagnant-educatif-et-social',
    title: 'Accompagnant éducatif et social (AES)',
    summary:
      'Aider au quotidien des enfants ou des adultes en situation de handicap, des personnes âgées ou malades, chez elles, à l’école ou en établissement, pour qu’elles vivent le plus possible comme elles le souhaitent.',
    codeRome: 'K1306',
    codeOgr: null,
    legacyCodeRomeV3: 'K1301',
    keywords: ['AES', 'AMP', 'aide médico-psychologique', 'AVS', 'auxiliaire de vie', 'DEAES', 'handicap'],
    whatHtml: `<p>L’accompagnant éducatif et social (AES) aide une personne dans les actes de la vie quotidienne — se lever, faire sa toilette, prendre ses repas, sortir — et l’accompagne dans ses activités et sa vie sociale. Il part de ce que la personne sait et veut faire, pour préserver son autonomie.</p>
<p>Il travaille au domicile des personnes (service d’aide à domicile, CCAS), en établissement (maison d’accueil spécialisée, foyer, EHPAD, institut médico-éducatif) ou à l’école, auprès d’élèves en situation de handicap.</p>
<h3>Ce que l’on attend de vous</h3>
<ul><li>De la patience, de l’attention aux petits signes.</li><li>Le respect des choix de la personne.</li><li>Le goût du travail en équipe et de l’écrit simple (transmissions).</li></ul>`,
    dayHtml: `<p>En foyer d’accueil, la journée suit le rythme des résidents : lever et toilette, petit-déjeuner, activités (cuisine, sortie au marché, atelier), repas, temps calme, puis la soirée et le coucher. À domicile, l’AES enchaîne des interventions d’une à deux heures chez plusieurs personnes.</p>
<ul><li>Horaires décalés fréquents (matin tôt, soir, week-end).</li><li>Le permis de conduire est souvent demandé pour le travail à domicile.</li></ul>`,
    routesHtml: `<p>Le <strong>diplôme d’État d’accompagnant éducatif et social (DEAES)</strong>, de niveau 3, a remplacé en 2016 les diplômes d’auxiliaire de vie sociale (DEAVS) et d’aide médico-psychologique (DEAMP).</p>
<ul><li>Formation d’environ un an, entre centre de formation et stages, sans condition de diplôme.</li><li>En apprentissage ou en contrat de professionnalisation.</li><li>Par la VAE, après une expérience auprès de personnes aidées.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’accompagnant éducatif et social (DEAES)',
        rncpLevel: 3,
        routes: ['initiale', 'apprentissage', 'vae', 'continue'],
        note: 'Remplace le DEAVS et le DEAMP depuis 2016.',
      },
    ],
    payScales: [
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.agentsSociaux,
        grades: [],
        note: 'Catégorie C. Selon le poste, le cadre d’emplois peut aussi être celui des auxiliaires de soins. Primes en plus selon l’employeur.',
      },
      {
        employerLabel: bad,
        sector: 'prive',
        gridName: demoGrids.aideADomicile,
        grades: ['Catégorie C — auxiliaire de vie, accompagnant éducatif et social'],
        note: 'Indemnités kilométriques et temps de trajet payés entre deux interventions.',
      },
    ],
    portraits: [
      {
        name: 'Julien',
        roleLabel: 'Accompagnant éducatif et social',
        workplace: 'Foyer d’accueil médicalisé (démonstration)',
        quote: 'Je ne fais pas à la place : je fais avec.',
        storyHtml:
          '<p>Ancien cuisinier, Julien s’est reconverti à 34 ans. Il anime l’atelier cuisine du foyer et accompagne deux résidents dans leurs sorties du samedi.</p>',
      },
    ],
  },
  {
    slug: 'assistant-de-vie-aux-familles',
    title: 'Assistant de vie aux familles (ADVF)',
    summary:
      'Intervenir au domicile de personnes âgées, en situation de handicap ou de familles avec de jeunes enfants : entretien du logement, repas, aide aux gestes du quotidien, garde d’enfants.',
    codeRome: 'K1311',
    codeOgr: null,
    legacyCodeRomeV3: 'K1302',
    keywords: ['ADVF', 'assistante de vie', 'aide à domicile', 'auxiliaire de vie', 'garde d’enfants'],
    whatHtml: `<p>L’assistant de vie aux familles travaille chez les personnes. Il entretient le logement et le linge, prépare les repas, aide une personne âgée à se lever, à s’habiller ou à faire ses courses, garde des enfants à la sortie de l’école. Il repère ce qui change dans la vie de la personne et le signale.</p>
<p>Il est salarié d’un service d’aide à domicile (association, entreprise, CCAS) ou directement employé par les particuliers.</p>`,
    dayHtml: `<p>Une matinée type : un lever et un petit-déjeuner chez une dame de 88 ans, une heure de ménage et de courses chez un couple, puis la préparation d’un déjeuner. L’après-midi, une sortie de l’école et un goûter avec deux enfants.</p>
<ul><li>Des interventions d’une à trois heures, dans un même secteur.</li><li>Un planning connu à l’avance, souvent sur téléphone.</li></ul>`,
    routesHtml: `<p>Le <strong>titre professionnel d’assistant de vie aux familles</strong> du ministère du Travail, de niveau 3, se prépare en quelques mois.</p>
<ul><li>En formation continue (demandeurs d’emploi, reconversion), souvent financée.</li><li>En apprentissage ou en contrat de professionnalisation.</li><li>Par la VAE.</li></ul>`,
    diplomas: [
      {
        name: 'Titre professionnel assistant de vie aux familles (ADVF)',
        rncpLevel: 3,
        routes: ['continue', 'apprentissage', 'vae'],
        note: 'Délivré par le ministère du Travail.',
      },
    ],
    payScales: [
      {
        employerLabel: fpt,
        sector: 'public',
        gridName: demoGrids.agentsSociaux,
        grades: ['Agent social', 'Agent social principal de 2e classe'],
        note: 'Catégorie C. Primes en plus selon l’employeur.',
      },
      {
        employerLabel: bad,
        sector: 'prive',
        gridName: demoGrids.aideADomicile,
        grades: ['Catégorie B — assistant de vie'],
        note: 'Indemnités kilométriques en plus.',
      },
    ],
    portraits: [
      {
        name: 'Fatou',
        roleLabel: 'Assistante de vie aux familles',
        workplace: 'Service d’aide à domicile (démonstration)',
        quote: 'Chez chacun, je suis invitée : ça s’apprend, et ça se respecte.',
        storyHtml:
          '<p>Fatou a obtenu son titre ADVF en formation continue après avoir élevé ses enfants. Elle intervient chez huit personnes dans le même quartier.</p>',
      },
    ],
  },
  {
    slug: 'aide-a-domicile',
    title: 'Aide à domicile / auxiliaire de vie sociale',
    summary:
      'Permettre à des personnes âgées ou en situation de handicap de continuer à vivre chez elles : aide au lever, repas, courses, ménage, compagnie.',
    codeRome: 'K1302',
    codeOgr: null,
    legacyCodeRomeV3: 'K1302',
    keywords: [
      'AVS',
      'auxiliaire de vie',
      'aide à domicile',
      'aide ménagère',
      'SAAD',
      'CCAS',
      'maintien à domicile',
    ],
    whatHtml: `<p>L’aide à domicile, que l’on appelle aussi auxiliaire de vie sociale, se rend chez des personnes qui ont besoin d’aide pour rester chez elles. Selon les besoins, elle aide à la toilette et à l’habillage, prépare les repas, fait les courses, entretient le logement, accompagne une sortie, et tient compagnie.</p>
<p>Elle travaille pour un CCAS, une association ou une entreprise d’aide à domicile. Beaucoup de postes sont ouverts sans diplôme, avec une formation à l’embauche et la possibilité de passer ensuite un diplôme.</p>`,
    dayHtml: `<p>La journée commence vers 8 heures chez une première personne pour le lever et le petit-déjeuner. Suivent d’autres visites : une aide au repas, des courses, un peu de ménage. Les interventions du soir aident au dîner et au coucher.</p>
<ul><li>Journées souvent coupées (matin et fin d’après-midi), un week-end sur deux.</li><li>Le temps de trajet entre deux personnes est du temps de travail.</li></ul>`,
    routesHtml: `<ul><li>Sans diplôme : une formation à l’embauche et un accompagnement par un tuteur.</li><li>Le <strong>DEAES</strong> (niveau 3) ou le <strong>titre ADVF</strong> (niveau 3), en formation, en apprentissage ou par la VAE.</li><li>Évolutions possibles vers aide-soignant, TISF ou responsable de secteur.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’accompagnant éducatif et social (DEAES)',
        rncpLevel: 3,
        routes: ['initiale', 'apprentissage', 'vae', 'continue'],
        note: '',
      },
      {
        name: 'Titre professionnel assistant de vie aux familles (ADVF)',
        rncpLevel: 3,
        routes: ['continue', 'apprentissage', 'vae'],
        note: '',
      },
    ],
    payScales: [
      {
        employerLabel: 'CCAS (fonction publique territoriale)',
        sector: 'public',
        gridName: demoGrids.agentsSociaux,
        grades: [],
        note: 'Catégorie C. Primes en plus selon la commune.',
      },
      {
        employerLabel: bad,
        sector: 'prive',
        gridName: demoGrids.aideADomicile,
        grades: [
          'Catégorie A — agent d’accompagnement',
          'Catégorie B — assistant de vie',
          'Catégorie C — auxiliaire de vie, accompagnant éducatif et social',
        ],
        note: 'Selon le diplôme. Indemnités kilométriques en plus.',
      },
    ],
    portraits: [
      {
        name: 'Sylvie',
        roleLabel: 'Agente d’aide à domicile',
        workplace: 'CCAS (démonstration)',
        quote: 'Pour certaines personnes, je suis la seule visite de la journée.',
        storyHtml:
          '<p>Sylvie travaille au service d’aide à domicile du CCAS depuis douze ans. Elle forme aujourd’hui les nouvelles recrues pendant leurs premières semaines.</p>',
      },
      {
        name: 'Karim',
        roleLabel: 'Auxiliaire de vie sociale',
        workplace: 'CCAS (démonstration)',
        quote: 'J’ai trouvé un métier où l’on me dit merci tous les jours.',
        storyHtml:
          '<p>Karim est entré au CCAS sans diplôme, après une carrière dans la logistique. Il prépare le DEAES par la VAE.</p>',
      },
    ],
  },
]

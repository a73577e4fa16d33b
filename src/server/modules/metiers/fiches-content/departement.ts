import { demoGrids, type DemoFiche } from './fiche-shape'

/** Jobs the départements recruit for: assistant familial, médecin (MDPH). */
export const departement: DemoFiche[] = [
  {
    slug: 'assistant-familial',
    title: 'Assistant familial / assistante familiale',
    summary:
      'Accueillir chez soi, de jour comme de nuit, des enfants ou des jeunes confiés par l’aide sociale à l’enfance, et les accompagner au sein de sa propre famille.',
    codeRome: 'K1309',
    codeOgr: null,
    legacyCodeRomeV3: 'K1303',
    keywords: [
      'famille d’accueil',
      'assistante familiale',
      'DEAF',
      'ASE',
      'aide sociale à l’enfance',
      'accueil familial',
    ],
    whatHtml: `<p>L’assistant familial accueille à son domicile un ou plusieurs enfants qui ne peuvent pas vivre avec leurs parents. Il leur offre un cadre de vie stable, les accompagne à l’école, chez le médecin, aux rencontres avec leurs parents, et travaille avec l’équipe de l’aide sociale à l’enfance qui suit chaque enfant.</p>
<p>Le métier engage toute la famille. Il est exercé comme salarié du département ou d’une association, après un <strong>agrément</strong> délivré par le président du conseil départemental (service de PMI), valable cinq ans.</p>
<h3>L’agrément, étape par étape</h3>
<ol><li>Une réunion d’information obligatoire.</li><li>Le dossier de demande (formulaire Cerfa, pièce d’identité, certificat médical).</li><li>Des entretiens et une visite du logement.</li><li>La décision, dans un délai de quatre mois après le dossier complet.</li></ol>`,
    dayHtml: `<p>La journée suit celle des enfants : préparer le petit-déjeuner et les emmener à l’école, un rendez-vous chez l’orthophoniste, une rencontre avec le référent de l’enfant, les devoirs, le bain, l’histoire du soir. Certaines semaines, un trajet vers une visite avec les parents.</p>
<ul><li>Un métier à temps plein, à domicile, avec des congés organisés avec le service.</li><li>Le soutien d’une équipe et de groupes d’échange entre assistants familiaux.</li></ul>`,
    routesHtml: `<ul><li>D’abord l’agrément du département, puis un stage préparatoire avant le premier accueil.</li><li>Ensuite 240 heures de formation dans les trois ans, qui préparent au <strong>diplôme d’État d’assistant familial (DEAF)</strong>, de niveau 3.</li><li>Les titulaires du DEAF voient leur agrément renouvelé automatiquement.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État d’assistant familial (DEAF)',
        rncpLevel: 3,
        routes: ['continue', 'vae'],
        note: 'Formation de 240 heures après l’agrément, pendant l’emploi.',
      },
    ],
    // Not a civil servant: pay set by the employment contract under the CASF, not by an FPT grid.
    payScales: [],
    portraits: [
      {
        name: 'Martine et Didier',
        roleLabel: 'Assistants familiaux',
        workplace: 'Département (démonstration)',
        quote: 'Nos enfants ont grandi avec ceux que nous avons accueillis.',
        storyHtml:
          '<p>Agréée depuis quinze ans, Martine accueille deux frères de 9 et 12 ans. Didier, son mari, a rejoint le métier l’an dernier.</p>',
      },
    ],
  },
  {
    slug: 'medecin-mdph',
    title: 'Médecin (MDPH et services départementaux)',
    summary:
      'Évaluer les besoins des personnes en situation de handicap au sein de la maison départementale des personnes handicapées, ou exercer en PMI et en protection de l’enfance.',
    codeRome: 'J1102',
    codeOgr: null,
    legacyCodeRomeV3: 'J1102',
    keywords: ['médecin', 'MDPH', 'handicap', 'PMI', 'médecin territorial', 'vacations', 'CDAPH'],
    whatHtml: `<p>À la maison départementale des personnes handicapées (MDPH), le médecin évalue, avec une équipe pluridisciplinaire, les besoins des personnes qui demandent une aide : allocation aux adultes handicapés, prestation de compensation, orientation vers un établissement, reconnaissance de la qualité de travailleur handicapé. Ses avis préparent les décisions de la commission des droits et de l’autonomie (CDAPH).</p>
<p>Le département emploie aussi des médecins en protection maternelle et infantile (PMI) et pour l’aide sociale à l’enfance. Ces postes offrent des horaires de journée, sans garde ni astreinte.</p>`,
    dayHtml: `<p>Une journée type : l’étude de dossiers avec les certificats médicaux, deux consultations d’évaluation, une réunion de l’équipe pluridisciplinaire, puis les échanges avec les médecins traitants qui suivent les personnes.</p>
<ul><li>Temps plein, temps partiel ou vacations.</li><li>Télétravail possible pour une partie de l’étude des dossiers, selon le département.</li></ul>`,
    routesHtml: `<ul><li>Le <strong>diplôme d’État de docteur en médecine</strong> (niveau 8), après neuf à onze ans d’études.</li><li>Inscription au tableau de l’Ordre des médecins.</li><li>Recrutement comme fonctionnaire (concours de médecin territorial) ou comme contractuel ; des vacations sont possibles en complément d’une activité libérale.</li></ul>`,
    diplomas: [
      {
        name: 'Diplôme d’État de docteur en médecine',
        rncpLevel: 8,
        routes: ['initiale'],
        note: 'Neuf à onze ans selon la spécialité.',
      },
    ],
    payScales: [
      {
        employerLabel: 'Départements (fonction publique territoriale)',
        sector: 'public',
        gridName: demoGrids.medecins,
        grades: [],
        note: 'Cadre des médecins territoriaux (catégorie A+). Régime indemnitaire en plus ; les contractuels et vacataires sont payés selon leur contrat.',
      },
    ],
    portraits: [
      {
        name: 'Dr Hélène',
        roleLabel: 'Médecin à la MDPH',
        workplace: 'Maison départementale des personnes handicapées (démonstration)',
        quote: 'J’ai gardé le soin, et gagné du temps pour chaque personne.',
        storyHtml:
          '<p>Après vingt ans de médecine générale, Hélène a rejoint la MDPH à temps partiel, en gardant deux jours de consultation en cabinet.</p>',
      },
    ],
  },
]

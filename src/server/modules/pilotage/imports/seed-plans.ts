/**
 * The structure of the two seed plans, as their source documents write it: the demo data and the
 * templates are built from it (no person, no figure the documents do not give).
 *
 * - Besançon: « Projet social — Feuille de route 2022-2026 » of the CCAS (March 2022): 6 strategic
 *   axes and 18 flagship projects (seed 001).
 * - Ain: « Accompagnement social et médico-social : un plan d’actions pour créer des vocations »,
 *   Département de l’Ain, published on 4 November 2024: 4 axes, 87 actions, the example actions it
 *   names, 200,000 € a year half paid by CNSA, DDETS and the Région (seed 004).
 */
import type { ActionKind } from '../../../../shared/modules/pilotage/pilotage.constants'

export interface SeedAction {
  title: string
  kind: ActionKind
}

export interface SeedAxis {
  title: string
  /** The axis' objective in the document's words (for the Ain plan: its count of actions). */
  objective: string
  /** How many actions the document announces for the axis (the Ain plan). */
  announcedActions?: number
  actions: SeedAction[]
}

export interface SeedPlan {
  key: string
  title: string
  summary: string
  /** Document and date the structure comes from. */
  source: string
  periodStart: string
  periodEnd: string
  axes: SeedAxis[]
  funders: string[]
}

const phare = (title: string): SeedAction => ({ title, kind: 'projet_phare' })
const action = (title: string): SeedAction => ({ title, kind: 'action' })

export const besanconProjetSocial: SeedPlan = {
  key: 'projet-social-ccas',
  title: 'Projet social 2022-2026 du CCAS de Besançon',
  summary:
    'Feuille de route du CCAS : 6 axes stratégiques déclinés en 18 projets phares, suivis par des fiches opérationnelles et un tableau récapitulatif avec calendrier.',
  source: 'CCAS de Besançon, « Projet social — Feuille de route 2022-2026 », mars 2022',
  periodStart: '2022-01-01',
  periodEnd: '2026-12-31',
  funders: ['CCAS de Besançon'],
  axes: [
    {
      title: "Intervenir auprès des publics prioritaires identifiés dans l'ABS",
      objective: "Observer pour mieux agir, à partir de l'analyse des besoins sociaux.",
      actions: [
        phare("Faciliter le développement d'une ABS à l'échelle intercommunale du Grand Besançon"),
        phare("Proposer des chantiers d'insertion jeunes / intra CCAS"),
        phare("Mettre en place une structure d'habitat inclusif intergénérationnel"),
      ],
    },
    {
      title:
        "Maintenir ou accompagner vers l'autonomie les publics relevant du CCAS au sens de l'autonomie sociale et économique De « l'urgence vers l'autonomie »",
      objective: "De « l'urgence vers l'autonomie ».",
      actions: [
        phare(
          "Favoriser les liens entre dispositifs d'accompagnement social du CCAS et structures d'insertion par l'activité économique pour les jeunes isolés et les plus âgés",
        ),
        phare(
          "Mettre en place un dispositif d'animation en faveur des Sans Domicile Stable en logement pour créer du lien et rompre l'isolement",
        ),
        phare(
          "Faciliter l'accès aux mobilités pour les personnes les plus démunies et les personnes en transition entre dispositifs d'aide",
        ),
      ],
    },
    {
      title: "Faciliter l'accès aux droits et leur maintien",
      objective: 'Aller vers, simplifier, lutter contre le non-recours.',
      actions: [
        phare(
          "Favoriser l'intégration des usagers pour améliorer la qualité des services d'accès aux droits",
        ),
        phare(
          'Déployer un réseau de médiateurs numériques et de travailleurs sociaux référents numériques dans les services',
        ),
        phare(
          "Accompagner les associations et les bénévoles par la formation à l'accès aux droits et au numérique sous forme d'ateliers",
        ),
      ],
    },
    {
      title:
        "Faire du CCAS l'interlocuteur majeur des politiques du handicap et de l'âge en lien avec la dimension accessibilité pour mieux vivre dans la ville",
      objective: "Mieux vivre dans la ville avec l'âge et le handicap.",
      actions: [
        phare(
          "Renforcer la réponse aux conséquences du vieillissement et créer des dispositifs de prévention de la perte d'autonomie s'inscrivant dans le label Ville Amie des Aînés",
        ),
        phare("Renforcer l'implantation de Groupe d'Entraide Mutuelle (GEM) dans un quartier prioritaire"),
        phare(
          "Veiller à l'accessibilité des établissements recevant du publics et généraliser l'usage des documents faciles à comprendre",
        ),
      ],
    },
    {
      title:
        'Optimiser les moyens, les ressources et le patrimoine du CCAS pour pérenniser son action de service public',
      objective: "Pérenniser l'action de service public.",
      actions: [
        phare(
          'Moderniser le patrimoine immobilier géré par le CCAS et développer des investissements éco-responsables',
        ),
        phare(
          "Etablir un plan d'actions pour favoriser le bien-être et la qualité de vie au travail des agents et prévenir la pénibilité au travail",
        ),
        phare(
          "Créer un réseau d'associations s'appuyant sur un répertoire partagé spécifiant les champs d'intervention dans le domaine de la solidarité",
        ),
      ],
    },
    {
      title: "Faire savoir et valoriser l'action du CCAS",
      objective: "Rendre plus lisible l'action du CCAS.",
      actions: [
        phare("Établir une charte municipale de l'action sociale avec les associations"),
        phare(
          'Établir une politique de communication du CCAS pour mieux articuler valorisation des actions et mobilisation interne',
        ),
        phare("Créer un évènement annuel ou semestriel dédié aux acteurs de l'action sociale"),
      ],
    },
  ],
}

export const ainMetiersDuLien: SeedPlan = {
  key: 'plan-metiers-ain',
  title:
    'Plan d’actions pour l’attractivité des métiers de l’accompagnement social et médico-social 2024-2026',
  summary:
    'Entre 2024 et 2026, 87 actions déclinées selon 4 axes pour valoriser 8 métiers prioritaires. Budget : 200 000 € par an dont 50 % de financements extérieurs au département.',
  source:
    'Département de l’Ain, « Accompagnement social et médico-social : un plan d’actions pour créer des vocations », publié le 4 novembre 2024 (plan adopté en session du 4 novembre 2024)',
  periodStart: '2024-11-04',
  periodEnd: '2026-12-31',
  funders: ['Département de l’Ain', 'CNSA', 'DDETS', 'Région Auvergne-Rhône-Alpes'],
  axes: [
    {
      title: 'Promouvoir les métiers',
      objective:
        '22 actions pour attirer les jeunes en scolarité, les personnes en recherche d’emploi ou en reconversion professionnelle.',
      announcedActions: 22,
      actions: [
        action(
          'Cartographie des centres de formation, fiches-métiers, spots radio, vidéos sur les réseaux sociaux, jeu grandeur nature…',
        ),
        action('Création d’un réseau d’ambassadeurs avec à disposition un contenu de formation'),
        action(
          'Immersions dans les structures, parcours de découverte des métiers, focus sur le public masculin…',
        ),
      ],
    },
    {
      title: 'Renforcer l’alternance et la formation',
      objective:
        '13 actions pour former et fidéliser les jeunes à travers les contrats d’apprentissage et de professionnalisation',
      announcedActions: 13,
      actions: [
        action('Création d’un outil numérique en ligne croisant l’offre et la demande d’apprentissage'),
        action(
          'Création d’une « mallette » numérique de l’alternance (veille documentaire, juridique, suivi des évolutions des formations en alternance – modalités de stage)',
        ),
        action(
          'Elaboration d’un kit d’accueil de l’apprenti pour faciliter son arrivée dans l’établissement ou service et alléger la charge de travail des professionnels de la structure',
        ),
        action(
          'Recenser les ESMS ayant des possibilités de logement, favoriser cette dynamique et diffuser la ressource…',
        ),
      ],
    },
    {
      title: 'Améliorer la qualité de vie et les conditions de travail',
      objective: '34 actions pour maintenir dans l’emploi les professionnels du secteur',
      announcedActions: 34,
      actions: [
        action('Création d’un club QVCT 01, avec l’animation d’un webinaire mensuel'),
        action(
          'Ouvrir une permanence téléphonique d’écoute et d’orientation une matinée par semaine pour les professionnels souhaitant évoluer et se qualifier',
        ),
        action('Création d’un réseau des référents santé et sécurité au travail'),
        action(
          'Création d’un réseau « Point de chute » pour les professionnels du domicile en leur donnant accès aux sanitaires, salle de pause de Mairie, EHPAD…',
        ),
        action(
          'Développement d’établissements d’accueil du jeune enfant proposant des modes de garde sur des horaires décalés',
        ),
      ],
    },
    {
      title: 'Logement, mobilité, transition écologique, innovation, observatoire',
      objective:
        '18 actions en faveur d’enjeux communs autour du logement, de la mobilité, de la transition écologique, de l’innovation et de l’observation des données',
      announcedActions: 18,
      actions: [
        action('Proposer des logements en proximité des lieux d’exercice, de stage, d’apprentissage'),
        action('Informer et développer l’offre de transports doux'),
        action('Création d’un « lab » innovation'),
        action('Création d’un observatoire départemental…'),
      ],
    },
  ],
}

/** The Ain plan's budget: 200,000 € a year, half from outside the département. */
export const ainYearlyBudgetCents = 200_000_00

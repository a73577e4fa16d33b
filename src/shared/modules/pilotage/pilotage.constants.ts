import type { Role } from '../organisations/roles'

/** Status of a flagship project or an action. « en retard » and « abandonné » need a reason. */
export const actionStatuses = ['a_lancer', 'en_cours', 'en_retard', 'realise', 'abandonne'] as const
export type ActionStatus = (typeof actionStatuses)[number]
export const actionStatusLabels: Record<ActionStatus, string> = {
  a_lancer: 'À lancer',
  en_cours: 'En cours',
  en_retard: 'En retard',
  realise: 'Réalisé',
  abandonne: 'Abandonné',
}
export const statusesNeedingReason: readonly ActionStatus[] = ['en_retard', 'abandonne']

export const actionKinds = ['projet_phare', 'action'] as const
export type ActionKind = (typeof actionKinds)[number]
export const actionKindLabels: Record<ActionKind, string> = { projet_phare: 'Projet phare', action: 'Action' }

export const indicatorUnits = ['nombre', 'pourcentage', 'euros', 'jours', 'heures', 'personnes'] as const
export type IndicatorUnit = (typeof indicatorUnits)[number]
export const indicatorUnitLabels: Record<IndicatorUnit, string> = {
  nombre: 'nombre',
  pourcentage: '%',
  euros: '€',
  jours: 'jours',
  heures: 'heures',
  personnes: 'personnes',
}

/** More is better (hausse) or less is better (baisse). */
export const indicatorDirections = ['hausse', 'baisse'] as const
export type IndicatorDirection = (typeof indicatorDirections)[number]

export const measurementFrequencies = ['mensuelle', 'trimestrielle', 'semestrielle', 'annuelle'] as const
export type MeasurementFrequency = (typeof measurementFrequencies)[number]
export const measurementFrequencyLabels: Record<MeasurementFrequency, string> = {
  mensuelle: 'Chaque mois',
  trimestrielle: 'Chaque trimestre',
  semestrielle: 'Chaque semestre',
  annuelle: 'Chaque année',
}

export const milestoneRecurrences = ['aucune', 'annuelle'] as const
export type MilestoneRecurrence = (typeof milestoneRecurrences)[number]

export const reviewKinds = [
  'comite_pilotage',
  'conseil_administration',
  'conseil_municipal',
  'financeurs',
] as const
export type ReviewKind = (typeof reviewKinds)[number]
export const reviewKindLabels: Record<ReviewKind, string> = {
  comite_pilotage: 'Comité de pilotage',
  conseil_administration: 'Conseil d’administration',
  conseil_municipal: 'Conseil municipal',
  financeurs: 'Comité des financeurs',
}

/** Traffic lights of the dashboard. */
export const trafficLights = ['vert', 'orange', 'rouge', 'gris'] as const
export type TrafficLight = (typeof trafficLights)[number]

/** Who builds a plan, shares it, holds the reviews: the direction and the administrators. */
export const planManagerRoles: readonly Role[] = ['direction', 'administrateur']
/**
 * Who reads the plans and their dashboards: every agent of the organisation (agents see how their
 * work serves the plan), except a partner association's members, who are not its agents.
 */
export const planReaderRoles: readonly Role[] = [
  'administrateur',
  'direction',
  'travailleur_social',
  'agent_accueil',
  'agent_domiciliation',
  'instructeur_aides',
  'planificateur',
  'lecture_statistiques',
  'recruteur',
  'editeur',
]

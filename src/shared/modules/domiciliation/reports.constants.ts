import type { Role } from '../organisations/roles'
import { addDays, type CivilDate } from '../../dates'

/**
 * Who reads the annual report: the deciding roles and the domiciliation agents who prepare it.
 * Not « lecture statistiques »: at the scale of one structure, a line of the report can name a
 * person (one woman over 75 domiciled this year).
 */
export const reportReaders: readonly Role[] = ['administrateur', 'direction', 'agent_domiciliation']
/** Who exports every domiciled person and who imports a base: the deciding roles only. */
export const dataExchangeRoles: readonly Role[] = ['administrateur', 'direction']

/** The code of a value the file does not give (no interview, no birth date…). */
export const NOT_GIVEN = 'NON_RENSEIGNE'
export const NOT_GIVEN_LABEL = 'Non renseigné'

/** Age bands of the report to the préfet (DomiFa's): 0–17, 18–25, 26–29, then five years to 75 and more. */
export const ageBands = [
  '0_17',
  '18_25',
  '26_29',
  '30_34',
  '35_39',
  '40_44',
  '45_49',
  '50_54',
  '55_59',
  '60_64',
  '65_69',
  '70_74',
  '75_PLUS',
] as const
export type AgeBand = (typeof ageBands)[number]
export const ageBandLabels: Record<AgeBand, string> = Object.fromEntries(
  ageBands.map((b) => [b, b === '75_PLUS' ? '75 ans et plus' : `${b.replace('_', ' à ')} ans`]),
) as Record<AgeBand, string>

/** Whole years of age on a day. */
export function ageOn(birthDate: CivilDate, day: CivilDate): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}

export function ageBandOf(age: number): AgeBand {
  if (age < 18) return '0_17'
  if (age < 26) return '18_25'
  if (age < 30) return '26_29'
  if (age >= 75) return '75_PLUS'
  const low = Math.floor(age / 5) * 5
  return `${low}_${low + 4}` as AgeBand
}

/** Average waiting time before the first interview (declarative question of the report). */
export const waitingTimeBands = [
  '1_7_JOURS',
  '7_15_JOURS',
  '15_JOURS_1_MOIS',
  '1_6_MOIS',
  'PLUS_6_MOIS',
] as const
export type WaitingTimeBand = (typeof waitingTimeBands)[number]
export const waitingTimeBandLabels: Record<WaitingTimeBand, string> = {
  '1_7_JOURS': 'De 1 à 7 jours',
  '7_15_JOURS': 'De 7 à 15 jours',
  '15_JOURS_1_MOIS': 'De 15 jours à 1 mois',
  '1_6_MOIS': 'De 1 à 6 mois',
  PLUS_6_MOIS: 'Plus de 6 mois',
}

/** The declarative questions of the report, in the order of the préfet's questionnaire. */
export const reportQuestionLabels = {
  waitingList: 'Existe-t-il une liste d’attente pour la domiciliation ?',
  averageWaitingTime: 'Délai moyen d’attente avant le premier entretien',
  staffFte: 'Personnel affecté à la domiciliation (équivalents temps plein)',
  volunteers: 'Nombre de bénévoles participant à la domiciliation',
  humanCostEuros: 'Coût en personnel de l’activité (euros)',
  totalCostEuros: 'Coût total de l’activité (euros)',
  comments: 'Moyens matériels, mise en œuvre du cahier des charges, observations',
} as const
export type ReportQuestion = keyof typeof reportQuestionLabels

/** The first and last days of a civil year. */
export const yearBounds = (year: number): { from: CivilDate; to: CivilDate } => ({
  from: `${year}-01-01`,
  to: addDays(`${year + 1}-01-01`, -1),
})

/** An import file: 10 Mo and 20,000 lines at most (a large city's whole base fits). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_LINES = 20_000
/** Ayants droit a line may carry (DomiFa's template has nine groups of four columns). */
export const MAX_IMPORT_AYANTS_DROIT = 9

export const importFormats = ['domifa', 'lien'] as const
export type ImportFormat = (typeof importFormats)[number]
export const importFormatLabels: Record<ImportFormat, string> = {
  domifa: 'Modèle d’import DomiFa',
  lien: 'Colonnes nommées (export Lien ou tableur)',
}

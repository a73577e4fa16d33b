/**
 * Indicators Lien computes from its own data, by name. Each reads another module only through
 * that module's index and gives the value of one month (null when there is nothing to measure:
 * no measurement is written then).
 */
import type { CivilDate } from '../../../../shared/dates'
import type { IndicatorUnit } from '../../../../shared/modules/pilotage/pilotage.constants'
import { endOfMonth } from '../../../../shared/modules/pilotage/traffic-lights'
import type { Db } from '../../../db/client'
import { requestsAnsweredWithinDelay } from '../../accueil'
import { domiciliationsInForce } from '../../domiciliation'

export interface ComputationInput {
  tx: Db
  organisationId: string
  /** The month measured (its first day). */
  month: CivilDate
  /** The day of the computation (Paris): what was due by then counts. */
  today: CivilDate
}

export interface Computation {
  label: string
  unit: IndicatorUnit
  /** What the value is, in a sentence (the computed measurement's comment). */
  comment: string
  compute: (input: ComputationInput) => Promise<number | null>
}

/** A share in percent with one decimal. */
const percent = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10

export const computations = {
  'accueil.reponses_dans_delai': {
    label: 'Demandes du mois répondues dans le délai annoncé',
    unit: 'pourcentage',
    comment:
      'Calculé par Lien : part des demandes reçues dans le mois et arrivées à échéance qui ont eu une première réponse au plus tard le jour dû.',
    compute: async ({ tx, organisationId, month, today }) => {
      const figures = await requestsAnsweredWithinDelay(tx, organisationId, month, today)
      return figures.due === 0 ? null : percent(figures.withinDelay, figures.due)
    },
  },
  'domiciliation.actives_fin_de_mois': {
    label: 'Domiciliations en cours le dernier jour du mois',
    unit: 'nombre',
    comment: 'Calculé par Lien : domiciliations valides le dernier jour du mois (hors radiations).',
    compute: async ({ tx, organisationId, month }) =>
      domiciliationsInForce(tx, organisationId, endOfMonth(month)),
  },
} satisfies Record<string, Computation>

export type ComputationName = keyof typeof computations

export function computationOf(name: string): Computation | undefined {
  return Object.hasOwn(computations, name) ? computations[name as ComputationName] : undefined
}

/** Every computation, for the definition form. */
export const computationChoices = () =>
  Object.entries(computations).map(([name, c]) => ({ name, label: c.label, unit: c.unit }))

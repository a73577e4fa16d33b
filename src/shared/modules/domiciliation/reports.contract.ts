import { z } from 'zod'
import { defineRoute } from '../../contract'
import { texteLibre } from '../accueil/accueil.contract'
import { dataExchangeRoles, reportReaders, waitingTimeBands } from './reports.constants'

const civilDate = z.iso.date()
const instant = z.iso.datetime({ offset: true })
const year = z.coerce
  .number({ message: 'Année attendue (ex. 2025).' })
  .int({ message: 'Année attendue (ex. 2025).' })
  .min(2000, { message: 'Année 2000 ou après.' })
  .max(2100, { message: 'Année trop lointaine.' })

/** One line of a breakdown: a code, its French label, a count. */
const count = z.object({ code: z.string(), label: z.string(), count: z.number().int() })
export type CountLine = z.output<typeof count>

const moneyOrCount = (max: number, integer: boolean) => {
  const n = z.number({ message: 'Nombre attendu.' }).min(0, { message: 'Nombre positif attendu.' })
  return (integer ? n.int({ message: 'Nombre entier attendu.' }) : n)
    .max(max, { message: `${max.toLocaleString('fr-FR')} au plus.` })
    .nullable()
    .optional()
}

/** The declarative answers of a year: what the software cannot count. All optional, saved as given. */
export const reportAnswersFields = {
  waitingList: z.boolean().nullable().optional(),
  averageWaitingTime: z.enum(waitingTimeBands).nullable().optional(),
  staffFte: moneyOrCount(10_000, false),
  volunteers: moneyOrCount(100_000, true),
  humanCostEuros: moneyOrCount(1_000_000_000, false),
  totalCostEuros: moneyOrCount(1_000_000_000, false),
  comments: texteLibre(4000).nullable().optional(),
}
export const reportAnswersView = z.object({
  year: z.number().int(),
  waitingList: z.boolean().nullable(),
  averageWaitingTime: z.enum(waitingTimeBands).nullable(),
  staffFte: z.number().nullable(),
  volunteers: z.number().int().nullable(),
  humanCostEuros: z.number().nullable(),
  totalCostEuros: z.number().nullable(),
  comments: z.string().nullable(),
  updatedAt: instant.nullable(),
})
export type ReportAnswersView = z.output<typeof reportAnswersView>

export const annualReportView = z.object({
  year: z.number().int(),
  organisationName: z.string(),
  generatedAt: instant,
  openingHours: z.string().nullable(),
  /** Axis 1: the domiciliations in force on 31 December, and the people they cover. */
  stock: z.object({
    on: civilDate,
    domiciliations: z.number().int(),
    ayantsDroit: z.number().int(),
    /** Domiciled people and their ayants droit. */
    persons: z.number().int(),
    byKind: z.array(count),
    bySex: z.array(count),
    ageBands: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        domiciled: z.number().int(),
        ayantsDroit: z.number().int(),
      }),
    ),
    householdType: z.array(count),
    instabilityCause: z.array(count),
    linkWithCommune: z.array(count),
    requestReason: z.array(count),
    residenceSituation: z.array(count),
    sociallyAccompanied: z.array(count),
    professionalSituation: z.array(count),
  }),
  /** Axis 2: the decisions taken in the year (cancelled ones never count). */
  decisions: z.object({
    attestations: z.number().int(),
    firstAttestations: z.number().int(),
    renewals: z.number().int(),
    ayantsDroitCovered: z.number().int(),
    refusals: z.number().int(),
    refusalsByMotive: z.array(count),
    orientations: z.array(count),
    radiations: z.number().int(),
    radiationsByMotive: z.array(count),
  }),
  /** Axis 3: contacts and mail in the year. */
  activity: z.object({
    visits: z.number().int(),
    calls: z.number().int(),
    portalSignIns: z.number().int(),
    mail: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        received: z.number().int(),
        handedOver: z.number().int(),
        forwarded: z.number().int(),
        returned: z.number().int(),
      }),
    ),
  }),
  /** What the software measures of the waiting: requests still undecided on 31 December, days to decide. */
  waiting: z.object({
    pendingOnLastDay: z.number().int(),
    decidedRequests: z.number().int(),
    averageDaysToDecide: z.number().nullable(),
  }),
  answers: reportAnswersView,
})
export type AnnualReportView = z.output<typeof annualReportView>

const yearQuery = z.strictObject({
  /** The previous civil year by default: the report is due for the year just ended. */
  year: year.optional(),
})

export const domiciliationReportsContract = {
  annualReport: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-report',
    summary:
      'Rapport annuel d’activité au préfet (article D264-8 du CASF) : domiciliations au 31 décembre, décisions et activité de l’année, questions déclaratives',
    access: { kind: 'member', roles: reportReaders },
    query: yearQuery,
    response: annualReportView,
  }),
  annualReportPdf: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-report.pdf',
    summary: 'Rapport annuel d’activité au préfet, en PDF',
    access: { kind: 'member', roles: reportReaders },
    query: yearQuery,
    response: z.unknown(),
    raw: true,
  }),
  annualReportXlsx: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-report.xlsx',
    summary: 'Rapport annuel d’activité au préfet, en classeur XLSX',
    access: { kind: 'member', roles: reportReaders },
    query: yearQuery,
    response: z.unknown(),
    raw: true,
  }),
  getReportAnswers: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-report/answers',
    summary: 'Réponses aux questions déclaratives du rapport annuel (liste d’attente, personnel, coûts)',
    access: { kind: 'member', roles: reportReaders },
    query: yearQuery,
    response: reportAnswersView,
  }),
  setReportAnswers: defineRoute({
    method: 'PUT',
    path: '/api/domiciliation-report/answers',
    summary:
      'Enregistrer les réponses aux questions déclaratives d’une année (les champs absents restent inchangés)',
    access: { kind: 'member', roles: dataExchangeRoles },
    body: z.strictObject({ year, ...reportAnswersFields }),
    response: reportAnswersView,
  }),
}

import { addDays, endOfParisDay, parisDate, type CivilDate } from '../../../shared/dates'
import { DomainError } from '../../../shared/errors'
import {
  communeLinkLabels,
  householdTypeLabels,
  instabilityCauseLabels,
  orientationLabels,
  professionalSituationLabels,
  radiationMotiveLabels,
  refusalMotiveLabels,
  requestReasonLabels,
  residenceSituationLabels,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { mailKindLabels } from '../../../shared/modules/domiciliation/mail.constants'
import type {
  AnnualReportView,
  CountLine,
  ReportAnswersView,
} from '../../../shared/modules/domiciliation/reports.contract'
import {
  ageBandLabels,
  NOT_GIVEN,
  NOT_GIVEN_LABEL,
  yearBounds,
} from '../../../shared/modules/domiciliation/reports.constants'
import { genderLabels } from '../../../shared/modules/usagers/usagers.labels'
import { annualReportRepository, type GroupCount } from './annual-report.repository'
import { memberOf, type Clock, type ReportsCtx } from './reports.context'

const kindLabels = { ACCEPTATION: 'Première demande', RENOUVELLEMENT: 'Renouvellement' }
const accompaniedLabels = { true: 'Accompagnée socialement', false: 'Sans accompagnement social' }

/**
 * Counts in the order of the labels, every code present (zero included), then « non renseigné »
 * for what the files do not say, then any code the labels do not know.
 */
export function breakdown(labels: Record<string, string>, counts: Map<string, number>): CountLine[] {
  const known = Object.entries(labels).map(([code, label]) => ({ code, label, count: counts.get(code) ?? 0 }))
  const unknown = [...counts]
    .filter(([code]) => code !== '' && code !== NOT_GIVEN && !(code in labels))
    .map(([code, count]) => ({ code, label: code, count }))
  const missing = (counts.get('') ?? 0) + (counts.get(NOT_GIVEN) ?? 0)
  return [...known, ...unknown, { code: NOT_GIVEN, label: NOT_GIVEN_LABEL, count: missing }]
}

const dimension = (groups: GroupCount[], name: string) =>
  new Map(groups.filter((g) => g.dimension === name).map((g) => [g.code, Number(g.count)]))
const single = (groups: GroupCount[], name: string) =>
  Number(groups.find((g) => g.dimension === name)?.count ?? 0)

/** The first instant of a civil day in Paris. */
const startOfParisDay = (day: CivilDate) => new Date(endOfParisDay(addDays(day, -1)).getTime() + 1)

const emptyAnswers = (year: number): ReportAnswersView => ({
  year,
  waitingList: null,
  averageWaitingTime: null,
  staffFte: null,
  volunteers: null,
  humanCostEuros: null,
  totalCostEuros: null,
  comments: null,
  updatedAt: null,
})

export type ReportAnswersInput = Partial<Omit<ReportAnswersView, 'year' | 'updatedAt'>>

/** The annual activity report owed to the préfet (CASF D264-8), and its declarative answers. */
export function annualReportService(clock: Clock) {
  /** The year asked, or the one just ended; a year not yet begun has no report. */
  function reportYear(asked: number | undefined): number {
    const current = Number(parisDate(clock()).slice(0, 4))
    const year = asked ?? current - 1
    if (year > current) {
      const message = `l’année ${year} n’a pas encore commencé.`
      throw new DomainError('validation', `Année : ${message}`, [{ field: 'year', message }])
    }
    return year
  }

  async function answersOf(ctx: ReportsCtx, year: number): Promise<ReportAnswersView> {
    const { organisationId } = memberOf(ctx)
    const row = await annualReportRepository(ctx.tx).answers(organisationId, year)
    if (!row) return emptyAnswers(year)
    return {
      ...emptyAnswers(year),
      ...(row.answers as ReportAnswersInput),
      updatedAt: row.updatedAt.toISOString(),
    }
  }

  return {
    reportYear,

    async report(ctx: ReportsCtx, askedYear: number | undefined): Promise<AnnualReportView> {
      const year = reportYear(askedYear)
      const { organisationId, organisationName } = memberOf(ctx)
      const repo = annualReportRepository(ctx.tx)
      const today = parisDate(clock())
      const bounds = yearBounds(year)
      // The year still running is counted up to today: the stock is then today's.
      const last = bounds.to < today ? bounds.to : today
      await repo.preferHashJoins()
      const [stock, decisions, activity, waiting, openingHours, answers] = await Promise.all([
        repo.stock(last),
        repo.decisions(bounds.from, last),
        repo.activity(startOfParisDay(bounds.from), startOfParisDay(addDays(last, 1))),
        repo.waiting(bounds.from, last),
        repo.openingHours(organisationId),
        answersOf(ctx, year),
      ])
      const decided = (kind: string) => decisions.filter((d) => d.kind === kind)
      const sum = (list: { count: number }[]) => list.reduce((n, d) => n + Number(d.count), 0)
      const byMotive = (kind: string) => {
        const counts = new Map<string, number>()
        for (const d of decided(kind)) counts.set(d.motive, (counts.get(d.motive) ?? 0) + Number(d.count))
        return counts
      }
      const orientationCounts = new Map<string, number>()
      for (const d of decided('REFUS'))
        orientationCounts.set(d.orientation, (orientationCounts.get(d.orientation) ?? 0) + Number(d.count))
      const granted = [...decided('ACCEPTATION'), ...decided('RENOUVELLEMENT')]
      const contacts = new Map(activity.contacts.map((c) => [c.kind, Number(c.count)]))
      const mail = new Map(activity.mail.map((m) => [m.kind, m]))
      const ages = dimension(stock, 'age')
      const dependantAges = dimension(stock, 'ageAyantsDroit')
      const domiciliations = single(stock, 'total')
      const ayantsDroit = single(stock, 'ayantsDroit')

      await ctx.audit({ action: 'read', entityType: 'domiciliation_report', entityId: String(year) })
      return {
        year,
        organisationName,
        generatedAt: clock().toISOString(),
        openingHours,
        stock: {
          on: last,
          domiciliations,
          ayantsDroit,
          persons: domiciliations + ayantsDroit,
          byKind: breakdown(kindLabels, dimension(stock, 'kind')).filter((l) => l.code !== NOT_GIVEN),
          bySex: breakdown(genderLabels, dimension(stock, 'sex')),
          ageBands: [...Object.entries(ageBandLabels), [NOT_GIVEN, NOT_GIVEN_LABEL] as const].map(
            ([code, label]) => ({
              code,
              label,
              domiciled: ages.get(code) ?? 0,
              ayantsDroit: dependantAges.get(code) ?? 0,
            }),
          ),
          householdType: breakdown(householdTypeLabels, dimension(stock, 'householdType')),
          instabilityCause: breakdown(instabilityCauseLabels, dimension(stock, 'instabilityCause')),
          linkWithCommune: breakdown(communeLinkLabels, dimension(stock, 'linkWithCommune')),
          requestReason: breakdown(requestReasonLabels, dimension(stock, 'requestReason')),
          residenceSituation: breakdown(residenceSituationLabels, dimension(stock, 'residenceSituation')),
          sociallyAccompanied: breakdown(accompaniedLabels, dimension(stock, 'sociallyAccompanied')),
          professionalSituation: breakdown(
            professionalSituationLabels,
            dimension(stock, 'professionalSituation'),
          ),
        },
        decisions: {
          attestations: sum(granted),
          firstAttestations: sum(decided('ACCEPTATION')),
          renewals: sum(decided('RENOUVELLEMENT')),
          ayantsDroitCovered: granted.reduce((n, d) => n + Number(d.ayantsDroit), 0),
          refusals: sum(decided('REFUS')),
          refusalsByMotive: breakdown(refusalMotiveLabels, byMotive('REFUS')),
          orientations: breakdown(orientationLabels, orientationCounts),
          radiations: sum(decided('RADIATION')),
          radiationsByMotive: breakdown(radiationMotiveLabels, byMotive('RADIATION')),
        },
        activity: {
          visits: contacts.get('visite') ?? 0,
          calls: contacts.get('appel') ?? 0,
          portalSignIns: contacts.get('connexion_portail') ?? 0,
          mail: Object.entries(mailKindLabels).map(([kind, label]) => {
            const m = mail.get(kind)
            return {
              kind,
              label,
              received: Number(m?.received ?? 0),
              handedOver: Number(m?.handedOver ?? 0),
              forwarded: Number(m?.forwarded ?? 0),
              returned: Number(m?.returned ?? 0),
            }
          }),
        },
        waiting: {
          ...waiting,
          averageDaysToDecide:
            waiting.averageDaysToDecide === null ? null : Math.round(waiting.averageDaysToDecide * 10) / 10,
        },
        answers,
      }
    },

    async answers(ctx: ReportsCtx, askedYear: number | undefined): Promise<ReportAnswersView> {
      const year = reportYear(askedYear)
      await ctx.audit({ action: 'read', entityType: 'domiciliation_report_answers', entityId: String(year) })
      return answersOf(ctx, year)
    },

    async saveAnswers(ctx: ReportsCtx, year: number, input: ReportAnswersInput): Promise<ReportAnswersView> {
      reportYear(year)
      const { organisationId } = memberOf(ctx)
      const before = await answersOf(ctx, year)
      const { year: _y, updatedAt: _u, ...kept } = before
      const merged = {
        ...kept,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      }
      const row = await annualReportRepository(ctx.tx).saveAnswers(organisationId, year, merged, clock())
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_report_answers',
        entityId: String(year),
        before: kept,
        after: merged,
      })
      return { ...emptyAnswers(year), ...merged, updatedAt: row.updatedAt.toISOString() }
    },
  }
}

export type AnnualReportService = ReturnType<typeof annualReportService>

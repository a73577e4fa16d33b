import { addDays, addMonths, parisDate } from '../../../../shared/dates'
import { DomainError } from '../../../../shared/errors'
import type { FunnelView } from '../../../../shared/modules/metiers/observatory.contract'
import { funnelColumns, type FunnelColumn } from '../../../../shared/modules/metiers/observatory-columns'
import {
  defaultSecrecyThreshold,
  publishMedian,
  publishTable,
  type PublishedCount,
} from '../../../../shared/modules/metiers/observatory-secrecy'
import type { RequestContext } from '../../../http/context'
import { departementNames, departementOf } from './departements'
import { observatoryRepository, type FunnelSqlRow } from './observatory.repository'

export interface FunnelRequest {
  from?: string | undefined
  to?: string | undefined
  departement?: string | undefined
  jobId?: string | undefined
  groupBy: 'job' | 'departement'
}

const territorialKinds = new Set(['ccas', 'cias', 'departement'])
const count = (v: string | number | null) => Number(v ?? 0)

const countsOf = (r: FunnelSqlRow): Record<FunnelColumn, number> => ({
  applications: count(r.applications),
  answered: count(r.answered),
  hires: count(r.hires),
  immersions: count(r.immersions),
  immersionsDone: count(r.immersions_done),
  immersionHires: count(r.immersion_hires),
  apprenticeshipMatches: count(r.apprenticeship_matches),
  apprenticeshipContacts: count(r.apprenticeship_contacts),
  apprenticeshipContracts: count(r.apprenticeship_contracts),
})

function median(value: number | null, persons: number, threshold: number): PublishedCount {
  const shown = publishMedian(value, persons, threshold)
  return { value: shown, secret: shown === null && value !== null }
}

/**
 * The recruitment observatory: the funnel by job or by département over a period, for the
 * caller's territory (any for the platform administrator), under the statistical secret.
 */
export function funnelService(clock: () => Date) {
  async function scope(ctx: RequestContext) {
    const actor = ctx.actor!
    const repo = observatoryRepository(ctx.tx)
    const own = actor.organisationId
      ? departementOf(await repo.organisationInsee(actor.organisationId))
      : null
    if (actor.platformAdmin) return { own, platformAdmin: true }
    const membership = actor.memberships.find((m) => m.organisationId === actor.organisationId)
    if (!membership || !territorialKinds.has(membership.organisationKind)) {
      throw new DomainError(
        'forbidden',
        'L’observatoire du recrutement est réservé aux CCAS, CIAS et départements, pour leur territoire.',
      )
    }
    if (!own) {
      throw new DomainError(
        'conflict',
        'Votre organisation n’a pas de commune (code INSEE) : l’observatoire ne sait pas quel territoire vous montrer. Renseignez-la dans les réglages de l’organisation.',
      )
    }
    return { own, platformAdmin: false }
  }

  return {
    async funnel(ctx: RequestContext, query: FunnelRequest): Promise<FunnelView> {
      const repo = observatoryRepository(ctx.tx)
      const { own, platformAdmin } = await scope(ctx)
      const names = departementNames()
      // Others always see their own département, whatever the address asked for.
      const departement = platformAdmin ? (query.departement ?? null) : own
      if (departement && !names.has(departement))
        throw new DomainError('not_found', 'Ce département est introuvable.')
      const to = query.to ?? parisDate(clock())
      const from = query.from ?? addDays(addMonths(to, -12), 1)
      const threshold = (await repo.settings())?.secrecyThreshold ?? defaultSecrecyThreshold
      const jobs = await repo.publishedJobs()
      const job = query.jobId ? (await repo.jobTitles([query.jobId]))[0] : undefined
      if (query.jobId && !job) throw new DomainError('not_found', 'Ce métier est introuvable.')

      const found = await repo.funnel({
        from,
        to,
        departement,
        jobId: query.jobId ?? null,
        groupBy: query.groupBy,
      })
      const totalRow = found.find((r) => r.is_total)
      const groups = found.filter((r) => !r.is_total)
      const titles = new Map(
        (await repo.jobTitles(groups.flatMap((g) => (g.key && query.groupBy === 'job' ? [g.key] : [])))).map(
          (j) => [j.id, j.title],
        ),
      )
      const labelOf = (key: string | null) =>
        key === null
          ? 'Territoire non connu'
          : query.groupBy === 'job'
            ? (titles.get(key) ?? 'Métier retiré')
            : `${names.get(key) ?? key} (${key})`
      const ordered = groups
        .map((g) => ({ sql: g, counts: countsOf(g), label: labelOf(g.key) }))
        .sort((a, b) => b.counts.applications - a.counts.applications || a.label.localeCompare(b.label, 'fr'))
      const emptyTotal = Object.fromEntries(funnelColumns.map((c) => [c, 0])) as Record<FunnelColumn, number>
      const totalCounts = totalRow ? countsOf(totalRow) : emptyTotal
      const table = publishTable(
        ordered.map((o) => o.counts),
        totalCounts,
        funnelColumns,
        threshold,
      )
      const figures = (r: FunnelSqlRow | undefined, counts: Record<FunnelColumn, number>) => ({
        ficheViews: count(r?.fiche_views ?? 0),
        openOffers: count(r?.open_offers ?? 0),
        medianAnswerDays: median(r?.answer_days_median ?? null, counts.answered, threshold),
        medianHireDays: median(r?.hire_days_median ?? null, counts.hires, threshold),
      })
      return {
        from,
        to,
        groupBy: query.groupBy,
        threshold,
        departement: departement ? { code: departement, name: names.get(departement) ?? departement } : null,
        canChooseTerritory: platformAdmin,
        departements: (platformAdmin ? [...names.keys()] : own ? [own] : []).map((code) => ({
          code,
          name: names.get(code) ?? code,
        })),
        jobs,
        job: job ?? null,
        rows: ordered.map((o, i) => ({
          key: o.sql.key,
          label: o.label,
          counts: table.rows[i]!,
          ...figures(o.sql, o.counts),
        })),
        total: { counts: table.total, ...figures(totalRow, totalCounts) },
      }
    },
  }
}

/**
 * The monthly dashboard of a plan, computed from its rows with the shared traffic-light rules.
 *
 * `computeDashboard(tx, input)` is the stable entry point (the reviews freeze its answer as their
 * snapshot): it runs inside the caller's tenant transaction, reads the plan only if the organisation
 * looking owns it or it is shared with it (otherwise it answers null), and returns the same view the
 * dashboard route sends. It writes nothing (the route writes the audit entry).
 */
import { parisDate, type CivilDate } from '../../../../shared/dates'
import { DomainError } from '../../../../shared/errors'
import type {
  DashboardActionItem,
  DashboardAxisView,
  DashboardBudget,
  DashboardIndicatorItem,
  DashboardMilestoneItem,
  DashboardQuery,
  DashboardSummary,
  DashboardView,
  LightCounts,
  SeriesQuery,
  SeriesView,
} from '../../../../shared/modules/pilotage/dashboard.contract'
import type { TrafficLight } from '../../../../shared/modules/pilotage/pilotage.constants'
import {
  actionLight,
  assessIndicator,
  endOfMonth,
  lightRank,
  milestoneLight,
  worstLight,
} from '../../../../shared/modules/pilotage/traffic-lights'
import type { Db } from '../../../db/client'
import type { PilotageDeps } from '../pilotage.deps'
import { dashboardRepository, type DashboardIndicatorRow } from './dashboard.repository'

export interface DashboardFilters {
  axisId?: string | undefined
  serviceId?: string | undefined
  pilotId?: string | undefined
  /** The year of the budget by funder (every year by default). */
  year?: number | undefined
}

export interface DashboardInput {
  planId: string
  /** `YYYY-MM` */
  month: string
  /** Today in Paris; the lights are computed for the earlier of today and the month's last day. */
  today: CivilDate
  filters?: DashboardFilters
  /** At most this many items of each kind in the lists (all by default). */
  itemLimit?: number
}

const noCounts = (): LightCounts => ({ vert: 0, orange: 0, rouge: 0, gris: 0 })
const count = (lights: Iterable<TrafficLight>): LightCounts => {
  const counts = noCounts()
  for (const light of lights) counts[light]++
  return counts
}

/** Late or red first, then orange, green, grey. */
const urgency = (item: { light: TrafficLight; late: boolean }) =>
  (item.late || item.light === 'rouge' ? 0 : 4) + lightRank(item.light)
/** « 2.10 » after « 2.9 »: each part padded. */
const numberKey = (n: string | null) =>
  (n ?? '0')
    .split('.')
    .map((p) => p.padStart(4, '0'))
    .join('.')
const collator = new Intl.Collator('fr')
/** Urgency, then number, then title; keys computed once per item. */
function byUrgency<T extends { light: TrafficLight; late: boolean; number: string | null; title: string }>(
  items: T[],
): T[] {
  return items
    .map((item) => ({ item, rank: urgency(item), key: numberKey(item.number) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        collator.compare(a.item.title, b.item.title),
    )
    .map((x) => x.item)
}

/** The numbers of a plan's axes and actions, the lights of everything, before any list is cut. */
interface Computed {
  view: DashboardView
  /** Every indicator of the selection in urgency order (for the charts). */
  indicators: DashboardIndicatorItem[]
  rows: Map<string, DashboardIndicatorRow>
  targets: Map<string, { dueDate: string; value: string }[]>
}

async function compute(tx: Db, input: DashboardInput): Promise<Computed | null> {
  const repo = dashboardRepository(tx)
  const plan = await repo.plan(input.planId)
  if (!plan) return null
  const month = `${input.month}-01`
  const monthEnd = endOfMonth(month)
  const asOf = input.today < monthEnd ? input.today : monthEnd
  const filters = input.filters ?? {}
  const { axisId, serviceId, pilotId } = filters

  const { axes, actions, targets: targetRows, milestones } = await repo.structure(plan.id)
  const indicatorRows = await repo.indicators(plan.id, month)
  if (axisId && !axes.some((a) => a.id === axisId))
    throw new DomainError('validation', 'Axe : cet axe n’appartient pas au plan.')

  const targets = new Map<string, { dueDate: string; value: string }[]>()
  for (const t of targetRows) {
    const list = targets.get(t.indicator_id) ?? []
    list.push({ dueDate: t.due_date, value: t.value })
    targets.set(t.indicator_id, list)
  }
  const axisPosition = new Map(axes.map((a) => [a.id, a.position]))
  const actionById = new Map(actions.map((a) => [a.id, a]))
  const actionNumber = (a: { axis_position: number; position: number }) => `${a.axis_position}.${a.position}`

  // Lights of every indicator and milestone, then of every action (from all of its own).
  const childLights = new Map<string, TrafficLight[]>()
  const lateUnder = new Set<string>()
  const pushLight = (actionId: string, light: TrafficLight) => {
    const list = childLights.get(actionId)
    if (list) list.push(light)
    else childLights.set(actionId, [light])
  }
  const indicatorItems: DashboardIndicatorItem[] = indicatorRows.map((row) => {
    const list = targets.get(row.id) ?? []
    const assessed = assessIndicator(
      {
        direction: row.direction,
        baseline: row.baseline,
        baselineDate: row.baseline_date,
        frequency: row.frequency,
        targets: list,
        latest:
          row.latest_period !== null && row.latest_value !== null
            ? { period: row.latest_period, value: row.latest_value }
            : null,
      },
      asOf,
    )
    const action = row.action_id ? actionById.get(row.action_id) : undefined
    if (action) pushLight(action.id, assessed.light)
    const last = list[list.length - 1]
    return {
      id: row.id,
      axisId: row.axis_id,
      actionId: row.action_id,
      number: action ? actionNumber(action) : String(axisPosition.get(row.axis_id) ?? ''),
      actionTitle: action?.title ?? null,
      title: row.title,
      unit: row.unit,
      direction: row.direction,
      frequency: row.frequency,
      latest:
        row.latest_period !== null && row.latest_value !== null
          ? { period: row.latest_period, value: Number(row.latest_value) }
          : null,
      expected: assessed.expected,
      finalTarget: last ? { dueDate: last.dueDate, value: Number(last.value) } : null,
      light: assessed.light,
      late: assessed.late,
    }
  })
  const milestoneItems: (DashboardMilestoneItem & { ownerAccountId: string | null })[] = milestones.map(
    (m) => {
      const action = m.action_id ? actionById.get(m.action_id) : undefined
      const light = milestoneLight({ dueDate: m.due_date, doneOn: m.done_on }, asOf)
      const late = light === 'rouge'
      if (action) {
        pushLight(action.id, light)
        if (late) lateUnder.add(action.id)
      }
      return {
        id: m.id,
        axisId: action?.axis_id ?? null,
        actionId: m.action_id,
        number: action ? actionNumber(action) : null,
        actionTitle: action?.title ?? null,
        title: m.title,
        dueDate: m.due_date,
        doneOn: m.done_on !== null && m.done_on <= asOf ? m.done_on : null,
        light,
        late,
        ownerAccountId: m.owner_account_id,
      }
    },
  )

  const pilotIds = [...new Set(actions.flatMap((a) => a.pilot_account_ids))]
  const serviceIds = [
    ...new Set([
      ...actions.flatMap((a) => a.service_ids),
      ...indicatorRows.flatMap((i) => (i.service_id ? [i.service_id] : [])),
    ]),
  ]
  const names = await repo.names(serviceIds, pilotIds)
  const pilotNames = names.accounts
  const serviceNames = names.services
  const pilotName = new Map(pilotNames.map((p) => [p.id, p.name]))

  const actionItems: DashboardActionItem[] = actions.map((a) => ({
    id: a.id,
    axisId: a.axis_id,
    number: actionNumber(a),
    kind: a.kind,
    title: a.title,
    status: a.status,
    statusReason: a.status_reason,
    startDate: a.start_date,
    endDate: a.end_date,
    pilots: [
      ...a.pilot_account_ids.flatMap((id) => {
        const name = pilotName.get(id)
        return name ? [name] : []
      }),
      ...(a.pilot_names.trim() ? [a.pilot_names.trim()] : []),
    ],
    light: actionLight({ status: a.status, startDate: a.start_date }, childLights.get(a.id) ?? [], asOf),
    late: a.status === 'en_retard' || lateUnder.has(a.id),
  }))

  // The selection: service and pilot filters (the summary and the axes), then the axis (the lists).
  const filtered = serviceId !== undefined || pilotId !== undefined
  const chosenActions = new Set(
    actions
      .filter(
        (a) =>
          (serviceId === undefined || a.service_ids.includes(serviceId)) &&
          (pilotId === undefined || a.pilot_account_ids.includes(pilotId)),
      )
      .map((a) => a.id),
  )
  const indicatorChosen = (i: DashboardIndicatorItem, row: DashboardIndicatorRow) =>
    (i.actionId !== null && chosenActions.has(i.actionId)) ||
    (pilotId === undefined && (serviceId === undefined ? i.actionId === null : row.service_id === serviceId))
  const rowOf = new Map(indicatorRows.map((r) => [r.id, r]))
  const selActions = actionItems.filter((a) => chosenActions.has(a.id))
  const selIndicators = indicatorItems.filter((i) => indicatorChosen(i, rowOf.get(i.id)!))
  const selMilestones = milestoneItems.filter((m) =>
    m.actionId !== null
      ? chosenActions.has(m.actionId)
      : !filtered || (serviceId === undefined && pilotId !== undefined && m.ownerAccountId === pilotId),
  )

  const summarise = (
    acts: DashboardActionItem[],
    inds: DashboardIndicatorItem[],
    mils: DashboardMilestoneItem[],
  ): DashboardSummary => ({
    light: worstLight([
      ...acts.map((a) => a.light),
      ...inds.filter((i) => i.actionId === null).map((i) => i.light),
    ]),
    actions: count(acts.map((a) => a.light)),
    indicators: count(inds.map((i) => i.light)),
    milestones: count(mils.map((m) => m.light)),
  })
  const axisViews: DashboardAxisView[] = axes.map((axis) => ({
    id: axis.id,
    position: axis.position,
    title: axis.title,
    ...summarise(
      selActions.filter((a) => a.axisId === axis.id),
      selIndicators.filter((i) => i.axisId === axis.id),
      selMilestones.filter((m) => m.axisId === axis.id),
    ),
  }))

  const inAxis = <T extends { axisId: string | null }>(items: T[]) =>
    axisId === undefined ? items : items.filter((i) => i.axisId === axisId)
  const listActions = byUrgency(inAxis(selActions))
  const listIndicators = byUrgency(inAxis(selIndicators))
  const listMilestones = byUrgency(inAxis(selMilestones)).map(({ ownerAccountId: _owner, ...m }) => m)
  const limit = input.itemLimit ?? Number.POSITIVE_INFINITY

  const budgetActions =
    axisId === undefined && !filtered
      ? null
      : [...chosenActions].filter((id) => axisId === undefined || actionById.get(id)?.axis_id === axisId)
  const budget = summariseBudget(await repo.budget(plan.id, budgetActions), filters.year ?? null)

  const view: DashboardView = {
    plan: {
      id: plan.id,
      title: plan.title,
      periodStart: plan.period_start,
      periodEnd: plan.period_end,
      owned: plan.owned,
    },
    month: input.month,
    asOf,
    filters: { axisId: axisId ?? null, serviceId: serviceId ?? null, pilotId: pilotId ?? null },
    options: {
      services: serviceNames.map((s) => ({ id: s.id, label: s.name })),
      pilots: pilotNames.map((p) => ({ id: p.id, label: p.name })),
    },
    summary: summarise(selActions, selIndicators, selMilestones),
    axes: axisViews,
    actions: listActions.slice(0, limit),
    indicators: listIndicators.slice(0, limit),
    milestones: listMilestones.slice(0, limit),
    more: {
      actions: Math.max(0, listActions.length - limit),
      indicators: Math.max(0, listIndicators.length - limit),
      milestones: Math.max(0, listMilestones.length - limit),
    },
    budget,
  }
  return { view, indicators: listIndicators, rows: rowOf, targets }
}

function summariseBudget(
  lines: { funder_id: string; name: string; year: number; planned: number; consumed: number }[],
  year: number | null,
): DashboardBudget {
  const byFunder = new Map<
    string,
    { funderId: string; name: string; plannedCents: number; consumedCents: number }
  >()
  const byYear = new Map<number, { year: number; plannedCents: number; consumedCents: number }>()
  for (const line of lines) {
    const planned = Number(line.planned)
    const consumed = Number(line.consumed)
    const y = byYear.get(line.year) ?? { year: line.year, plannedCents: 0, consumedCents: 0 }
    y.plannedCents += planned
    y.consumedCents += consumed
    byYear.set(line.year, y)
    if (year !== null && line.year !== year) continue
    const f = byFunder.get(line.funder_id) ?? {
      funderId: line.funder_id,
      name: line.name,
      plannedCents: 0,
      consumedCents: 0,
    }
    f.plannedCents += planned
    f.consumedCents += consumed
    byFunder.set(line.funder_id, f)
  }
  const funders = [...byFunder.values()].sort(
    (a, b) => b.plannedCents - a.plannedCents || a.name.localeCompare(b.name),
  )
  return {
    year,
    byFunder: funders,
    byYear: [...byYear.values()].sort((a, b) => a.year - b.year),
    total: {
      plannedCents: funders.reduce((n, f) => n + f.plannedCents, 0),
      consumedCents: funders.reduce((n, f) => n + f.consumedCents, 0),
    },
  }
}

/**
 * A plan's dashboard for a month, in the caller's tenant transaction; null when the organisation
 * looking neither owns the plan nor has it shared with it. Throws a validation error for an axis
 * that is not the plan's. Stable: the reviews store its answer as their snapshot.
 */
export async function computeDashboard(tx: Db, input: DashboardInput): Promise<DashboardView | null> {
  return (await compute(tx, input))?.view ?? null
}

const notFound = () => new DomainError('not_found', 'Ce plan est introuvable.')
const SERIES_PAGE = 12

/** The routes' side: today from the clock, the month by default, lists cut for the page. */
export function dashboardService(deps: Pick<PilotageDeps, 'clock'>) {
  const today = () => parisDate(deps.clock())
  const inputOf = (planId: string, query: DashboardQuery): DashboardInput => ({
    planId,
    month: query.mois ?? today().slice(0, 7),
    today: today(),
    filters: { axisId: query.axe, serviceId: query.service, pilotId: query.pilote, year: query.annee },
  })
  return {
    async dashboard(tx: Db, planId: string, query: DashboardQuery): Promise<DashboardView> {
      const view = await computeDashboard(tx, { ...inputOf(planId, query), itemLimit: 200 })
      if (!view) throw notFound()
      return view
    },

    /** Each indicator of the selection against its targets, most urgent first, 12 a page. */
    async series(tx: Db, planId: string, query: SeriesQuery): Promise<SeriesView> {
      const input = inputOf(planId, query)
      const computed = await compute(tx, input)
      if (!computed) throw notFound()
      const total = computed.indicators.length
      const pages = Math.max(1, Math.ceil(total / SERIES_PAGE))
      const page = Math.min(query.page, pages)
      const chosen = computed.indicators.slice((page - 1) * SERIES_PAGE, page * SERIES_PAGE)
      const points = await dashboardRepository(tx).series(
        chosen.map((i) => i.id),
        `${input.month}-01`,
      )
      const pointsOf = new Map<string, { period: string; value: number }[]>()
      for (const p of points) {
        const list = pointsOf.get(p.indicator_id) ?? []
        list.push({ period: p.period, value: Number(p.value) })
        pointsOf.set(p.indicator_id, list)
      }
      return {
        page,
        pages,
        total,
        series: chosen.map((i) => {
          const row = computed.rows.get(i.id)!
          const targets = (computed.targets.get(i.id) ?? []).map((t) => ({
            date: t.dueDate,
            value: Number(t.value),
          }))
          const first = targets[0]
          const baseline =
            row.baseline !== null && row.baseline_date !== null && (!first || row.baseline_date < first.date)
              ? [{ date: row.baseline_date, value: Number(row.baseline) }]
              : []
          return {
            id: i.id,
            number: i.number,
            title: i.title,
            unit: i.unit,
            light: i.light,
            points: pointsOf.get(i.id) ?? [],
            targets: [...baseline, ...targets],
          }
        }),
      }
    },
  }
}

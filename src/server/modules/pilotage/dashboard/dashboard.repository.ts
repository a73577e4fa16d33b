/**
 * The dashboard's reads: one query per kind of row (plan, axes, actions, indicators with their
 * latest measurement, targets, milestones, budget sums, names), never one per item. Dates come back
 * as text (`YYYY-MM-DD`) and decimals as strings, whatever the driver.
 */
import { sql } from 'drizzle-orm'
import { rows, type Db } from '../../../db/client'

export interface DashboardPlanRow {
  id: string
  title: string
  period_start: string
  period_end: string
  owned: boolean
}
export interface DashboardAxisRow {
  id: string
  position: number
  title: string
}
export interface DashboardActionRow {
  id: string
  axis_id: string
  axis_position: number
  position: number
  kind: 'projet_phare' | 'action'
  title: string
  status: 'a_lancer' | 'en_cours' | 'en_retard' | 'realise' | 'abandonne'
  status_reason: string
  start_date: string | null
  end_date: string | null
  pilot_account_ids: string[]
  pilot_names: string
  service_ids: string[]
}
export interface DashboardIndicatorRow {
  id: string
  axis_id: string
  action_id: string | null
  position: number
  title: string
  unit: 'nombre' | 'pourcentage' | 'euros' | 'jours' | 'heures' | 'personnes'
  direction: 'hausse' | 'baisse'
  baseline: string | null
  baseline_date: string | null
  frequency: 'mensuelle' | 'trimestrielle' | 'semestrielle' | 'annuelle'
  service_id: string | null
  latest_period: string | null
  latest_value: string | null
}
export interface DashboardTargetRow {
  indicator_id: string
  due_date: string
  value: string
}
export interface DashboardMilestoneRow {
  id: string
  action_id: string | null
  title: string
  due_date: string
  done_on: string | null
  owner_account_id: string | null
}
export interface DashboardBudgetRow {
  funder_id: string
  name: string
  year: number
  planned: number
  consumed: number
}

/** `array[…]::uuid[]` of a list of identifiers. */
const uuidArray = (ids: readonly string[]) =>
  ids.length === 0
    ? sql`array[]::uuid[]`
    : sql`array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`

export const dashboardRepository = (tx: Db) => ({
  /** The plan if the organisation looking owns it or it is shared with it (a published plan is not enough). */
  async plan(planId: string): Promise<DashboardPlanRow | undefined> {
    const [plan] = await rows<DashboardPlanRow>(
      tx,
      sql`select p.id, p.title, p.period_start::text as period_start, p.period_end::text as period_end,
                 p.organisation_id = app_organisation_id() as owned
            from action_plans p
           where p.id = ${planId}
             and (p.organisation_id = app_organisation_id() or pilotage_plan_shared(p.id))`,
    )
    return plan
  },

  /**
   * Axes, actions, targets and milestones of the plan in one round trip (one JSON document), in
   * the same shapes as their own queries below.
   */
  async structure(planId: string): Promise<{
    axes: DashboardAxisRow[]
    actions: DashboardActionRow[]
    targets: DashboardTargetRow[]
    milestones: DashboardMilestoneRow[]
  }> {
    const [row] = await rows<{ doc: string }>(
      tx,
      sql`select json_build_object(
            'axes', coalesce((select json_agg(json_build_object('id', id, 'position', position, 'title', title)
                               order by position, title) from plan_axes where plan_id = ${planId}), '[]'),
            'actions', coalesce((select json_agg(json_build_object(
                 'id', a.id, 'axis_id', a.axis_id, 'axis_position', x.position, 'position', a.position,
                 'kind', a.kind, 'title', a.title, 'status', a.status, 'status_reason', a.status_reason,
                 'start_date', a.start_date::text, 'end_date', a.end_date::text,
                 'pilot_account_ids', a.pilot_account_ids, 'pilot_names', a.pilot_names,
                 'service_ids', a.service_ids) order by x.position, a.position)
               from plan_actions a join plan_axes x on x.id = a.axis_id where a.plan_id = ${planId}), '[]'),
            'targets', coalesce((select json_agg(json_build_object(
                 'indicator_id', indicator_id, 'due_date', due_date::text, 'value', value::text)
                 order by indicator_id, due_date)
               from plan_indicator_targets where plan_id = ${planId}), '[]'),
            'milestones', coalesce((select json_agg(json_build_object(
                 'id', id, 'action_id', action_id, 'title', title, 'due_date', due_date::text,
                 'done_on', done_on::text, 'owner_account_id', owner_account_id) order by due_date, title)
               from plan_milestones where plan_id = ${planId}), '[]')
          )::text as doc`,
    )
    return JSON.parse(row!.doc) as Awaited<ReturnType<ReturnType<typeof dashboardRepository>['structure']>>
  },

  axes(planId: string) {
    return rows<DashboardAxisRow>(
      tx,
      sql`select id, position, title from plan_axes where plan_id = ${planId} order by position, title`,
    )
  },

  actions(planId: string) {
    return rows<DashboardActionRow>(
      tx,
      sql`select a.id, a.axis_id, x.position as axis_position, a.position, a.kind, a.title, a.status,
                 a.status_reason, a.start_date::text as start_date, a.end_date::text as end_date,
                 a.pilot_account_ids, a.pilot_names, a.service_ids
            from plan_actions a join plan_axes x on x.id = a.axis_id
           where a.plan_id = ${planId}
           order by x.position, a.position`,
    )
  },

  /**
   * Every indicator of the plan with its latest measurement of a period up to `month` (the latest
   * entry of that period): one index probe per indicator on `plan_measurements_latest`.
   */
  indicators(planId: string, month: string) {
    return rows<DashboardIndicatorRow>(
      tx,
      sql`select i.id, i.axis_id, i.action_id, i.position, i.title, i.unit, i.direction,
                 i.baseline::text as baseline, i.baseline_date::text as baseline_date, i.frequency,
                 i.service_id, m.period::text as latest_period, m.value::text as latest_value
            from plan_indicators i
            left join lateral (
                 select period, value from plan_measurements m
                  where m.indicator_id = i.id and m.period <= ${month}::date
                  order by m.period desc, m.entered_at desc
                  limit 1) m on true
           where i.plan_id = ${planId}
           order by i.position`,
    )
  },

  targets(planId: string) {
    return rows<DashboardTargetRow>(
      tx,
      sql`select indicator_id, due_date::text as due_date, value::text as value
            from plan_indicator_targets where plan_id = ${planId}
           order by indicator_id, due_date`,
    )
  },

  milestones(planId: string) {
    return rows<DashboardMilestoneRow>(
      tx,
      sql`select id, action_id, title, due_date::text as due_date, done_on::text as done_on, owner_account_id
            from plan_milestones where plan_id = ${planId}
           order by due_date, title`,
    )
  },

  /** Planned and consumed sums by funder and year, of the given actions (null: every action). */
  budget(planId: string, actionIds: readonly string[] | null) {
    return rows<DashboardBudgetRow>(
      tx,
      sql`select l.funder_id, f.name, l.year,
                 sum(l.planned_cents)::float8 as planned, sum(l.consumed_cents)::float8 as consumed
            from plan_budget_lines l join plan_funders f on f.id = l.funder_id
           where l.plan_id = ${planId}
             ${actionIds ? sql`and l.action_id = any(${uuidArray(actionIds)})` : sql``}
           group by l.funder_id, f.name, l.year
           order by f.name, l.year`,
    )
  },

  /** Each period's latest entry up to `month`, for some indicators, oldest first. */
  series(indicatorIds: readonly string[], month: string) {
    if (indicatorIds.length === 0) return Promise.resolve([])
    return rows<{ indicator_id: string; period: string; value: string }>(
      tx,
      sql`select distinct on (indicator_id, period) indicator_id, period::text as period, value::text as value
            from plan_measurements
           where indicator_id = any(${uuidArray(indicatorIds)}) and period <= ${month}::date
           order by indicator_id, period, entered_at desc`,
    )
  },

  /** Names of services and of the accounts the organisation looking can see, in one round trip. */
  async names(serviceIds: readonly string[], accountIds: readonly string[]) {
    if (serviceIds.length === 0 && accountIds.length === 0) return { services: [], accounts: [] }
    const found = await rows<{ kind: 'service' | 'account'; id: string; name: string }>(
      tx,
      sql`select 'service' as kind, id, name from services where id = any(${uuidArray(serviceIds)})
          union all
          select 'account' as kind, id, display_name as name from accounts where id = any(${uuidArray(accountIds)})
          order by name`,
    )
    return {
      services: found.filter((r) => r.kind === 'service'),
      accounts: found.filter((r) => r.kind === 'account'),
    }
  },

  serviceNames(ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([])
    return rows<{ id: string; name: string }>(
      tx,
      sql`select id, name from services where id = any(${uuidArray(ids)}) order by name`,
    )
  },

  /** Names of the accounts the organisation looking can see (its members). */
  accountNames(ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([])
    return rows<{ id: string; name: string }>(
      tx,
      sql`select id, display_name as name from accounts where id = any(${uuidArray(ids)}) order by display_name`,
    )
  },
})

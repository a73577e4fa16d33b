/**
 * The plan's state as a review freezes it: the dashboard of the month as it stood (stored whole),
 * and a summary the review page reads: axes and actions with their status and traffic light,
 * counts by status, the plan's light. The dashboard's lights are the ones kept; the rules
 * (shared traffic-lights) give the same when the dashboard does not answer.
 */
import { and, desc, eq, inArray } from 'drizzle-orm'
import type { CivilDate } from '../../../../shared/dates'
import type { ReviewSnapshot } from '../../../../shared/modules/pilotage/governance.contract'
import {
  actionStatuses,
  type ActionStatus,
  type IndicatorDirection,
  type MeasurementFrequency,
  type TrafficLight,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import {
  actionLight,
  indicatorLight,
  milestoneLight,
  worstLight,
} from '../../../../shared/modules/pilotage/traffic-lights'
import type { Db } from '../../../db/client'
import { planIndicators, planIndicatorTargets, planMeasurements } from '../pilotage.table'
import { computeDashboard } from '../dashboard'
import { governanceRepository, type PlanRow } from './governance.repository'
import { numberedPlan } from './plan-structure'

/** Lights of the plan's indicators (by id), from their targets and latest measurement. */
async function indicatorLights(tx: Db, planId: string, today: CivilDate) {
  const indicators = await tx.select().from(planIndicators).where(eq(planIndicators.planId, planId))
  if (indicators.length === 0) return []
  const ids = indicators.map((i) => i.id)
  const targets = await tx
    .select()
    .from(planIndicatorTargets)
    .where(inArray(planIndicatorTargets.indicatorId, ids))
  const latest = await tx
    .selectDistinctOn([planMeasurements.indicatorId], {
      indicatorId: planMeasurements.indicatorId,
      period: planMeasurements.period,
      value: planMeasurements.value,
    })
    .from(planMeasurements)
    .where(and(eq(planMeasurements.planId, planId), inArray(planMeasurements.indicatorId, ids)))
    .orderBy(planMeasurements.indicatorId, desc(planMeasurements.period), desc(planMeasurements.enteredAt))
  const latestOf = new Map(latest.map((m) => [m.indicatorId, m]))
  return indicators.map((i) => ({
    axisId: i.axisId,
    actionId: i.actionId,
    light: indicatorLight(
      {
        direction: i.direction as IndicatorDirection,
        baseline: i.baseline,
        baselineDate: i.baselineDate,
        frequency: i.frequency as MeasurementFrequency,
        targets: targets.filter((t) => t.indicatorId === i.id),
        latest: latestOf.get(i.id) ?? null,
      },
      today,
    ),
  }))
}

/** The plan's state on `today`, to be stored whole in the review. */
export async function planSnapshot(tx: Db, plan: PlanRow, today: CivilDate): Promise<ReviewSnapshot> {
  const repo = governanceRepository(tx)
  const [axes, actions, milestones, indicators] = await Promise.all([
    repo.axes(plan.id),
    repo.actions(plan.id),
    repo.milestones(plan.id),
    indicatorLights(tx, plan.id, today),
  ])
  const dashboard = await computeDashboard(tx, { planId: plan.id, month: today.slice(0, 7), today })
  const dashboardLights = new Map<string, TrafficLight>([
    ...(dashboard?.axes ?? []).map((a) => [a.id, a.light] as const),
    ...(dashboard?.actions ?? []).map((a) => [a.id, a.light] as const),
  ])
  const counts: Record<string, number> = Object.fromEntries(actionStatuses.map((s) => [s, 0]))
  const planLights: TrafficLight[] = []
  const structure = numberedPlan(axes, actions).map((axis) => {
    const axisLights: TrafficLight[] = indicators
      .filter((i) => i.axisId === axis.row.id && i.actionId === null)
      .map((i) => i.light)
    const axisActions = axis.actions.map(({ number, row }) => {
      counts[row.status] = (counts[row.status] ?? 0) + 1
      const children = [
        ...indicators.filter((i) => i.actionId === row.id).map((i) => i.light),
        ...milestones.filter((m) => m.actionId === row.id).map((m) => milestoneLight(m, today)),
      ]
      const light =
        dashboardLights.get(row.id) ??
        actionLight({ status: row.status as ActionStatus, startDate: row.startDate }, children, today)
      axisLights.push(light)
      return {
        id: row.id,
        number,
        title: row.title,
        kind: row.kind as 'projet_phare' | 'action',
        status: row.status as ActionStatus,
        statusReason: row.statusReason,
        light,
      }
    })
    const light = dashboardLights.get(axis.row.id) ?? worstLight(axisLights)
    planLights.push(light)
    return { id: axis.row.id, number: axis.number, title: axis.row.title, light, actions: axisActions }
  })
  return {
    takenOn: today,
    plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
    light: dashboard?.summary.light ?? worstLight(planLights),
    counts,
    axes: structure,
    ...(dashboard ? { dashboard } : {}),
  }
}

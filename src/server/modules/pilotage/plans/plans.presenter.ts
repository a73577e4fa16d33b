import {
  actionStatuses,
  type ActionKind,
  type ActionStatus,
  type MilestoneRecurrence,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import { actionNumber } from '../../../../shared/modules/pilotage/plan-ordering'
import type {
  ActionLineView,
  BudgetView,
  MilestoneView,
  PlanSummaryView,
} from '../../../../shared/modules/pilotage/plans.contract'
import type { ActionRow, AxisRow, BudgetLineRow, FunderRow, MilestoneRow, PlanRow } from './plans.repository'

/** A pilot whose account the reader cannot see (a member of the owner organisation, seen by a co-pilot). */
export const UNKNOWN_MEMBER = 'Membre de l’organisation pilote'

export const people = (ids: readonly string[], names: Map<string, string>) =>
  ids.map((accountId) => ({ accountId, displayName: names.get(accountId) ?? UNKNOWN_MEMBER }))

export function presentSummary(
  plan: PlanRow,
  owned: boolean,
  ownerName: string,
  counts: { axes: number; actions: number; byStatus: Partial<Record<ActionStatus, number>> },
): PlanSummaryView {
  const byStatus = Object.fromEntries(actionStatuses.map((s) => [s, counts.byStatus[s] ?? 0])) as Record<
    ActionStatus,
    number
  >
  return {
    id: plan.id,
    slug: plan.slug,
    title: plan.title,
    summary: plan.summary,
    source: plan.source,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    published: plan.published,
    archived: plan.archived,
    owned,
    ownerName,
    counts: { axes: counts.axes, actions: counts.actions, byStatus },
  }
}

export function presentActionLine(
  action: ActionRow,
  axis: Pick<AxisRow, 'position'>,
  names: Map<string, string>,
): ActionLineView {
  return {
    id: action.id,
    axisId: action.axisId,
    position: action.position,
    number: actionNumber(axis.position, action.position),
    kind: action.kind as ActionKind,
    title: action.title,
    status: action.status as ActionStatus,
    statusReason: action.statusReason,
    pilots: people(action.pilotAccountIds, names),
    pilotNames: action.pilotNames,
    startsOn: action.startDate,
    endsOn: action.endDate,
  }
}

export function presentMilestone(m: MilestoneRow, names: Map<string, string>): MilestoneView {
  return {
    id: m.id,
    planId: m.planId,
    actionId: m.actionId,
    title: m.title,
    dueDate: m.dueDate,
    doneOn: m.doneOn,
    owner: m.ownerAccountId
      ? { accountId: m.ownerAccountId, displayName: names.get(m.ownerAccountId) ?? UNKNOWN_MEMBER }
      : null,
    recurrence: m.recurrence as MilestoneRecurrence,
    remindDaysBefore: m.remindDaysBefore,
  }
}

/** The budget lines of an action with their totals by funder, by year and overall. */
export function presentBudget(lines: BudgetLineRow[], funders: FunderRow[]): BudgetView {
  const funderName = new Map(funders.map((f) => [f.id, f.name]))
  const byFunder = new Map<string, { plannedCents: number; consumedCents: number }>()
  const byYear = new Map<number, { plannedCents: number; consumedCents: number }>()
  const total = { plannedCents: 0, consumedCents: 0 }
  for (const l of lines) {
    const f = byFunder.get(l.funderId) ?? { plannedCents: 0, consumedCents: 0 }
    f.plannedCents += l.plannedCents
    f.consumedCents += l.consumedCents
    byFunder.set(l.funderId, f)
    const y = byYear.get(l.year) ?? { plannedCents: 0, consumedCents: 0 }
    y.plannedCents += l.plannedCents
    y.consumedCents += l.consumedCents
    byYear.set(l.year, y)
    total.plannedCents += l.plannedCents
    total.consumedCents += l.consumedCents
  }
  return {
    lines: [...lines]
      .sort(
        (a, b) =>
          (funderName.get(a.funderId) ?? '').localeCompare(funderName.get(b.funderId) ?? '', 'fr') ||
          a.year - b.year,
      )
      .map((l) => ({
        id: l.id,
        funderId: l.funderId,
        funderName: funderName.get(l.funderId) ?? '',
        year: l.year,
        label: l.label,
        plannedCents: l.plannedCents,
        consumedCents: l.consumedCents,
      })),
    byFunder: [...byFunder]
      .map(([funderId, t]) => ({ funderId, funderName: funderName.get(funderId) ?? '', ...t }))
      .sort((a, b) => a.funderName.localeCompare(b.funderName, 'fr')),
    byYear: [...byYear].map(([year, t]) => ({ year, ...t })).sort((a, b) => a.year - b.year),
    total,
  }
}

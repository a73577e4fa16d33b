/**
 * The yearly recap (« liste récapitulative annuelle »): for a year, every flagship project and
 * action whose calendar touches it (or without dates yet, or with milestones or money that year),
 * with its pilots, status, dates, milestones of the year and budget of the year.
 */
import type { CivilDate } from '../../../../shared/dates'
import type { ActionStatus, ActionKind } from '../../../../shared/modules/pilotage/pilotage.constants'
import type {
  RecapAction,
  RecapMilestone,
  RecapView,
} from '../../../../shared/modules/pilotage/governance.contract'
import type { Db } from '../../../db/client'
import { governanceRepository, type MilestoneRow, type PlanRow } from './governance.repository'
import { numberedPlan, pilotsOf } from './plan-structure'

const milestoneOf = (m: MilestoneRow): RecapMilestone => ({
  id: m.id,
  title: m.title,
  dueDate: m.dueDate,
  doneOn: m.doneOn,
})

export async function yearlyRecap(
  tx: Db,
  plan: PlanRow,
  year: number,
  editedOn: CivilDate,
): Promise<RecapView> {
  const repo = governanceRepository(tx)
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const [axes, actions, milestones, budget, organisationName] = await Promise.all([
    repo.axes(plan.id),
    repo.actions(plan.id),
    repo.milestones(plan.id, first, last),
    repo.budgetOfYear(plan.id, year),
    repo.organisationName(plan.organisationId),
  ])
  const names = await repo.accountNames(actions.flatMap((a) => a.pilotAccountIds))
  const budgetOf = new Map(
    budget.map((b) => [b.actionId, { planned: Number(b.planned), consumed: Number(b.consumed) }]),
  )
  const totals = { plannedCents: 0, consumedCents: 0 }

  const recapAxes = numberedPlan(axes, actions).map((axis) => ({
    id: axis.row.id,
    number: axis.number,
    title: axis.row.title,
    actions: axis.actions
      .map(({ number, row }): RecapAction | null => {
        const own = milestones.filter((m) => m.actionId === row.id).map(milestoneOf)
        const money = budgetOf.get(row.id)
        const undated = row.startDate === null && row.endDate === null
        const overlaps = (row.startDate ?? first) <= last && (row.endDate ?? last) >= first
        if (!undated && !overlaps && own.length === 0 && !money) return null
        const plannedCents = money?.planned ?? 0
        const consumedCents = money?.consumed ?? 0
        totals.plannedCents += plannedCents
        totals.consumedCents += consumedCents
        return {
          id: row.id,
          number,
          kind: row.kind as ActionKind,
          title: row.title,
          pilots: pilotsOf(row, names),
          status: row.status as ActionStatus,
          statusReason: row.statusReason,
          startDate: row.startDate,
          endDate: row.endDate,
          milestones: own,
          plannedCents,
          consumedCents,
        }
      })
      .filter((a): a is RecapAction => a !== null),
  }))

  return {
    plan: {
      id: plan.id,
      title: plan.title,
      organisationName,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
    },
    year,
    editedOn,
    axes: recapAxes,
    planMilestones: milestones.filter((m) => m.actionId === null).map(milestoneOf),
    totals,
  }
}

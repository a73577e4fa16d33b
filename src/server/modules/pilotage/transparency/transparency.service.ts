import { notFound } from '../../../../shared/errors'
import {
  actionStatuses,
  type ActionKind,
  type ActionStatus,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import type {
  PublicPlanSummary,
  PublicPlanView,
} from '../../../../shared/modules/pilotage/transparency.contract'
import type { RequestContext } from '../../../http/context'
import { transparencyRepository } from './transparency.repository'

const emptyCounts = () =>
  Object.fromEntries(actionStatuses.map((s) => [s, 0])) as Record<ActionStatus, number>

/** The public pages of published plans. */
export function transparencyService() {
  return {
    async publishedPlans(ctx: RequestContext): Promise<PublicPlanSummary[]> {
      const plans = await transparencyRepository(ctx.tx).publishedPlans()
      return plans.map(({ id: _id, ...p }) => p)
    },

    async publicPlan(ctx: RequestContext, slug: string): Promise<PublicPlanView> {
      const found = await transparencyRepository(ctx.tx).publishedPlan(slug)
      if (!found) throw notFound('Ce plan')
      const { plan, axes, actions } = found
      const counts = emptyCounts()
      return {
        slug: plan.slug,
        title: plan.title,
        summary: plan.summary,
        source: plan.source,
        organisationName: plan.organisationName,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        counts,
        axes: axes.map((axis) => {
          const own = actions.filter((a) => a.axisId === axis.id)
          const axisCounts = emptyCounts()
          for (const a of own) {
            axisCounts[a.status as ActionStatus]++
            counts[a.status as ActionStatus]++
          }
          return {
            number: axis.position,
            title: axis.title,
            objective: axis.objective,
            counts: axisCounts,
            actions: own.map((a) => ({
              number: `${axis.position}.${a.position}`,
              kind: a.kind as ActionKind,
              title: a.title,
              status: a.status as ActionStatus,
              startDate: a.startDate,
              endDate: a.endDate,
            })),
          }
        }),
      }
    },
  }
}

import { and, asc, count, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations/organisations.table'
import { actionPlans, planActions, planAxes } from '../pilotage.table'

const isPublic = and(eq(actionPlans.published, true), eq(actionPlans.archived, false))

/** Reads for the public pages: published plans only, and only the columns that name no one. */
export function transparencyRepository(tx: Db) {
  return {
    async publishedPlans() {
      const plans = await tx
        .select({
          id: actionPlans.id,
          slug: actionPlans.slug,
          title: actionPlans.title,
          periodStart: actionPlans.periodStart,
          periodEnd: actionPlans.periodEnd,
          organisationName: organisations.name,
        })
        .from(actionPlans)
        .innerJoin(organisations, eq(organisations.id, actionPlans.organisationId))
        .where(isPublic)
        .orderBy(asc(actionPlans.title))
      if (plans.length === 0) return []
      const ids = plans.map((p) => p.id)
      const axes = await tx
        .select({ planId: planAxes.planId, n: count() })
        .from(planAxes)
        .where(inArray(planAxes.planId, ids))
        .groupBy(planAxes.planId)
      const actions = await tx
        .select({ planId: planActions.planId, n: count() })
        .from(planActions)
        .where(inArray(planActions.planId, ids))
        .groupBy(planActions.planId)
      const n = (rows: { planId: string; n: number }[], id: string) =>
        Number(rows.find((r) => r.planId === id)?.n ?? 0)
      return plans.map((p) => ({ ...p, axes: n(axes, p.id), actions: n(actions, p.id) }))
    },

    async publishedPlan(slug: string) {
      const [plan] = await tx
        .select({
          id: actionPlans.id,
          slug: actionPlans.slug,
          title: actionPlans.title,
          summary: actionPlans.summary,
          source: actionPlans.source,
          periodStart: actionPlans.periodStart,
          periodEnd: actionPlans.periodEnd,
          organisationName: organisations.name,
        })
        .from(actionPlans)
        .innerJoin(organisations, eq(organisations.id, actionPlans.organisationId))
        .where(and(eq(actionPlans.slug, slug), isPublic))
      if (!plan) return null
      const axes = await tx
        .select({
          id: planAxes.id,
          position: planAxes.position,
          title: planAxes.title,
          objective: planAxes.objective,
        })
        .from(planAxes)
        .where(eq(planAxes.planId, plan.id))
        .orderBy(asc(planAxes.position))
      // Never the pilots, services, partners or fiche: only what the public page shows.
      const actions = await tx
        .select({
          axisId: planActions.axisId,
          position: planActions.position,
          kind: planActions.kind,
          title: planActions.title,
          status: planActions.status,
          startDate: planActions.startDate,
          endDate: planActions.endDate,
        })
        .from(planActions)
        .where(eq(planActions.planId, plan.id))
        .orderBy(asc(planActions.position))
      return { plan, axes, actions }
    },
  }
}

import { and, asc, count, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import {
  actionPlanOrganisations,
  actionPlans,
  planActions,
  planAxes,
  planBudgetLines,
  planMilestones,
  planReviewDecisions,
  planReviews,
} from '../pilotage.table'

export type PlanRow = typeof actionPlans.$inferSelect
export type AxisRow = typeof planAxes.$inferSelect
export type ActionRow = typeof planActions.$inferSelect
export type MilestoneRow = typeof planMilestones.$inferSelect
export type ReviewRow = typeof planReviews.$inferSelect
export type DecisionRow = typeof planReviewDecisions.$inferSelect
export type NewMilestone = typeof planMilestones.$inferInsert

/** Plans, their structure and calendar as the reviews and the recap read them; reviews and decisions. */
export function governanceRepository(tx: Db) {
  return {
    async plan(id: string): Promise<PlanRow | undefined> {
      const [row] = await tx.select().from(actionPlans).where(eq(actionPlans.id, id))
      return row
    },

    async isSharedWith(planId: string, organisationId: string): Promise<boolean> {
      const [row] = await tx
        .select({ planId: actionPlanOrganisations.planId })
        .from(actionPlanOrganisations)
        .where(
          and(
            eq(actionPlanOrganisations.planId, planId),
            eq(actionPlanOrganisations.organisationId, organisationId),
          ),
        )
      return !!row
    },

    async organisationName(id: string): Promise<string> {
      const [row] = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row?.name ?? ''
    },

    async axes(planId: string): Promise<AxisRow[]> {
      return tx
        .select()
        .from(planAxes)
        .where(eq(planAxes.planId, planId))
        .orderBy(asc(planAxes.position), asc(planAxes.id))
    },

    async actions(planId: string): Promise<ActionRow[]> {
      return tx
        .select()
        .from(planActions)
        .where(eq(planActions.planId, planId))
        .orderBy(asc(planActions.position), asc(planActions.id))
    },

    async milestones(planId: string, from?: string, to?: string): Promise<MilestoneRow[]> {
      return tx
        .select()
        .from(planMilestones)
        .where(
          and(
            eq(planMilestones.planId, planId),
            from ? gte(planMilestones.dueDate, from) : undefined,
            to ? lte(planMilestones.dueDate, to) : undefined,
          ),
        )
        .orderBy(asc(planMilestones.dueDate), asc(planMilestones.id))
    },

    async planLevelMilestones(planId: string): Promise<MilestoneRow[]> {
      return tx
        .select()
        .from(planMilestones)
        .where(and(eq(planMilestones.planId, planId), isNull(planMilestones.actionId)))
        .orderBy(asc(planMilestones.dueDate), asc(planMilestones.id))
    },

    async insertMilestone(values: NewMilestone): Promise<MilestoneRow> {
      const [row] = await tx.insert(planMilestones).values(values).returning()
      return row!
    },

    /** Planned and consumed cents of each action for a year. */
    async budgetOfYear(planId: string, year: number) {
      return tx
        .select({
          actionId: planBudgetLines.actionId,
          planned: sql<string>`coalesce(sum(${planBudgetLines.plannedCents}), 0)`,
          consumed: sql<string>`coalesce(sum(${planBudgetLines.consumedCents}), 0)`,
        })
        .from(planBudgetLines)
        .where(and(eq(planBudgetLines.planId, planId), eq(planBudgetLines.year, year)))
        .groupBy(planBudgetLines.actionId)
    },

    /** Display names of the accounts the caller may see (members of its organisation). */
    async accountNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: accounts.id, name: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, [...new Set(ids)]))
      return new Map(found.map((a) => [a.id, a.name]))
    },

    async reviews(planId: string) {
      return tx
        .select({ review: planReviews, decisions: count(planReviewDecisions.id) })
        .from(planReviews)
        .leftJoin(planReviewDecisions, eq(planReviewDecisions.reviewId, planReviews.id))
        .where(eq(planReviews.planId, planId))
        .groupBy(planReviews.id)
        .orderBy(sql`${planReviews.heldOn} desc`, sql`${planReviews.createdAt} desc`)
    },

    async review(id: string): Promise<ReviewRow | undefined> {
      const [row] = await tx.select().from(planReviews).where(eq(planReviews.id, id))
      return row
    },

    /** The review locked while a decision is added or the state frozen: the two never cross. */
    async lockReview(id: string): Promise<ReviewRow | undefined> {
      const [row] = await tx.select().from(planReviews).where(eq(planReviews.id, id)).for('update')
      return row
    },

    async insertReview(values: typeof planReviews.$inferInsert): Promise<ReviewRow> {
      const [row] = await tx.insert(planReviews).values(values).returning()
      return row!
    },

    /** Freezes once: a review already frozen is left as it is (no row returned). */
    async freeze(id: string, snapshot: unknown, at: Date, by: string): Promise<ReviewRow | undefined> {
      const [row] = await tx
        .update(planReviews)
        .set({ snapshot, frozenAt: at, frozenBy: by })
        .where(and(eq(planReviews.id, id), isNull(planReviews.frozenAt)))
        .returning()
      return row
    },

    async decisions(reviewId: string): Promise<DecisionRow[]> {
      return tx
        .select()
        .from(planReviewDecisions)
        .where(eq(planReviewDecisions.reviewId, reviewId))
        .orderBy(asc(planReviewDecisions.position), asc(planReviewDecisions.createdAt))
    },

    async insertDecision(values: typeof planReviewDecisions.$inferInsert): Promise<DecisionRow> {
      const [row] = await tx.insert(planReviewDecisions).values(values).returning()
      return row!
    },
  }
}

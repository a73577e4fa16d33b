import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth'
import { organisations, services } from '../../organisations'
import { directoryStructures } from '../../partenaires'
import {
  actionPlanOrganisations,
  actionPlans,
  planActions,
  planAxes,
  planBudgetLines,
  planFunders,
  planMilestones,
} from '../pilotage.table'

export type PlanRow = typeof actionPlans.$inferSelect
export type AxisRow = typeof planAxes.$inferSelect
export type ActionRow = typeof planActions.$inferSelect
export type MilestoneRow = typeof planMilestones.$inferSelect
export type FunderRow = typeof planFunders.$inferSelect
export type BudgetLineRow = typeof planBudgetLines.$inferSelect

/** Plans, axes, actions, milestones, funders and budget lines; read under row-level security. */
export function plansRepository(tx: Db) {
  return {
    /** Plans the organisation owns or that are shared with it (a published plan of another is not listed). */
    async visiblePlans(organisationId: string): Promise<PlanRow[]> {
      return tx
        .select()
        .from(actionPlans)
        .where(
          sql`${actionPlans.organisationId} = ${organisationId} or exists (select 1 from ${actionPlanOrganisations} s where s.plan_id = ${actionPlans.id} and s.organisation_id = ${organisationId})`,
        )
        .orderBy(asc(actionPlans.archived), asc(actionPlans.periodStart), asc(actionPlans.title))
    },

    async plan(id: string): Promise<PlanRow | undefined> {
      const [row] = await tx.select().from(actionPlans).where(eq(actionPlans.id, id))
      return row
    },

    /** Locks the plan while positions are rewritten: two reorderings never interleave. */
    async lockPlan(id: string) {
      await tx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.id, id)).for('update')
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
      return Boolean(row)
    },

    async insertPlan(values: typeof actionPlans.$inferInsert): Promise<PlanRow> {
      const [row] = await tx.insert(actionPlans).values(values).returning()
      return row!
    },

    async updatePlan(id: string, values: Partial<typeof actionPlans.$inferInsert>): Promise<PlanRow> {
      const [row] = await tx
        .update(actionPlans)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(actionPlans.id, id))
        .returning()
      return row!
    },

    async slugTaken(slug: string): Promise<boolean> {
      const [row] = await tx
        .select({ id: actionPlans.id })
        .from(actionPlans)
        .where(eq(actionPlans.slug, slug))
      return Boolean(row)
    },

    async sharedWith(planId: string) {
      return tx
        .select({ id: organisations.id, name: organisations.name })
        .from(actionPlanOrganisations)
        .innerJoin(organisations, eq(organisations.id, actionPlanOrganisations.organisationId))
        .where(eq(actionPlanOrganisations.planId, planId))
        .orderBy(asc(organisations.name))
    },

    /** Public-sector organisations a plan can be shared with (not the owner). */
    async shareChoices(ownerId: string) {
      return tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(
          and(ne(organisations.id, ownerId), inArray(organisations.kind, ['ccas', 'cias', 'departement'])),
        )
        .orderBy(asc(organisations.name))
    },

    async organisation(id: string) {
      const [row] = await tx
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row
    },

    async organisationNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, ids))
      return new Map(found.map((o) => [o.id, o.name]))
    },

    async share(planId: string, organisationId: string) {
      await tx.insert(actionPlanOrganisations).values({ planId, organisationId }).onConflictDoNothing()
    },

    async unshare(planId: string, organisationId: string) {
      await tx
        .delete(actionPlanOrganisations)
        .where(
          and(
            eq(actionPlanOrganisations.planId, planId),
            eq(actionPlanOrganisations.organisationId, organisationId),
          ),
        )
    },

    async counts(planIds: string[]) {
      if (planIds.length === 0) return { axes: new Map<string, number>(), actions: [] }
      const axes = await tx
        .select({ planId: planAxes.planId, n: sql<number>`count(*)::int` })
        .from(planAxes)
        .where(inArray(planAxes.planId, planIds))
        .groupBy(planAxes.planId)
      const actions = await tx
        .select({ planId: planActions.planId, status: planActions.status, n: sql<number>`count(*)::int` })
        .from(planActions)
        .where(inArray(planActions.planId, planIds))
        .groupBy(planActions.planId, planActions.status)
      return { axes: new Map(axes.map((a) => [a.planId, Number(a.n)])), actions }
    },

    /** The first and last milestone dates and budget years of a plan (null when none). */
    async datedSpan(planId: string) {
      const [dates] = await tx
        .select({
          firstDue: sql<string | null>`min(${planMilestones.dueDate})::text`,
          lastDue: sql<string | null>`max(${planMilestones.dueDate})::text`,
        })
        .from(planMilestones)
        .where(eq(planMilestones.planId, planId))
      const [years] = await tx
        .select({
          firstYear: sql<number | null>`min(${planBudgetLines.year})`,
          lastYear: sql<number | null>`max(${planBudgetLines.year})`,
        })
        .from(planBudgetLines)
        .where(eq(planBudgetLines.planId, planId))
      return {
        firstDue: dates?.firstDue ?? null,
        lastDue: dates?.lastDue ?? null,
        firstYear: years?.firstYear == null ? null : Number(years.firstYear),
        lastYear: years?.lastYear == null ? null : Number(years.lastYear),
      }
    },

    // ------------------------------------------------------------ axes

    async axes(planId: string): Promise<AxisRow[]> {
      return tx
        .select()
        .from(planAxes)
        .where(eq(planAxes.planId, planId))
        .orderBy(asc(planAxes.position), asc(planAxes.id))
    },

    async axis(id: string): Promise<AxisRow | undefined> {
      const [row] = await tx.select().from(planAxes).where(eq(planAxes.id, id))
      return row
    },

    async insertAxis(values: typeof planAxes.$inferInsert): Promise<AxisRow> {
      const [row] = await tx.insert(planAxes).values(values).returning()
      return row!
    },

    async updateAxis(id: string, values: Partial<typeof planAxes.$inferInsert>): Promise<AxisRow> {
      if (Object.keys(values).length === 0)
        return (await tx.select().from(planAxes).where(eq(planAxes.id, id)))[0]!
      const [row] = await tx.update(planAxes).set(values).where(eq(planAxes.id, id)).returning()
      return row!
    },

    async deleteAxis(id: string) {
      await tx.delete(planAxes).where(eq(planAxes.id, id))
    },

    async setAxisPositions(list: { id: string; position: number }[]) {
      for (const { id, position } of list)
        await tx.update(planAxes).set({ position }).where(eq(planAxes.id, id))
    },

    // ------------------------------------------------------------ actions

    async actionsOfPlan(planId: string): Promise<ActionRow[]> {
      return tx
        .select()
        .from(planActions)
        .where(eq(planActions.planId, planId))
        .orderBy(asc(planActions.position), asc(planActions.id))
    },

    async actionsOfAxis(axisId: string): Promise<ActionRow[]> {
      return tx
        .select()
        .from(planActions)
        .where(eq(planActions.axisId, axisId))
        .orderBy(asc(planActions.position), asc(planActions.id))
    },

    async action(id: string): Promise<ActionRow | undefined> {
      const [row] = await tx.select().from(planActions).where(eq(planActions.id, id))
      return row
    },

    async insertAction(values: typeof planActions.$inferInsert): Promise<ActionRow> {
      const [row] = await tx.insert(planActions).values(values).returning()
      return row!
    },

    async updateAction(id: string, values: Partial<typeof planActions.$inferInsert>): Promise<ActionRow> {
      const [row] = await tx
        .update(planActions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(planActions.id, id))
        .returning()
      return row!
    },

    async deleteAction(id: string) {
      await tx.delete(planActions).where(eq(planActions.id, id))
    },

    async setActionPositions(axisId: string, list: { id: string; position: number }[]) {
      for (const { id, position } of list)
        await tx.update(planActions).set({ position, axisId }).where(eq(planActions.id, id))
    },

    /** Actions a member pilots, in plans the organisation owns, with their plan and axis. */
    async pilotedBy(accountId: string, organisationId: string) {
      return tx
        .select({ action: planActions, axis: planAxes, plan: actionPlans })
        .from(planActions)
        .innerJoin(planAxes, eq(planAxes.id, planActions.axisId))
        .innerJoin(actionPlans, eq(actionPlans.id, planActions.planId))
        .where(
          and(
            sql`${accountId}::uuid = any(${planActions.pilotAccountIds})`,
            eq(actionPlans.organisationId, organisationId),
            eq(actionPlans.archived, false),
          ),
        )
        .orderBy(asc(actionPlans.title), asc(planAxes.position), asc(planActions.position))
    },

    // ------------------------------------------------------------ milestones

    async milestonesOfAction(actionId: string): Promise<MilestoneRow[]> {
      return tx
        .select()
        .from(planMilestones)
        .where(eq(planMilestones.actionId, actionId))
        .orderBy(asc(planMilestones.dueDate), asc(planMilestones.id))
    },

    async milestonesOfActions(actionIds: string[]): Promise<MilestoneRow[]> {
      if (actionIds.length === 0) return []
      return tx
        .select()
        .from(planMilestones)
        .where(inArray(planMilestones.actionId, actionIds))
        .orderBy(asc(planMilestones.dueDate))
    },

    async planLevelMilestones(planId: string): Promise<MilestoneRow[]> {
      return tx
        .select()
        .from(planMilestones)
        .where(and(eq(planMilestones.planId, planId), sql`${planMilestones.actionId} is null`))
        .orderBy(asc(planMilestones.dueDate), asc(planMilestones.id))
    },

    async milestone(id: string): Promise<MilestoneRow | undefined> {
      const [row] = await tx.select().from(planMilestones).where(eq(planMilestones.id, id))
      return row
    },

    async insertMilestone(values: typeof planMilestones.$inferInsert): Promise<MilestoneRow> {
      const [row] = await tx.insert(planMilestones).values(values).returning()
      return row!
    },

    async updateMilestone(
      id: string,
      values: Partial<typeof planMilestones.$inferInsert>,
    ): Promise<MilestoneRow> {
      if (Object.keys(values).length === 0)
        return (await tx.select().from(planMilestones).where(eq(planMilestones.id, id)))[0]!
      const [row] = await tx.update(planMilestones).set(values).where(eq(planMilestones.id, id)).returning()
      return row!
    },

    async deleteMilestone(id: string) {
      await tx.delete(planMilestones).where(eq(planMilestones.id, id))
    },

    // ------------------------------------------------------------ funders and budget

    async funders(planId: string): Promise<FunderRow[]> {
      return tx
        .select()
        .from(planFunders)
        .where(eq(planFunders.planId, planId))
        .orderBy(asc(planFunders.name))
    },

    async funder(id: string): Promise<FunderRow | undefined> {
      const [row] = await tx.select().from(planFunders).where(eq(planFunders.id, id))
      return row
    },

    async funderNamed(planId: string, name: string, except?: string): Promise<FunderRow | undefined> {
      const [row] = await tx
        .select()
        .from(planFunders)
        .where(
          and(
            eq(planFunders.planId, planId),
            sql`lower(${planFunders.name}) = lower(${name})`,
            except ? ne(planFunders.id, except) : undefined,
          ),
        )
      return row
    },

    async insertFunder(values: typeof planFunders.$inferInsert): Promise<FunderRow> {
      const [row] = await tx.insert(planFunders).values(values).returning()
      return row!
    },

    async updateFunder(id: string, name: string) {
      await tx.update(planFunders).set({ name }).where(eq(planFunders.id, id))
    },

    async deleteFunder(id: string) {
      await tx.delete(planFunders).where(eq(planFunders.id, id))
    },

    async funderUsed(id: string): Promise<boolean> {
      const [row] = await tx
        .select({ id: planBudgetLines.id })
        .from(planBudgetLines)
        .where(eq(planBudgetLines.funderId, id))
        .limit(1)
      return Boolean(row)
    },

    async budgetLines(actionId: string): Promise<BudgetLineRow[]> {
      return tx
        .select()
        .from(planBudgetLines)
        .where(eq(planBudgetLines.actionId, actionId))
        .orderBy(asc(planBudgetLines.year), asc(planBudgetLines.id))
    },

    async budgetLine(id: string): Promise<BudgetLineRow | undefined> {
      const [row] = await tx.select().from(planBudgetLines).where(eq(planBudgetLines.id, id))
      return row
    },

    async insertBudgetLine(values: typeof planBudgetLines.$inferInsert): Promise<BudgetLineRow> {
      const [row] = await tx.insert(planBudgetLines).values(values).returning()
      return row!
    },

    async updateBudgetLine(
      id: string,
      values: Partial<typeof planBudgetLines.$inferInsert>,
    ): Promise<BudgetLineRow> {
      if (Object.keys(values).length === 0)
        return (await tx.select().from(planBudgetLines).where(eq(planBudgetLines.id, id)))[0]!
      const [row] = await tx.update(planBudgetLines).set(values).where(eq(planBudgetLines.id, id)).returning()
      return row!
    },

    async deleteBudgetLine(id: string) {
      await tx.delete(planBudgetLines).where(eq(planBudgetLines.id, id))
    },

    // ------------------------------------------------------------ names

    /** Display names of accounts the organisation can see (its members). */
    async accountNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: accounts.id, name: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, ids))
      return new Map(found.map((a) => [a.id, a.name]))
    },

    async serviceNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(inArray(services.id, ids))
      return new Map(found.map((s) => [s.id, s.name]))
    },

    async services() {
      return tx
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(sql`${services.organisationId} = app_organisation_id()`)
        .orderBy(asc(services.name))
    },

    async directoryStructuresExisting(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set()
      const found = await tx
        .select({ id: directoryStructures.id })
        .from(directoryStructures)
        .where(inArray(directoryStructures.id, ids))
      return new Set(found.map((s) => s.id))
    },
  }
}

export type PlansRepository = ReturnType<typeof plansRepository>

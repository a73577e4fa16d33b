/** Reads and writes of indicators, their targets and measurements (the only ORM user of the part). */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth'
import { services } from '../../organisations'
import {
  actionPlans,
  planActions,
  planAxes,
  planIndicatorTargets,
  planIndicators,
  planMeasurements,
} from '../pilotage.table'

export type IndicatorRow = typeof planIndicators.$inferSelect
export type NewIndicator = typeof planIndicators.$inferInsert
export type TargetRow = typeof planIndicatorTargets.$inferSelect
export type MeasurementRow = typeof planMeasurements.$inferSelect & { enteredByName: string | null }
export type PlanRow = typeof actionPlans.$inferSelect
export type ActionRow = typeof planActions.$inferSelect
export type AxisRow = typeof planAxes.$inferSelect

/** The latest entry of an indicator's latest measured month. */
export interface LatestRow {
  indicatorId: string
  period: string
  value: string
  comment: string
  enteredAt: Date
}

export function indicatorsRepository(tx: Db) {
  return {
    async plan(id: string): Promise<PlanRow | undefined> {
      const [row] = await tx.select().from(actionPlans).where(eq(actionPlans.id, id))
      return row
    },
    async action(id: string): Promise<ActionRow | undefined> {
      const [row] = await tx.select().from(planActions).where(eq(planActions.id, id))
      return row
    },
    async axis(id: string): Promise<AxisRow | undefined> {
      const [row] = await tx.select().from(planAxes).where(eq(planAxes.id, id))
      return row
    },
    async indicator(id: string): Promise<IndicatorRow | undefined> {
      const [row] = await tx.select().from(planIndicators).where(eq(planIndicators.id, id))
      return row
    },
    async ofAction(actionId: string): Promise<IndicatorRow[]> {
      return tx
        .select()
        .from(planIndicators)
        .where(eq(planIndicators.actionId, actionId))
        .orderBy(asc(planIndicators.position), asc(planIndicators.id))
    },
    async ofAxisOnly(axisId: string): Promise<IndicatorRow[]> {
      return tx
        .select()
        .from(planIndicators)
        .where(and(eq(planIndicators.axisId, axisId), isNull(planIndicators.actionId)))
        .orderBy(asc(planIndicators.position), asc(planIndicators.id))
    },
    async nextPosition(axisId: string, actionId: string | null): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`coalesce(max(${planIndicators.position}) + 1, 0)::int` })
        .from(planIndicators)
        .where(
          and(
            eq(planIndicators.axisId, axisId),
            actionId ? eq(planIndicators.actionId, actionId) : isNull(planIndicators.actionId),
          ),
        )
      return Number(row?.n ?? 0)
    },
    async insert(values: NewIndicator): Promise<IndicatorRow> {
      const [row] = await tx.insert(planIndicators).values(values).returning()
      return row!
    },
    async update(id: string, values: Partial<NewIndicator>): Promise<IndicatorRow> {
      const [row] = await tx.update(planIndicators).set(values).where(eq(planIndicators.id, id)).returning()
      return row!
    },
    async remove(id: string): Promise<void> {
      await tx.delete(planIndicators).where(eq(planIndicators.id, id))
    },
    async targetsOf(indicatorIds: string[]): Promise<TargetRow[]> {
      if (indicatorIds.length === 0) return []
      return tx
        .select()
        .from(planIndicatorTargets)
        .where(inArray(planIndicatorTargets.indicatorId, indicatorIds))
        .orderBy(asc(planIndicatorTargets.dueDate))
    },
    async replaceTargets(
      indicator: IndicatorRow,
      targets: { dueDate: string; value: string }[],
    ): Promise<void> {
      await tx.delete(planIndicatorTargets).where(eq(planIndicatorTargets.indicatorId, indicator.id))
      if (targets.length === 0) return
      await tx.insert(planIndicatorTargets).values(
        targets.map((t) => ({
          organisationId: indicator.organisationId,
          planId: indicator.planId,
          indicatorId: indicator.id,
          dueDate: t.dueDate,
          value: t.value,
        })),
      )
    },
    /** For each indicator, the latest entry of its latest measured month. */
    async latestOf(indicatorIds: string[]): Promise<LatestRow[]> {
      if (indicatorIds.length === 0) return []
      return tx
        .selectDistinctOn([planMeasurements.indicatorId], {
          indicatorId: planMeasurements.indicatorId,
          period: planMeasurements.period,
          value: planMeasurements.value,
          comment: planMeasurements.comment,
          enteredAt: planMeasurements.enteredAt,
        })
        .from(planMeasurements)
        .where(inArray(planMeasurements.indicatorId, indicatorIds))
        .orderBy(
          planMeasurements.indicatorId,
          desc(planMeasurements.period),
          desc(planMeasurements.enteredAt),
          desc(planMeasurements.id),
        )
    },
    /** The value that counts for one month (its latest entry), by indicator. */
    async latestPeriodValues(indicatorIds: string[], period: string): Promise<Map<string, string>> {
      if (indicatorIds.length === 0) return new Map()
      const found = await tx
        .selectDistinctOn([planMeasurements.indicatorId], {
          indicatorId: planMeasurements.indicatorId,
          value: planMeasurements.value,
        })
        .from(planMeasurements)
        .where(and(inArray(planMeasurements.indicatorId, indicatorIds), eq(planMeasurements.period, period)))
        .orderBy(planMeasurements.indicatorId, desc(planMeasurements.enteredAt), desc(planMeasurements.id))
      return new Map(found.map((m) => [m.indicatorId, m.value]))
    },
    /** Every entry, the newest month first, the newest entry first within a month. */
    async history(indicatorId: string): Promise<MeasurementRow[]> {
      const found = await tx
        .select({ m: planMeasurements, name: accounts.displayName })
        .from(planMeasurements)
        .leftJoin(accounts, eq(accounts.id, planMeasurements.enteredBy))
        .where(eq(planMeasurements.indicatorId, indicatorId))
        .orderBy(desc(planMeasurements.period), desc(planMeasurements.enteredAt), desc(planMeasurements.id))
      return found.map((r) => ({ ...r.m, enteredByName: r.name }))
    },
    async insertMeasurement(values: typeof planMeasurements.$inferInsert) {
      const [row] = await tx.insert(planMeasurements).values(values).returning()
      return row!
    },
    async serviceName(organisationId: string, id: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ name: services.name })
        .from(services)
        .where(and(eq(services.id, id), eq(services.organisationId, organisationId)))
      return row?.name
    },
    async servicesOf(organisationId: string): Promise<{ id: string; name: string }[]> {
      return tx
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(eq(services.organisationId, organisationId))
        .orderBy(asc(services.name))
    },
    async serviceNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(inArray(services.id, ids))
      return new Map(found.map((s) => [s.id, s.name]))
    },
    /** The organisation's computed indicators, with their plan's period. */
    async computedOf(organisationId: string) {
      return tx
        .select({ indicator: planIndicators, plan: actionPlans })
        .from(planIndicators)
        .innerJoin(actionPlans, eq(actionPlans.id, planIndicators.planId))
        .where(
          and(
            eq(planIndicators.organisationId, organisationId),
            sql`${planIndicators.source} <> 'saisie'`,
            eq(actionPlans.archived, false),
          ),
        )
    },
  }
}

/**
 * The monthly computation of the indicators Lien measures itself: on the 2nd of each month, the
 * value of the month just ended for every computed indicator of every organisation, each
 * organisation in its own tenant transaction. A value equal to the month's latest one is not
 * written again; a different one is a new entry (the history keeps the former).
 */
import { sql } from 'drizzle-orm'
import { addMonths, parisDate } from '../../../../shared/dates'
import { monthOf } from '../../../../shared/modules/pilotage/traffic-lights'
import { toNumeric } from '../../../../shared/modules/pilotage/indicator-rules'
import { rows, type Database, type Db } from '../../../db/client'
import type { AuditWriter } from '../../../platform/audit'
import { auditRecorder } from '../../../platform/audit'
import { computationOf } from './computations'
import { indicatorsRepository } from './indicators.repository'

export interface ComputeRun {
  /** Computed indicators looked at. */
  indicators: number
  /** New measurements written. */
  written: number
}

/** The month just ended's value of each computed indicator of one organisation. */
export async function computeIndicatorsOf(
  ctx: { tx: Db; audit: AuditWriter },
  organisationId: string,
  now: Date,
): Promise<ComputeRun> {
  const today = parisDate(now)
  const month = addMonths(monthOf(today), -1)
  const repo = indicatorsRepository(ctx.tx)
  const found = await repo.computedOf(organisationId)
  const run: ComputeRun = { indicators: found.length, written: 0 }
  const latest = await repo.latestPeriodValues(
    found.map((f) => f.indicator.id),
    month,
  )
  for (const { indicator, plan } of found) {
    if (month < monthOf(plan.periodStart) || month > plan.periodEnd) continue
    const computation = computationOf(indicator.source)
    if (!computation) continue
    const value = await computation.compute({ tx: ctx.tx, organisationId, month, today })
    if (value === null) continue
    const stored = toNumeric(value)
    const before = latest.get(indicator.id)
    if (before !== undefined && Number(before) === Number(stored)) continue
    const measurement = await repo.insertMeasurement({
      organisationId,
      planId: indicator.planId,
      indicatorId: indicator.id,
      period: month,
      value: stored,
      comment: computation.comment,
      computed: true,
      enteredBy: null,
    })
    await ctx.audit({
      action: 'create',
      entityType: 'plan_measurement',
      entityId: measurement.id,
      after: measurement,
    })
    run.written += 1
  }
  return run
}

/** Every organisation with computed indicators, one tenant transaction each. */
export async function computeAllIndicators(
  db: Database,
  now: Date,
): Promise<ComputeRun & { organisations: number; failed: number }> {
  const organisations = await rows<{ organisation_id: string }>(
    db.owner,
    sql`select distinct organisation_id from plan_indicators where source <> 'saisie'`,
  )
  const total = { organisations: organisations.length, indicators: 0, written: 0, failed: 0 }
  for (const { organisation_id: organisationId } of organisations) {
    const audit = auditRecorder(
      { accountId: null, label: 'Calcul mensuel des indicateurs', organisationId },
      null,
    )
    try {
      const run = await db.transaction(
        { organisationId, accountId: null, platformAdmin: false },
        (tx) => computeIndicatorsOf({ tx, audit: audit.write }, organisationId, now),
        audit.statement,
      )
      total.indicators += run.indicators
      total.written += run.written
    } catch {
      total.failed += 1
    }
  }
  return total
}

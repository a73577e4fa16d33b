/**
 * The daily job of milestones (`pilotage-milestone-reminders`), as the owner: each owner is
 * e-mailed once, `remind_days_before` days before the due date; a yearly milestone done or past
 * gets its next year's occurrence (same title, owner and reminder), within the plan's period.
 */
import { and, eq, gte, isNotNull, isNull, lte, or, sql } from 'drizzle-orm'
import { addDays, addMonths, parisDate, type CivilDate } from '../../../../shared/dates'
import { frenchDate } from '../../../../shared/modules/pilotage/governance-format'
import { governancePages } from '../../../../shared/modules/pilotage/governance.contract'
import type { Database, Db } from '../../../db/client'
import type { Mailer } from '../../../platform/mailer'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import { actionPlans, planActions, planMilestones } from '../pilotage.table'
import type { MilestoneRow } from './governance.repository'

export interface MilestoneJobDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

/**
 * Creates the next year's occurrence of a yearly milestone unless it exists already or would
 * fall after the plan's end. Returns the new milestone, or null.
 */
export async function createNextOccurrence(tx: Db, milestone: MilestoneRow): Promise<MilestoneRow | null> {
  if (milestone.recurrence !== 'annuelle') return null
  const dueDate = addMonths(milestone.dueDate, 12)
  const [plan] = await tx
    .select({ periodEnd: actionPlans.periodEnd, archived: actionPlans.archived })
    .from(actionPlans)
    .where(eq(actionPlans.id, milestone.planId))
  if (!plan || plan.archived || dueDate > plan.periodEnd) return null
  const [existing] = await tx
    .select({ id: planMilestones.id })
    .from(planMilestones)
    .where(
      and(
        eq(planMilestones.planId, milestone.planId),
        milestone.actionId
          ? eq(planMilestones.actionId, milestone.actionId)
          : isNull(planMilestones.actionId),
        eq(planMilestones.title, milestone.title),
        eq(planMilestones.recurrence, 'annuelle'),
        eq(planMilestones.dueDate, dueDate),
      ),
    )
  if (existing) return null
  const [created] = await tx
    .insert(planMilestones)
    .values({
      organisationId: milestone.organisationId,
      planId: milestone.planId,
      actionId: milestone.actionId,
      title: milestone.title,
      dueDate,
      ownerAccountId: milestone.ownerAccountId,
      recurrence: 'annuelle',
      remindDaysBefore: milestone.remindDaysBefore,
    })
    .returning()
  return created ?? null
}

function reminderMail(
  to: string,
  m: { title: string; dueDate: CivilDate; planId: string; planTitle: string; actionTitle: string | null },
  organisationName: string,
  publicUrl: string,
  today: CivilDate,
) {
  const days = Math.round((Date.parse(m.dueDate) - Date.parse(today)) / 86_400_000)
  const when = days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`
  return {
    to,
    subject: `Échéance le ${frenchDate(m.dueDate)} : ${m.title}`,
    text: [
      'Bonjour,',
      '',
      `Vous êtes responsable de cette échéance du plan « ${m.planTitle} » (${organisationName}) :`,
      '',
      `  ${m.title}${m.actionTitle ? ` (action « ${m.actionTitle} »)` : ''}`,
      `  le ${frenchDate(m.dueDate)}, ${when}.`,
      '',
      'Les échéances du plan :',
      `${publicUrl}${governancePages.plan(m.planId)}`,
      '',
      'Ce message est envoyé une seule fois pour cette échéance.',
    ].join('\n'),
  }
}

export async function runMilestoneReminders(deps: MilestoneJobDeps, now: Date) {
  const db = deps.db.owner
  const today = parisDate(now)

  // Reminders: not done, not reminded, within its reminder window, not past.
  const due = await db
    .select({
      milestone: planMilestones,
      email: accounts.email,
      planTitle: actionPlans.title,
      actionTitle: planActions.title,
      organisationName: organisations.name,
    })
    .from(planMilestones)
    .innerJoin(actionPlans, eq(actionPlans.id, planMilestones.planId))
    .innerJoin(organisations, eq(organisations.id, planMilestones.organisationId))
    .innerJoin(accounts, eq(accounts.id, planMilestones.ownerAccountId))
    .leftJoin(planActions, eq(planActions.id, planMilestones.actionId))
    .where(
      and(
        isNull(planMilestones.doneOn),
        isNull(planMilestones.remindedAt),
        eq(actionPlans.archived, false),
        gte(planMilestones.dueDate, today),
        lte(planMilestones.dueDate, sql`(${today}::date + ${planMilestones.remindDaysBefore})`),
        lte(planMilestones.dueDate, addDays(today, 366)),
      ),
    )
  let reminded = 0
  for (const row of due) {
    const m = row.milestone
    await deps.mailer.send(
      reminderMail(
        row.email,
        { ...m, planTitle: row.planTitle, actionTitle: row.actionTitle },
        row.organisationName,
        deps.publicUrl,
        today,
      ),
    )
    await db.update(planMilestones).set({ remindedAt: now }).where(eq(planMilestones.id, m.id))
    reminded++
  }

  // Yearly milestones done or past: their next occurrence (a chain long past catches up, bounded).
  let created = 0
  for (let round = 0; round < 10; round++) {
    const ended = await db
      .select()
      .from(planMilestones)
      .where(
        and(
          eq(planMilestones.recurrence, 'annuelle'),
          or(isNotNull(planMilestones.doneOn), sql`${planMilestones.dueDate} < ${today}::date`),
        ),
      )
    let made = 0
    for (const m of ended) if (await createNextOccurrence(db, m)) made++
    created += made
    if (made === 0) break
  }
  return { reminded, created }
}

/**
 * The daily job of agrément files, as the owner: agents reminded 30 and 7 days before a decision is
 * due (once each, the file's référent or else the département's agents), and the silence of the
 * administration written down the day after the due date: tacit agrément (or tacit refusal of a
 * derogation above 3 children), inscribed in the file's history, the candidate and the agents told.
 */
import { and, arrayOverlaps, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import { parisDate } from '../../../../shared/dates'
import { agrementAgentRoles } from '../../../../shared/modules/metiers/agrement.contract'
import { legalDelay, reminderDue, validUntil } from '../../../../shared/modules/metiers/agrement-rules'
import type { Database } from '../../../db/client'
import type { Mailer } from '../../../platform/mailer'
import { accounts } from '../../auth/auth.table'
import { memberships, organisations } from '../../organisations/organisations.table'
import { reminderToAgents, tacitToAgents, tacitToCandidate } from './agrement.mails'
import { agrementApplications, agrementSteps } from './agrement.table'

export interface AgrementJobDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

type Row = typeof agrementApplications.$inferSelect

export async function runAgrementDeadlines(deps: AgrementJobDeps, now: Date) {
  const db = deps.db.owner
  const today = parisDate(now)
  const pending = await db
    .select({ application: agrementApplications, departement: organisations.name })
    .from(agrementApplications)
    .innerJoin(organisations, eq(organisations.id, agrementApplications.organisationId))
    .where(and(isNotNull(agrementApplications.completeOn), isNull(agrementApplications.decision)))

  const agentsOf = async (organisationId: string) =>
    await db
      .selectDistinct({ id: accounts.id, email: accounts.email })
      .from(memberships)
      .innerJoin(accounts, eq(accounts.id, memberships.accountId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.active, true),
          arrayOverlaps(memberships.roles, [...agrementAgentRoles]),
        ),
      )

  const reminders = new Map<
    string,
    { organisationId: string; days: number; referentId: string | null; ids: string[] }
  >()
  const lapsed = new Map<string, Row[]>()
  let tacit = 0
  for (const { application: row, departement } of pending) {
    const delay = legalDelay(
      {
        completeOn: row.completeOn,
        extendedOn: row.extendedOn,
        decision: null,
        childrenWished: row.childrenWished,
      },
      today,
    )!
    if (delay.lapsed) {
      const granted = delay.silenceMeans === 'agrement_tacite'
      await db.transaction(async (tx) => {
        await tx
          .update(agrementApplications)
          .set({
            decision: delay.silenceMeans,
            decisionOn: delay.tacitOn,
            step: 'decision',
            decisionDueOn: delay.dueOn,
            ...(granted
              ? {
                  approvedChildren: row.childrenWished ?? 1,
                  approvedAgeMin: row.agesWishedMin,
                  approvedAgeMax: row.agesWishedMax,
                  validUntil: validUntil(delay.tacitOn),
                }
              : {}),
            updatedAt: now,
          })
          .where(and(eq(agrementApplications.id, row.id), isNull(agrementApplications.decision)))
        await tx.insert(agrementSteps).values({
          organisationId: row.organisationId,
          applicationId: row.id,
          kind: delay.silenceMeans,
          doneOn: delay.tacitOn,
          note: `Sans décision notifiée au ${delay.dueOn}.`,
          details: { decision: delay.silenceMeans },
        })
      })
      await deps.mailer.send(
        tacitToCandidate(deps.publicUrl, row.email, departement, delay.silenceMeans, delay.tacitOn),
      )
      lapsed.set(row.organisationId, [...(lapsed.get(row.organisationId) ?? []), row])
      tacit++
      continue
    }
    const due = reminderDue(delay.dueOn, today, {
      d30: row.reminder30SentAt !== null,
      d7: row.reminder7SentAt !== null,
    })
    if (!due) continue
    const key = `${row.organisationId}:${due}:${row.referentId ?? ''}`
    const group = reminders.get(key) ?? {
      organisationId: row.organisationId,
      days: due,
      referentId: row.referentId,
      ids: [],
    }
    group.ids.push(row.id)
    reminders.set(key, group)
  }

  let mails = 0
  for (const group of reminders.values()) {
    const agents = await agentsOf(group.organisationId)
    const referent = agents.filter((a) => a.id === group.referentId)
    for (const agent of referent.length > 0 ? referent : agents) {
      await deps.mailer.send(reminderToAgents(deps.publicUrl, agent.email, group.ids.length, group.days))
      mails++
    }
    await db
      .update(agrementApplications)
      // Once the 7-day reminder is sent, the 30-day one is no longer due.
      .set(
        group.days === 7
          ? {
              reminder7SentAt: now,
              reminder30SentAt: sql`coalesce(${agrementApplications.reminder30SentAt}, ${now})`,
            }
          : { reminder30SentAt: now },
      )
      .where(inArray(agrementApplications.id, group.ids))
  }
  for (const [organisationId, rows] of lapsed)
    for (const agent of await agentsOf(organisationId)) {
      await deps.mailer.send(tacitToAgents(deps.publicUrl, agent.email, rows.length))
      mails++
    }
  return { reminders: mails, tacit }
}

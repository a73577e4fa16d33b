/**
 * The daily jobs of immersions, as the owner: the person and the host reminded the day before an
 * accepted immersion starts, and the host asked for the outcome once it ended (once per request).
 */
import { and, arrayOverlaps, eq } from 'drizzle-orm'
import { addDays, parisDate } from '../../../../shared/dates'
import { immersionHostRoles } from '../../../../shared/modules/metiers/immersions.contract'
import type { Database } from '../../../db/client'
import type { Mailer } from '../../../platform/mailer'
import { accounts } from '../../auth/auth.table'
import { memberships } from '../../organisations/organisations.table'
import { outcomeAskedToHost, reminderToCandidate, reminderToHost } from './immersions.mails'
import { immersionRemindersRepository } from './immersions.repository'

export interface ImmersionJobDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

async function hostEmails(deps: ImmersionJobDeps, organisationId: string) {
  const found = await deps.db.owner
    .selectDistinct({ email: accounts.email })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        arrayOverlaps(memberships.roles, [...immersionHostRoles]),
      ),
    )
  return found.map((r) => r.email).sort()
}

/** Daily, in the morning: immersions starting tomorrow (Paris). */
export async function sendImmersionReminders(deps: ImmersionJobDeps, now: Date) {
  const repo = immersionRemindersRepository(deps.db.owner)
  const tomorrow = addDays(parisDate(now), 1)
  let mails = 0
  const due = await repo.startingOn(tomorrow)
  for (const row of due) {
    const r = row.request
    await deps.mailer.send(
      reminderToCandidate(deps.publicUrl, r.email, {
        title: row.offerTitle,
        employerName: row.employerName,
        place: [row.address, `${row.postcode} ${row.commune}`].filter((s) => s.trim()).join(', '),
        schedule: row.schedule,
        tutorName: row.tutorName,
        startDate: r.startDate,
      }),
    )
    mails++
    for (const to of await hostEmails(deps, r.organisationId)) {
      await deps.mailer.send(reminderToHost(deps.publicUrl, to, row.offerTitle, r.id, r.startDate))
      mails++
    }
    await repo.markReminded(r.id, now)
  }
  return { immersions: due.length, mails }
}

/** Daily: accepted immersions whose last day passed, without an outcome, asked once. */
export async function askImmersionOutcomes(deps: ImmersionJobDeps, now: Date) {
  const repo = immersionRemindersRepository(deps.db.owner)
  const due = await repo.endedBefore(parisDate(now))
  let mails = 0
  for (const row of due) {
    for (const to of await hostEmails(deps, row.request.organisationId)) {
      await deps.mailer.send(outcomeAskedToHost(deps.publicUrl, to, row.offerTitle, row.request.id))
      mails++
    }
    await repo.markOutcomeAsked(row.request.id, now)
  }
  return { immersions: due.length, mails }
}

/**
 * Reminders to the people holding a seat, as the owner: the day before (sent from 9 a.m. Paris
 * time the day before), and one hour before for online events (the webinars). Each reminder is
 * sent once per event.
 */
import { and, eq, gt, lte } from 'drizzle-orm'
import { addDays, parisDate } from '../../../../shared/dates'
import { instantToParisLocal } from '../../../../shared/modules/metiers/events-dates'
import type { Database } from '../../../db/client'
import type { Mailer } from '../../../platform/mailer'
import type { Secrets } from '../../../platform/secrets'
import { organisations } from '../../organisations/organisations.table'
import { reminder } from './events.mails'
import { eventRegistrations, metiersEvents } from './events.table'
import { managePathOf } from './registrations.service'

export interface EventJobDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
  secrets: Pick<Secrets, 'hmac'>
}

/** The day-before reminders go out from this hour (Paris time). */
const DAY_REMINDER_HOUR = 9
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

export async function sendEventReminders(deps: EventJobDeps, now: Date) {
  const db = deps.db.owner
  const soon = await db
    .select({ event: metiersEvents, organiserName: organisations.name })
    .from(metiersEvents)
    .innerJoin(organisations, eq(organisations.id, metiersEvents.organisationId))
    .where(
      and(
        eq(metiersEvents.published, true),
        gt(metiersEvents.startsAt, now),
        lte(metiersEvents.startsAt, new Date(now.getTime() + 2 * DAY_MS)),
      ),
    )
  const tomorrow = addDays(parisDate(now), 1)
  const afterNine = Number(instantToParisLocal(now).slice(11, 13)) >= DAY_REMINDER_HOUR
  let day = 0
  let hour = 0
  for (const { event, organiserName } of soon) {
    const dueDay = !event.dayReminderSentAt && afterNine && parisDate(event.startsAt) === tomorrow
    const dueHour =
      event.online && !event.hourReminderSentAt && event.startsAt.getTime() - now.getTime() <= HOUR_MS
    if (!dueDay && !dueHour) continue
    const seated = await db
      .select({ id: eventRegistrations.id, email: eventRegistrations.email })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.state, 'inscrit')))
    const context = { publicUrl: deps.publicUrl, now, organiserName }
    for (const person of seated) {
      const managePath = managePathOf(deps.secrets, event.slug, person.id)
      if (dueDay) await deps.mailer.send(reminder(person.email, event, context, managePath, 'veille'))
      if (dueHour) await deps.mailer.send(reminder(person.email, event, context, managePath, 'heure'))
    }
    await db
      .update(metiersEvents)
      .set({
        ...(dueDay ? { dayReminderSentAt: now } : {}),
        ...(dueHour ? { hourReminderSentAt: now } : {}),
      })
      .where(eq(metiersEvents.id, event.id))
    if (dueDay) day++
    if (dueHour) hour++
  }
  return { dayReminders: day, hourReminders: hour }
}

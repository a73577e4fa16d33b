/**
 * Registering to an event and the person's own page, on the public side. Runs in the organiser's
 * tenant (found from the event's slug, see ../application-public-routes.ts), with or without a
 * candidate account. Seats first, then the waiting list; a freed seat goes to the first person
 * waiting, who is told by e-mail with the invitation.
 */
import type { z } from 'zod'
import { conflict, notFound } from '../../../../shared/errors'
import { newId } from '../../../../shared/ids'
import {
  eventPages,
  type RegistrationView,
  type registerBody,
} from '../../../../shared/modules/metiers/events.contract'
import type { RequestContext } from '../../../http/context'
import type { Mailer } from '../../../platform/mailer'
import type { Secrets } from '../../../platform/secrets'
import { sha256 } from '../../../platform/secrets'
import type { MetiersDeps } from '../metiers.deps'
import {
  cancelled,
  invitation,
  seatConfirmed,
  seatFreed,
  waitingListed,
  type MailContext,
} from './events.mails'
import { presentPublic, registrationOpen, replayFor, waitingPositions, type Job } from './events.presenter'
import { eventsRepository, type EventRow, type RegistrationRow } from './events.repository'

export type EventTenantCtx = RequestContext & { organisationId: string }
type RegisterInput = z.output<typeof registerBody>

/** The personal link's token is derived from the registration (only its SHA-256 is stored). */
export const registrationTokenOf = (secrets: Pick<Secrets, 'hmac'>, registrationId: string) =>
  secrets.hmac('metiers-event-registration', registrationId)

export const managePathOf = (secrets: Pick<Secrets, 'hmac'>, slug: string, registrationId: string) =>
  eventPages.registration(slug, registrationTokenOf(secrets, registrationId))

type Repo = ReturnType<typeof eventsRepository>

export async function jobsOf(repo: Repo, events: EventRow[]): Promise<Map<string, Job>> {
  const fiches = await repo.fiches(events.flatMap((e) => e.jobIds))
  return new Map(fiches.map((f) => [f.id, f]))
}

/** Keeps the seat and waiting counts the public reads on the event. */
export async function refreshCounts(repo: Repo, event: EventRow): Promise<EventRow> {
  const counts = await repo.stateCounts(event.id)
  return repo.updateEvent(event.id, { registeredCount: counts.registered, waitingCount: counts.waiting })
}

/**
 * Gives free seats to the people waiting, first in line first, and tells each by e-mail with the
 * invitation. Returns the event with its counts up to date.
 */
export async function promoteWaiting(
  repo: Repo,
  event: EventRow,
  deps: { mailer: Mailer; secrets: Pick<Secrets, 'hmac'>; publicUrl: string },
  now: Date,
  audit: RequestContext['audit'],
): Promise<EventRow> {
  let current = await refreshCounts(repo, event)
  if (current.startsAt <= now) return current
  const waiting = await repo.waiting(event.id)
  const free = current.capacity === null ? waiting.length : current.capacity - current.registeredCount
  const promoted = waiting.slice(0, Math.max(0, free))
  if (promoted.length === 0) return current
  for (const person of promoted) {
    await repo.updateRegistration(person.id, { state: 'inscrit', promotedAt: now })
    await audit({
      action: 'update',
      entityType: 'event_registration',
      entityId: person.id,
      before: { state: 'liste_attente' },
      after: { state: 'inscrit' },
    })
  }
  current = await refreshCounts(repo, current)
  const context = await mailContext(repo, current, deps.publicUrl, now)
  for (const person of promoted) {
    await deps.mailer.send(
      seatFreed(person.email, current, context, managePathOf(deps.secrets, current.slug, person.id)),
    )
  }
  return current
}

export async function mailContext(
  repo: Repo,
  event: EventRow,
  publicUrl: string,
  now: Date,
): Promise<MailContext> {
  const names = await repo.organisationNames([event.organisationId])
  return { publicUrl, now, organiserName: names.get(event.organisationId) ?? '' }
}

export function registrationsService(deps: MetiersDeps) {
  async function view(
    repo: Repo,
    event: EventRow,
    registration: RegistrationRow,
    now: Date,
  ): Promise<RegistrationView> {
    const names = await repo.organisationNames([event.organisationId])
    const jobs = await jobsOf(repo, [event])
    const waiting = registration.state === 'liste_attente' ? await repo.waiting(event.id) : []
    const active = registration.state !== 'annule'
    return {
      id: registration.id,
      state: registration.state as RegistrationView['state'],
      position: waitingPositions(waiting).get(registration.id) ?? null,
      firstName: registration.firstName,
      event: presentPublic(event, { now, organiserName: names.get(event.organisationId) ?? '', jobs }),
      onlineUrl:
        registration.state === 'inscrit' && event.online && event.endsAt > now ? event.onlineUrl : null,
      replay: replayFor(event, now, active),
      managePath: managePathOf(deps.secrets, event.slug, registration.id),
      canCancel: active && event.startsAt > now,
    }
  }

  async function byToken(ctx: EventTenantCtx, slug: string, token: string) {
    const repo = eventsRepository(ctx.tx)
    const event = await repo.publishedBySlug(slug)
    if (!event) throw notFound('Cette inscription')
    const registration = await repo.registrationByTokenHash(event.id, sha256(token))
    if (!registration) throw notFound('Cette inscription')
    return { repo, event, registration }
  }

  return {
    async register(ctx: EventTenantCtx, slug: string, input: RegisterInput): Promise<RegistrationView> {
      const repo = eventsRepository(ctx.tx)
      const now = deps.clock()
      const found = await repo.publishedBySlug(slug)
      if (!found) throw notFound('Cet événement')
      if (!registrationOpen(found, now)) {
        throw conflict('Les inscriptions à cet événement sont closes.')
      }
      const event = await repo.lock(found.id)
      const accountId = ctx.actor?.stage === 'active' ? ctx.actor.accountId : null
      const already = await repo.activeOf(event.id, input.email, accountId)
      if (already) {
        throw conflict(
          'Vous êtes déjà inscrit ou inscrite à cet événement : votre lien personnel est dans l’e-mail reçu.',
          'email',
        )
      }
      const waiting = await repo.waiting(event.id)
      const hasSeat =
        waiting.length === 0 && (event.capacity === null || event.registeredCount < event.capacity)
      const id = newId()
      const created = await repo.insertRegistration({
        id,
        organisationId: ctx.organisationId,
        eventId: event.id,
        candidateAccountId: accountId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone ?? null,
        accessibilityNeeds: input.accessibilityNeeds,
        state: hasSeat ? 'inscrit' : 'liste_attente',
        cancelTokenHash: sha256(registrationTokenOf(deps.secrets, id)),
        createdAt: now,
      })
      const updated = await refreshCounts(repo, event)
      await ctx.audit({
        action: 'create',
        entityType: 'event_registration',
        entityId: created.id,
        after: {
          eventId: event.id,
          state: created.state,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
        },
        masked: true,
      })
      const context = await mailContext(repo, updated, deps.publicUrl, now)
      const managePath = managePathOf(deps.secrets, event.slug, created.id)
      if (hasSeat) {
        await deps.mailer.send(seatConfirmed(input.email, updated, context, managePath))
      } else {
        await deps.mailer.send(waitingListed(input.email, updated, context, managePath, waiting.length + 1))
      }
      return view(repo, updated, created, now)
    },

    async registration(ctx: EventTenantCtx, slug: string, token: string): Promise<RegistrationView> {
      const { repo, event, registration } = await byToken(ctx, slug, token)
      await ctx.audit({ action: 'read', entityType: 'event_registration', entityId: registration.id })
      return view(repo, event, registration, deps.clock())
    },

    /** The calendar file, for a person holding a seat. */
    async invitation(ctx: EventTenantCtx, slug: string, token: string) {
      const { repo, event, registration } = await byToken(ctx, slug, token)
      if (registration.state !== 'inscrit') throw notFound('Cette invitation')
      const now = deps.clock()
      const context = await mailContext(repo, event, deps.publicUrl, now)
      return invitation(event, context, managePathOf(deps.secrets, event.slug, registration.id)).content
    },

    async cancel(ctx: EventTenantCtx, slug: string, token: string): Promise<RegistrationView> {
      const { repo, event, registration } = await byToken(ctx, slug, token)
      const now = deps.clock()
      if (registration.state === 'annule') return view(repo, event, registration, now)
      if (event.startsAt <= now)
        throw conflict('L’événement a commencé : l’inscription ne peut plus être annulée.')
      const done = await cancelAndPromote(repo, event, registration, deps, ctx.audit)
      return view(repo, done.event, done.registration, now)
    },
  }
}

/**
 * Cancels one registration (by the person's link or by the organiser at their request), tells the
 * person, and gives the seat to the first person waiting.
 */
export async function cancelAndPromote(
  repo: Repo,
  event: EventRow,
  registration: RegistrationRow,
  deps: MetiersDeps,
  audit: RequestContext['audit'],
): Promise<{ event: EventRow; registration: RegistrationRow }> {
  const now = deps.clock()
  if (registration.state === 'annule') return { event, registration }
  await repo.lock(event.id)
  const updated = await repo.updateRegistration(registration.id, { state: 'annule', cancelledAt: now })
  await audit({
    action: 'update',
    entityType: 'event_registration',
    entityId: registration.id,
    before: { state: registration.state },
    after: { state: 'annule' },
  })
  const after = await promoteWaiting(repo, event, deps, now, audit)
  const context = await mailContext(repo, after, deps.publicUrl, now)
  await deps.mailer.send(cancelled(registration.email, after, context))
  return { event: after, registration: updated }
}

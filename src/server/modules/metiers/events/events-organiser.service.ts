/**
 * The organiser's side: creating events (one, or a monthly series of webinars), changing them
 * (people registered get the updated invitation when the time or the place moves), publishing,
 * replays, the registrations with their waiting list, attendance and the XLSX export. Reading the
 * registrations is reading personal data: each read and export is audited.
 */
import type { z } from 'zod'
import { invalid, notFound } from '../../../../shared/errors'
import { newId } from '../../../../shared/ids'
import {
  eventKindLabels,
  organiserRoles,
  type EventKind,
  type OrganiserEventView,
  type OrganiserEventsView,
  type eventBody,
  type replayBody,
  type seriesBody,
} from '../../../../shared/modules/metiers/events.contract'
import { monthlySeriesDates, parisLocalToInstant } from '../../../../shared/modules/metiers/events-dates'
import type { RequestContext } from '../../../http/context'
import type { MetiersDeps } from '../metiers.deps'
import { locateWorkplace } from '../offer-location'
import { slugSuffix, slugWords, unaccentLower } from '../offer-slug'
import { sanitizeRichText } from '../rich-text'
import { eventChanged } from './events.mails'
import {
  presentOrganiserEvent,
  presentOrganiserSummary,
  presentRegistration,
  waitingPositions,
} from './events.presenter'
import { eventsRepository, type EventRow, type NewEvent } from './events.repository'
import { registrationsXlsx } from './registrations.xlsx'
import { cancelAndPromote, jobsOf, mailContext, managePathOf, promoteWaiting } from './registrations.service'

type EventInput = z.output<typeof eventBody>
type SeriesInput = z.output<typeof seriesBody>
type ReplayInput = z.output<typeof replayBody>

const monthNames = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })

function organiserOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId || !actor.roles.some((r) => organiserRoles.includes(r)))
    throw notFound('Cet événement')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

const searchTextOf = (e: Pick<NewEvent, 'title' | 'commune' | 'kind'>) =>
  unaccentLower(`${e.title} ${e.commune ?? ''} ${eventKindLabels[e.kind as EventKind] ?? ''}`)

export function eventsOrganiserService(deps: MetiersDeps) {
  /** Place columns: geocoded on site, empty online. */
  async function placeOf(
    ctx: RequestContext,
    input: Pick<EventInput, 'online' | 'address' | 'postcode' | 'commune'>,
  ) {
    if (input.online) {
      return {
        address: '',
        postcode: '',
        commune: '',
        communeInsee: null,
        latitude: null,
        longitude: null,
        placeWarning: null,
      }
    }
    const place = await locateWorkplace(deps.geocoder, ctx, input)
    return {
      address: input.address,
      postcode: place.postcode,
      commune: place.commune,
      communeInsee: place.communeInsee,
      latitude: place.latitude,
      longitude: place.longitude,
      placeWarning: place.warning,
    }
  }

  async function checkJobs(ctx: RequestContext, jobIds: string[]) {
    const known = new Set((await eventsRepository(ctx.tx).fiches(jobIds)).map((f) => f.id))
    if (jobIds.some((id) => !known.has(id)))
      throw invalid('jobIds', 'une fiche métier est inconnue ou non publiée.')
  }

  const common = (input: Omit<EventInput, 'startsAt' | 'endsAt' | 'registrationDeadline'>) => ({
    kind: input.kind,
    title: input.title,
    descriptionHtml: sanitizeRichText(input.description),
    online: input.online,
    onlineUrl: input.online ? input.onlineUrl : null,
    capacity: input.capacity,
    jobIds: input.jobIds,
    audience: input.audience,
    accessibility: input.accessibility,
  })

  async function full(ctx: RequestContext, event: EventRow): Promise<OrganiserEventView> {
    const repo = eventsRepository(ctx.tx)
    const registrations = await repo.registrationsOf(event.id)
    if (registrations.length > 0) {
      await ctx.audit({ action: 'read', entityType: 'event_registration', entityId: event.id })
    }
    return presentOrganiserEvent(event, registrations, await jobsOf(repo, [event]))
  }

  async function mine(ctx: RequestContext, id: string) {
    const me = organiserOf(ctx)
    const event = await eventsRepository(ctx.tx).ofOrganisation(me.organisationId, id)
    if (!event) throw notFound('Cet événement')
    return event
  }

  return {
    async list(ctx: RequestContext): Promise<OrganiserEventsView> {
      const me = organiserOf(ctx)
      const repo = eventsRepository(ctx.tx)
      const counts = await repo.countsOfOrganisation(me.organisationId)
      const events = await repo.listOfOrganisation(me.organisationId)
      return { events: events.map((e) => presentOrganiserSummary(e, counts.get(e.id))) }
    },

    async get(ctx: RequestContext, id: string) {
      return full(ctx, await mine(ctx, id))
    },

    async create(ctx: RequestContext, input: EventInput): Promise<OrganiserEventView> {
      const me = organiserOf(ctx)
      await checkJobs(ctx, input.jobIds)
      const now = deps.clock()
      const values: NewEvent = {
        ...common(input),
        ...(await placeOf(ctx, input)),
        organisationId: me.organisationId,
        slug: `${slugWords(input.title)}-${slugSuffix()}`,
        startsAt: parisLocalToInstant(input.startsAt),
        endsAt: parisLocalToInstant(input.endsAt),
        registrationDeadline: input.registrationDeadline
          ? parisLocalToInstant(input.registrationDeadline)
          : null,
        createdBy: me.accountId,
        createdAt: now,
        updatedAt: now,
      }
      values.searchText = searchTextOf(values)
      const created = await eventsRepository(ctx.tx).insertEvent(values)
      await ctx.audit({
        action: 'create',
        entityType: 'metiers_event',
        entityId: created.id,
        after: { title: created.title },
      })
      return full(ctx, created)
    },

    async createSeries(ctx: RequestContext, input: SeriesInput) {
      const me = organiserOf(ctx)
      await checkJobs(ctx, input.jobIds)
      const now = deps.clock()
      const place = await placeOf(ctx, input)
      const seriesId = newId()
      const repo = eventsRepository(ctx.tx)
      const events: EventRow[] = []
      for (const day of monthlySeriesDates(input.firstMonth, input.months, input.weekday, input.nth)) {
        const [y, m] = day.split('-').map(Number) as [number, number]
        const title = `${input.title} — ${monthNames.format(new Date(Date.UTC(y, m - 1, 1)))}`
        const startsAt = parisLocalToInstant(`${day}T${input.startTime}`)
        const values: NewEvent = {
          ...common({ ...input, title }),
          ...place,
          organisationId: me.organisationId,
          slug: `${slugWords(title)}-${slugSuffix()}`,
          startsAt,
          endsAt: parisLocalToInstant(`${day}T${input.endTime}`),
          registrationDeadline: input.closeHoursBefore
            ? new Date(startsAt.getTime() - input.closeHoursBefore * 3_600_000)
            : null,
          seriesId,
          createdBy: me.accountId,
          createdAt: now,
          updatedAt: now,
        }
        values.searchText = searchTextOf(values)
        events.push(await repo.insertEvent(values))
      }
      await ctx.audit({
        action: 'create',
        entityType: 'metiers_event_series',
        entityId: seriesId,
        after: { title: input.title, months: input.months },
      })
      return { seriesId, events: events.map((e) => presentOrganiserSummary(e, undefined)) }
    },

    async update(ctx: RequestContext, id: string, input: EventInput): Promise<OrganiserEventView> {
      const before = await mine(ctx, id)
      await checkJobs(ctx, input.jobIds)
      const repo = eventsRepository(ctx.tx)
      const now = deps.clock()
      const startsAt = parisLocalToInstant(input.startsAt)
      const endsAt = parisLocalToInstant(input.endsAt)
      const samePlace =
        before.online === input.online &&
        (input.online
          ? before.onlineUrl === input.onlineUrl
          : before.address === input.address &&
            before.commune === input.commune &&
            before.postcode === input.postcode)
      const place = samePlace ? {} : await placeOf(ctx, input)
      const moved =
        !samePlace ||
        before.startsAt.getTime() !== startsAt.getTime() ||
        before.endsAt.getTime() !== endsAt.getTime()
      const values: Partial<NewEvent> = {
        ...common(input),
        ...place,
        startsAt,
        endsAt,
        registrationDeadline: input.registrationDeadline
          ? parisLocalToInstant(input.registrationDeadline)
          : null,
        revision: moved ? before.revision + 1 : before.revision,
        updatedAt: now,
      }
      values.searchText = searchTextOf({
        title: input.title,
        kind: input.kind,
        commune: values.commune ?? before.commune,
      })
      await repo.lock(id)
      let updated = await repo.updateEvent(id, values)
      await ctx.audit({
        action: 'update',
        entityType: 'metiers_event',
        entityId: id,
        before: {
          title: before.title,
          startsAt: before.startsAt,
          endsAt: before.endsAt,
          capacity: before.capacity,
          commune: before.commune,
        },
        after: {
          title: updated.title,
          startsAt: updated.startsAt,
          endsAt: updated.endsAt,
          capacity: updated.capacity,
          commune: updated.commune,
        },
      })
      // Those already seated are told of the change; then more seats go to the people waiting
      // (their e-mail carries the new time already).
      const seated = (await repo.registrationsOf(id)).filter((r) => r.state === 'inscrit')
      if (moved && updated.published && updated.endsAt > now) {
        const context = await mailContext(repo, updated, deps.publicUrl, now)
        for (const r of seated) {
          await deps.mailer.send(
            eventChanged(r.email, updated, context, managePathOf(deps.secrets, updated.slug, r.id)),
          )
        }
      }
      updated = await promoteWaiting(repo, updated, deps, now, ctx.audit)
      return full(ctx, updated)
    },

    async publish(ctx: RequestContext, id: string, published: boolean) {
      const before = await mine(ctx, id)
      const updated = await eventsRepository(ctx.tx).updateEvent(id, { published, updatedAt: deps.clock() })
      await ctx.audit({
        action: 'update',
        entityType: 'metiers_event',
        entityId: id,
        before: { published: before.published },
        after: { published },
      })
      return full(ctx, updated)
    },

    async saveReplay(ctx: RequestContext, id: string, input: ReplayInput) {
      const before = await mine(ctx, id)
      if (before.endsAt > deps.clock())
        throw invalid('url', 'le replay s’ajoute une fois l’événement terminé.')
      const updated = await eventsRepository(ctx.tx).updateEvent(id, {
        replayUrl: input.url,
        replayCaptionsUrl: input.captionsUrl,
        replayTranscript: input.transcript,
        replayPublic: input.public,
        updatedAt: deps.clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'metiers_event',
        entityId: id,
        before: { replayUrl: before.replayUrl, replayPublic: before.replayPublic },
        after: { replayUrl: updated.replayUrl, replayPublic: updated.replayPublic },
      })
      return full(ctx, updated)
    },

    async attendance(ctx: RequestContext, id: string, registrationId: string, attended: boolean | null) {
      const event = await mine(ctx, id)
      const repo = eventsRepository(ctx.tx)
      const registration = await repo.registration(event.id, registrationId)
      if (!registration) throw notFound('Cette inscription')
      if (registration.state !== 'inscrit')
        throw invalid('attended', 'seules les personnes qui ont une place sont notées présentes ou absentes.')
      const updated = await repo.updateRegistration(registrationId, {
        attended,
        attendanceMarkedAt: attended === null ? null : deps.clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'event_registration',
        entityId: registrationId,
        before: { attended: registration.attended },
        after: { attended },
      })
      return presentRegistration(updated, waitingPositions([]))
    },

    async cancelRegistration(ctx: RequestContext, id: string, registrationId: string) {
      const event = await mine(ctx, id)
      const repo = eventsRepository(ctx.tx)
      const registration = await repo.registration(event.id, registrationId)
      if (!registration) throw notFound('Cette inscription')
      const done = await cancelAndPromote(repo, event, registration, deps, ctx.audit)
      return full(ctx, done.event)
    },

    async exportXlsx(ctx: RequestContext, id: string) {
      const event = await mine(ctx, id)
      const repo = eventsRepository(ctx.tx)
      const registrations = await repo.registrationsOf(event.id)
      await ctx.audit({ action: 'export', entityType: 'event_registration', entityId: event.id })
      const bytes = await registrationsXlsx(event, registrations, deps.clock())
      return { bytes, name: `Inscriptions — ${event.title}.xlsx` }
    },
  }
}

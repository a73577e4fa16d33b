/**
 * What the public reads: published events (platform-wide listing, one event), and for a signed-in
 * candidate, their registrations. Events are not personal data; registrations are, and are audited.
 */
import { notFound } from '../../../../shared/errors'
import { addDays } from '../../../../shared/dates'
import { parisLocalToInstant, departementOf } from '../../../../shared/modules/metiers/events-dates'
import type {
  EventSearchQuery,
  EventSearchView,
  MyEventsView,
  PublicEventView,
  RegistrationPrefillView,
} from '../../../../shared/modules/metiers/events.contract'
import type { RequestContext } from '../../../http/context'
import type { MetiersDeps } from '../metiers.deps'
import { unaccentLower } from '../offer-slug'
import { presentPublic, presentSummary } from './events.presenter'
import { eventsRepository, type EventRow } from './events.repository'
import { jobsOf, managePathOf } from './registrations.service'

const EARTH_KM = 6371
const rad = (d: number) => (d * Math.PI) / 180

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Search words: no accents, no capitals, nothing shorter than 2 letters. */
export const searchWords = (q: string | undefined) =>
  unaccentLower(q ?? '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2)

export function eventsPublicService(deps: MetiersDeps) {
  return {
    async search(ctx: RequestContext, query: EventSearchQuery): Promise<EventSearchView> {
      const repo = eventsRepository(ctx.tx)
      const now = deps.clock()
      const from = query.from ? parisLocalToInstant(`${query.from}T00:00`) : now
      const to = query.to ? parisLocalToInstant(`${addDays(query.to, 1)}T00:00`) : undefined
      const jobId = query.job ? await repo.ficheIdBySlug(query.job) : undefined
      if (query.job && !jobId) return { events: [], departements: [] }
      const found = await repo.published({
        kind: query.kind,
        jobId,
        departement: query.departement,
        words: searchWords(query.q),
        from: query.replays ? now : from > now ? from : now,
        to,
        replays: query.replays === '1',
      })
      const point =
        query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null
      const radius = query.km ?? 30
      const withDistance = found.flatMap((event): { event: EventRow; km: number | null }[] => {
        if (!point || event.online) return [{ event, km: null }]
        if (event.latitude === null || event.longitude === null) return []
        const km = distanceKm(point, { lat: event.latitude, lon: event.longitude })
        return km <= radius ? [{ event, km: Math.round(km * 10) / 10 }] : []
      })
      const names = await repo.organisationNames(withDistance.map((e) => e.event.organisationId))
      const jobs = await jobsOf(
        repo,
        withDistance.map((e) => e.event),
      )
      const departements = [
        ...new Set((await repo.comingDepartements(now)).map(departementOf).filter((d): d is string => !!d)),
      ].sort()
      return {
        events: withDistance.map(({ event, km }) =>
          presentSummary(event, {
            now,
            organiserName: names.get(event.organisationId) ?? '',
            jobs,
            distanceKm: km,
          }),
        ),
        departements,
      }
    },

    async event(ctx: RequestContext, slug: string): Promise<PublicEventView> {
      const repo = eventsRepository(ctx.tx)
      const event = await repo.publishedBySlug(slug)
      if (!event) throw notFound('Cet événement')
      const names = await repo.organisationNames([event.organisationId])
      return presentPublic(event, {
        now: deps.clock(),
        organiserName: names.get(event.organisationId) ?? '',
        jobs: await jobsOf(repo, [event]),
      })
    },

    /** The signed-in candidate's name and address, and their registration to this event if any. */
    async prefill(ctx: RequestContext, slug: string): Promise<RegistrationPrefillView> {
      const repo = eventsRepository(ctx.tx)
      const event = await repo.publishedBySlug(slug)
      if (!event) throw notFound('Cet événement')
      const actor = ctx.actor!
      const profile = await repo.candidateProfile(actor.accountId)
      const mine = (await repo.ofAccount(actor.accountId)).find(
        (r) => r.event.id === event.id && r.registration.state !== 'annule',
      )
      await ctx.audit({ action: 'read', entityType: 'candidate_profile', entityId: actor.accountId })
      const [first = '', ...rest] = actor.displayName.split(' ')
      return {
        firstName: profile?.firstName || first,
        lastName: profile?.lastName || rest.join(' '),
        email: actor.email,
        managePath: mine ? managePathOf(deps.secrets, event.slug, mine.registration.id) : null,
      }
    },

    async myEvents(ctx: RequestContext): Promise<MyEventsView> {
      const repo = eventsRepository(ctx.tx)
      const accountId = ctx.actor!.accountId
      const mine = await repo.ofAccount(accountId)
      const now = deps.clock()
      const names = await repo.organisationNames(mine.map((m) => m.event.organisationId))
      const jobs = await jobsOf(
        repo,
        mine.map((m) => m.event),
      )
      await ctx.audit({ action: 'read', entityType: 'event_registration', entityId: null })
      return {
        registrations: mine.map(({ registration, event }) => ({
          id: registration.id,
          state: registration.state as MyEventsView['registrations'][number]['state'],
          event: presentSummary(event, { now, organiserName: names.get(event.organisationId) ?? '', jobs }),
          managePath: managePathOf(deps.secrets, event.slug, registration.id),
        })),
      }
    },
  }
}

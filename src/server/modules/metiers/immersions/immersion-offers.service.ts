import { conflict, invalid, notFound } from '../../../../shared/errors'
import { addDays, parisDate } from '../../../../shared/dates'
import { fullPeriods, peakOccupancy } from '../../../../shared/modules/metiers/immersions-capacity'
import type {
  ImmersionOfferView,
  PublicImmersionView,
  PublicImmersionsView,
  immersionOfferBody,
  immersionOfferPatch,
  publicImmersionsQuery,
} from '../../../../shared/modules/metiers/immersions.contract'
import type { z } from 'zod'
import type { RequestContext } from '../../../http/context'
import { locateWorkplace } from '../offer-location'
import type { MetiersDeps } from '../metiers.deps'
import { resolveSearchPlace } from '../search.place'
import { distanceKm } from './distance'
import { presentOffer, presentPublicCard } from './immersions.presenter'
import { immersionsRepository, type ImmersionOfferRow } from './immersions.repository'

type OfferInput = z.output<typeof immersionOfferBody>
type OfferPatch = z.output<typeof immersionOfferPatch>
type ListQuery = z.output<typeof publicImmersionsQuery>

const PAGE_SIZE = 20

/** Employers' immersion offers, and the portal's reading of the published ones. */
export function immersionOffersService(deps: MetiersDeps) {
  const today = () => parisDate(deps.clock())

  async function view(ctx: RequestContext, offer: ImmersionOfferRow, warning: string | null = null) {
    const repo = immersionsRepository(ctx.tx)
    const [job] = await repo.jobs([offer.jobId])
    const [counts] = await repo.offerCounts([offer.id])
    return presentOffer(offer, job, counts, warning)
  }

  async function ownOffer(ctx: RequestContext, id: string, lock = false) {
    const offer = await immersionsRepository(ctx.tx).ownOffer(id, lock)
    if (!offer) throw notFound('Cette offre d’immersion')
    return offer
  }

  async function checkJob(ctx: RequestContext, jobId: string) {
    const [job] = await immersionsRepository(ctx.tx).jobs([jobId])
    if (!job) throw invalid('jobId', 'Ce métier est introuvable.')
  }

  return {
    async list(ctx: RequestContext): Promise<ImmersionOfferView[]> {
      const repo = immersionsRepository(ctx.tx)
      const offers = await repo.ownOffers()
      const jobs = new Map((await repo.jobs(offers.map((o) => o.jobId))).map((j) => [j.id, j]))
      const counts = new Map((await repo.offerCounts(offers.map((o) => o.id))).map((c) => [c.offerId, c]))
      return offers.map((o) => presentOffer(o, jobs.get(o.jobId), counts.get(o.id)))
    },

    async get(ctx: RequestContext, id: string) {
      return view(ctx, await ownOffer(ctx, id))
    },

    async create(ctx: RequestContext, input: OfferInput): Promise<ImmersionOfferView> {
      await checkJob(ctx, input.jobId)
      if (input.availableTo < today())
        throw invalid('availableTo', 'La fin des disponibilités est déjà passée.')
      const place = await locateWorkplace(deps.geocoder, ctx, input)
      const now = deps.clock()
      const created = await immersionsRepository(ctx.tx).insertOffer({
        ...input,
        organisationId: ctx.actor!.organisationId!,
        postcode: place.postcode,
        commune: place.commune,
        communeInsee: place.communeInsee,
        latitude: place.latitude,
        longitude: place.longitude,
        createdBy: ctx.actor!.accountId,
        createdAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'immersion_offer',
        entityId: created.id,
        after: { ...input },
      })
      return view(ctx, created, place.warning)
    },

    async update(ctx: RequestContext, id: string, patch: OfferPatch): Promise<ImmersionOfferView> {
      const repo = immersionsRepository(ctx.tx)
      const offer = await ownOffer(ctx, id, true)
      if (patch.jobId) await checkJob(ctx, patch.jobId)
      const next = { ...offer, ...patch }
      if (next.availableFrom > next.availableTo)
        throw invalid('availableTo', 'La fin des disponibilités doit suivre leur début.')
      const accepted = await repo.acceptedPeriods(id)
      if (patch.capacity !== undefined && peakOccupancy(accepted) > patch.capacity)
        throw conflict(
          `Capacité : ${peakOccupancy(accepted)} personnes sont déjà acceptées sur les mêmes jours.`,
          'capacity',
        )
      if (accepted.some((p) => p.startDate < next.availableFrom || p.endDate > next.availableTo))
        throw conflict(
          'Dates : des personnes sont déjà acceptées en dehors de ces disponibilités.',
          patch.availableFrom !== undefined ? 'availableFrom' : 'availableTo',
        )
      let warning: string | null = null
      const moved = ['address', 'postcode', 'commune'].some((k) => k in patch)
      const located = moved
        ? await locateWorkplace(deps.geocoder, ctx, {
            address: next.address,
            postcode: next.postcode,
            commune: next.commune,
          })
        : null
      if (located) warning = located.warning
      const updated = await repo.updateOffer(id, {
        ...patch,
        ...(located
          ? {
              postcode: located.postcode,
              commune: located.commune,
              communeInsee: located.communeInsee,
              latitude: located.latitude,
              longitude: located.longitude,
            }
          : {}),
        updatedAt: deps.clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_offer',
        entityId: id,
        before: { ...offer },
        after: { ...updated },
      })
      return view(ctx, updated, warning)
    },

    async publish(ctx: RequestContext, id: string, published: boolean): Promise<ImmersionOfferView> {
      const offer = await ownOffer(ctx, id)
      if (published && offer.availableTo < today())
        throw conflict(
          'Les disponibilités de cette offre sont passées : changez ses dates avant de la publier.',
          'availableTo',
        )
      const now = deps.clock()
      const updated = await immersionsRepository(ctx.tx).updateOffer(id, {
        published,
        publishedAt: published ? (offer.publishedAt ?? now) : offer.publishedAt,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_offer',
        entityId: id,
        before: { published: offer.published },
        after: { published },
      })
      return view(ctx, updated)
    },

    async publicList(ctx: RequestContext, query: ListQuery): Promise<PublicImmersionsView> {
      const repo = immersionsRepository(ctx.tx)
      const job = query.metier ? await repo.jobBySlug(query.metier) : undefined
      if (query.metier && !job) throw invalid('metier', 'Ce métier est introuvable.')
      const lieu = query.lieu?.trim()
      const place = lieu ? await resolveSearchPlace(deps.geocoder, ctx.tx, lieu) : null
      const all = await repo.openOffers(today(), null)
      const jobs = new Map((await repo.jobs(all.map((o) => o.jobId))).map((j) => [j.id, j]))
      const withDistance = all
        .filter((o) => !job || o.jobId === job.id)
        .map((o) => ({
          offer: o,
          distance:
            place && o.latitude !== null && o.longitude !== null
              ? distanceKm(place, { latitude: o.latitude, longitude: o.longitude })
              : null,
        }))
        .filter((o) => !place || (o.distance !== null && o.distance <= query.rayon))
      if (place) withDistance.sort((a, b) => a.distance! - b.distance!)
      const start = (query.page - 1) * PAGE_SIZE
      return {
        items: withDistance
          .slice(start, start + PAGE_SIZE)
          .map(({ offer, distance }) =>
            presentPublicCard(offer, jobs.get(offer.jobId), offer.employerName, distance),
          ),
        total: withDistance.length,
        page: query.page,
        pageSize: PAGE_SIZE,
        place: place
          ? {
              name: place.name,
              postcode: place.postcode,
              latitude: place.latitude,
              longitude: place.longitude,
            }
          : null,
        radiusKm: query.rayon,
        jobs: [...jobs.values()]
          .map((j) => ({ title: j.title, slug: j.slug }))
          .sort((a, b) => a.title.localeCompare(b.title, 'fr')),
      }
    },

    /** Runs in the host's tenant: the days already full are counted from its accepted requests (dates only). */
    async publicOffer(ctx: RequestContext, id: string): Promise<PublicImmersionView> {
      const repo = immersionsRepository(ctx.tx)
      const offer = await repo.publishedOffer(id)
      if (!offer || offer.availableTo < today()) throw notFound('Cette immersion')
      const [job] = await repo.jobs([offer.jobId])
      const employer = await repo.organisation(offer.organisationId)
      const tomorrow = addDays(today(), 1)
      return {
        ...presentPublicCard(offer, job, employer?.name ?? '', null),
        activities: offer.activities,
        conditions: offer.conditions,
        schedule: offer.schedule,
        maxDays: offer.maxDays,
        tutorJob: offer.tutorJob,
        address: offer.address,
        fullPeriods: fullPeriods(await repo.acceptedPeriods(id), offer.capacity),
        firstDay: offer.availableFrom > tomorrow ? offer.availableFrom : tomorrow,
      }
    },
  }
}

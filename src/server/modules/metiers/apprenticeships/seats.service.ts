import { invalid, notFound } from '../../../../shared/errors'
import type {
  EmployerSeatDetailView,
  EmployerSeatsView,
  EmployerSeatView,
} from '../../../../shared/modules/metiers/apprenticeships.contract'
import {
  currentMonth,
  monthIndex,
  seatTransitions,
  type SeatState,
} from '../../../../shared/modules/metiers/apprenticeships-rules'
import { z } from 'zod'
import type { seatBody } from '../../../../shared/modules/metiers/apprenticeships.contract'
import type { RequestContext } from '../../../http/context'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { locateWorkplace } from '../offer-location'
import {
  presentAnonymousRequest,
  presentContactSummary,
  presentEmployerSeat,
  referencesFor,
} from './apprenticeships.presenter'
import { apprenticeshipsRepository, type SeatRow } from './apprenticeships.repository'
import { refreshSeatMatches } from './matching'
import { TOP } from './matcher'

export interface ApprenticeshipsDeps {
  clock: () => Date
  geocoder: Geocoder
}

type SeatInput = z.output<typeof seatBody>

/** What the audit log keeps of a seat (the tutor's name is masked by the writer's rule on writes). */
const audited = (row: SeatRow) => ({
  jobId: row.jobId,
  title: row.title,
  commune: row.commune,
  startMonth: row.startMonth,
  durationMonths: row.durationMonths,
  diploma: row.diploma,
  trainingCentreIds: row.trainingCentreIds,
  tutorName: row.tutorName,
  tutorJob: row.tutorJob,
  seats: row.seats,
  state: row.state,
})

const organisationOf = (ctx: RequestContext) => {
  const organisationId = ctx.actor?.organisationId
  if (!organisationId) throw notFound('Cette place')
  return organisationId
}

/** The employer's side: seats, their best requests (without identity) and their contacts. */
export function seatsService(deps: ApprenticeshipsDeps) {
  async function checkInput(ctx: RequestContext, input: SeatInput) {
    const repo = apprenticeshipsRepository(ctx.tx)
    const [job] = await repo.jobs([input.jobId])
    if (!job) throw invalid('jobId', 'Fiche métier inconnue : choisissez un métier de la liste.')
    const centres = await repo.centres(input.trainingCentreIds)
    if (centres.length !== input.trainingCentreIds.length)
      throw invalid('trainingCentreIds', 'Centre de formation inconnu : choisissez dans la liste.')
    if (monthIndex(input.startMonth) < monthIndex(currentMonth(deps.clock())))
      throw invalid('startMonth', 'Ce mois est passé : choisissez le mois de début à venir.')
    const location = await locateWorkplace(deps.geocoder, ctx, input)
    return { job, location }
  }

  async function detail(
    ctx: RequestContext,
    row: SeatRow,
    warning: string | null = null,
  ): Promise<EmployerSeatDetailView> {
    const repo = apprenticeshipsRepository(ctx.tx)
    const matches = await repo.matchesOfSeat(row.id, TOP)
    const contacts = await repo.contactsOfSeats([row.id])
    const requests = await repo.requestsByIds([
      ...matches.map((m) => m.requestId),
      ...contacts.map((c) => c.requestId),
    ])
    const byId = new Map(requests.map((r) => [r.id, r]))
    const refs = await referencesFor(ctx.tx, [row], requests)
    const contactOf = new Map(contacts.map((c) => [c.requestId, c]))
    for (const request of requests)
      await ctx.audit({ action: 'read', entityType: 'apprenticeship_request', entityId: request.id })
    const names = new Map<string, string | null>()
    for (const contact of contacts) {
      const identity = await repo.contactIdentity(contact.id)
      names.set(
        contact.id,
        identity ? `${identity.firstName} ${identity.lastName}`.trim() || identity.email : null,
      )
    }
    return {
      seat: presentEmployerSeat(row, refs, warning),
      matches: matches.flatMap((m) => {
        const request = byId.get(m.requestId)
        if (!request) return []
        const contact = contactOf.get(m.requestId)
        return [
          {
            score: m.score,
            distanceKm: m.distanceKm,
            reasons: m.reasons,
            request: presentAnonymousRequest(request, refs),
            contact: contact ? presentContactSummary(contact) : null,
          },
        ]
      }),
      contacts: contacts.flatMap((c) => {
        const request = byId.get(c.requestId)
        if (!request) return []
        return [
          {
            ...presentContactSummary(c),
            request: presentAnonymousRequest(request, refs),
            candidateName: names.get(c.id) ?? null,
          },
        ]
      }),
    }
  }

  async function own(ctx: RequestContext, id: string) {
    organisationOf(ctx)
    const row = await apprenticeshipsRepository(ctx.tx).ownSeat(id)
    if (!row) throw notFound('Cette place')
    return row
  }

  return {
    async list(ctx: RequestContext): Promise<EmployerSeatsView> {
      organisationOf(ctx)
      const repo = apprenticeshipsRepository(ctx.tx)
      const rows = await repo.ownSeats()
      const refs = await referencesFor(ctx.tx, rows)
      const matches = await repo.matchCounts()
      const waiting = await repo.waitingCounts()
      return rows.map((row) => ({
        ...presentEmployerSeat(row, refs),
        matches: matches.get(row.id) ?? 0,
        waiting: waiting.get(row.id) ?? 0,
      }))
    },

    async create(ctx: RequestContext, input: SeatInput): Promise<EmployerSeatView> {
      const organisationId = organisationOf(ctx)
      const { job, location } = await checkInput(ctx, input)
      const now = deps.clock()
      const row = await apprenticeshipsRepository(ctx.tx).insertSeat({
        organisationId,
        jobId: job.id,
        codeRome: job.codeRome,
        title: input.title,
        description: input.description,
        address: input.address,
        postcode: location.postcode,
        commune: location.commune,
        communeInsee: location.communeInsee,
        latitude: location.latitude,
        longitude: location.longitude,
        startMonth: input.startMonth,
        durationMonths: input.durationMonths,
        diploma: input.diploma,
        trainingCentreIds: input.trainingCentreIds,
        tutorName: input.tutorName,
        tutorJob: input.tutorJob,
        seats: input.seats,
        state: 'brouillon',
        createdBy: ctx.actor?.accountId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'apprenticeship_seat',
        entityId: row.id,
        after: audited(row),
      })
      return presentEmployerSeat(row, await referencesFor(ctx.tx, [row]), location.warning)
    },

    async detail(ctx: RequestContext, id: string): Promise<EmployerSeatDetailView> {
      return detail(ctx, await own(ctx, id))
    },

    async update(ctx: RequestContext, id: string, input: SeatInput): Promise<EmployerSeatDetailView> {
      const before = await own(ctx, id)
      const { job, location } = await checkInput(ctx, input)
      const now = deps.clock()
      const row = await apprenticeshipsRepository(ctx.tx).updateSeat(id, {
        jobId: job.id,
        codeRome: job.codeRome,
        title: input.title,
        description: input.description,
        address: input.address,
        postcode: location.postcode,
        commune: location.commune,
        communeInsee: location.communeInsee,
        latitude: location.latitude,
        longitude: location.longitude,
        startMonth: input.startMonth,
        durationMonths: input.durationMonths,
        diploma: input.diploma,
        trainingCentreIds: input.trainingCentreIds,
        tutorName: input.tutorName,
        tutorJob: input.tutorJob,
        seats: input.seats,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'apprenticeship_seat',
        entityId: id,
        before: audited(before),
        after: audited(row),
      })
      await refreshSeatMatches(ctx.tx, row, now)
      return detail(ctx, row, location.warning)
    },

    async changeState(ctx: RequestContext, id: string, state: SeatState): Promise<EmployerSeatDetailView> {
      const before = await own(ctx, id)
      const from = before.state as SeatState
      if (from !== state && !seatTransitions[from].includes(state))
        throw invalid('state', `Une place « ${from} » ne peut pas passer à « ${state} ».`)
      if (state === 'publiee' && (before.latitude === null || before.longitude === null))
        throw invalid(
          'address',
          'Le lieu de la place est introuvable : corrigez l’adresse ou la commune avant de publier.',
        )
      const now = deps.clock()
      const row = await apprenticeshipsRepository(ctx.tx).updateSeat(id, {
        state,
        updatedAt: now,
        ...(state === 'publiee' && !before.publishedAt ? { publishedAt: now } : {}),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'apprenticeship_seat',
        entityId: id,
        before: { state: from },
        after: { state },
      })
      await refreshSeatMatches(ctx.tx, row, now)
      return detail(ctx, row)
    },
  }
}

import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import { DomainError, invalid, notFound } from '../../../../shared/errors'
import type {
  CandidateSpaceView,
  requestBody,
} from '../../../../shared/modules/metiers/apprenticeships.contract'
import {
  currentMonth,
  monthIndex,
  type RequestState,
} from '../../../../shared/modules/metiers/apprenticeships-rules'
import type { Actor, RequestContext } from '../../../http/context'
import { candidateProfiles } from '../candidates.table'
import { locateWorkplace } from '../offer-location'
import {
  presentContactSummary,
  presentMyRequest,
  presentPublicSeat,
  referencesFor,
} from './apprenticeships.presenter'
import { apprenticeshipsRepository, type RequestRow } from './apprenticeships.repository'
import { refreshRequestMatches } from './matching'
import { TOP } from './matcher'
import type { ApprenticeshipsDeps } from './seats.service'

type RequestInput = z.output<typeof requestBody>

const signedIn = (actor: Actor | null): Actor => {
  if (!actor) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return actor
}

/** What the audit log keeps of a request: the fields that changed, never their values (masked). */
const audited = (row: RequestRow | undefined) =>
  row
    ? {
        jobIds: row.jobIds,
        commune: row.commune,
        postcode: row.postcode,
        mobilityKm: row.mobilityKm,
        mobilityMinutes: row.mobilityMinutes,
        travelMode: row.travelMode,
        startMonth: row.startMonth,
        trainingCentreId: row.trainingCentreId,
        presentation: row.presentation,
        state: row.state,
      }
    : null

/** The candidate's side: their request, the seats that fit it, their contacts. */
export function requestsService(deps: ApprenticeshipsDeps) {
  async function space(
    ctx: RequestContext,
    actor: Actor,
    warning: string | null = null,
  ): Promise<CandidateSpaceView> {
    const repo = apprenticeshipsRepository(ctx.tx)
    const request = await repo.ownRequest(actor.accountId)
    await ctx.audit({
      action: 'read',
      entityType: 'apprenticeship_request',
      entityId: request?.id ?? null,
      organisationId: null,
    })
    if (!request) return { request: null, matches: [], contacts: [] }
    const matches = request.state === 'active' ? await repo.matchesOfRequest(request.id, TOP) : []
    const contacts = await repo.contactsOfCandidate(actor.accountId)
    const seats = await repo.seatsByIds([...matches.map((m) => m.seatId), ...contacts.map((c) => c.seatId)])
    const seatById = new Map(seats.map((s) => [s.id, s]))
    const refs = await referencesFor(ctx.tx, seats, [request])
    const contactOf = new Map(contacts.map((c) => [c.seatId, c]))
    const from =
      request.latitude !== null && request.longitude !== null
        ? { latitude: request.latitude, longitude: request.longitude }
        : null
    return {
      request: presentMyRequest(request, refs, warning),
      matches: matches.flatMap((m) => {
        const seat = seatById.get(m.seatId)
        if (!seat) return []
        const contact = contactOf.get(m.seatId)
        return [
          {
            score: m.score,
            distanceKm: m.distanceKm,
            reasons: m.reasons,
            seat: presentPublicSeat(seat, refs, from),
            contact: contact ? presentContactSummary(contact) : null,
          },
        ]
      }),
      contacts: contacts.flatMap((c) => {
        const seat = seatById.get(c.seatId)
        return seat ? [{ ...presentContactSummary(c), seat: presentPublicSeat(seat, refs, from) }] : []
      }),
    }
  }

  /** The first name's initial, from the candidate's profile (or the account's name). */
  async function initialOf(ctx: RequestContext, actor: Actor) {
    const [profile] = await ctx.tx
      .select({ firstName: candidateProfiles.firstName })
      .from(candidateProfiles)
      .where(eq(candidateProfiles.accountId, actor.accountId))
    const name = (profile?.firstName || actor.displayName || '').trim()
    return name ? `${name.charAt(0).toLocaleUpperCase('fr')}.` : ''
  }

  return {
    async space(ctx: RequestContext): Promise<CandidateSpaceView> {
      return space(ctx, signedIn(ctx.actor))
    },

    async save(ctx: RequestContext, input: RequestInput): Promise<CandidateSpaceView> {
      const actor = signedIn(ctx.actor)
      const repo = apprenticeshipsRepository(ctx.tx)
      const jobs = await repo.jobs(input.jobIds)
      if (jobs.length !== input.jobIds.length)
        throw invalid('jobIds', 'Métier inconnu : choisissez dans la liste des métiers.')
      if (input.trainingCentreId && !(await repo.centres([input.trainingCentreId])).length)
        throw invalid('trainingCentreId', 'Centre de formation inconnu : choisissez dans la liste.')
      if (monthIndex(input.startMonth) < monthIndex(currentMonth(deps.clock())))
        throw invalid('startMonth', 'Ce mois est passé : choisissez un mois de début à venir.')
      const location = await locateWorkplace(deps.geocoder, ctx, { address: '', ...input })
      if (location.latitude === null || location.longitude === null)
        throw invalid('commune', 'Commune introuvable : vérifiez son nom et son code postal.')
      const codeRomes = input.jobIds.map((id) => jobs.find((j) => j.id === id)!.codeRome)
      const before = await repo.ownRequest(actor.accountId)
      const now = deps.clock()
      const row = await repo.upsertRequest({
        candidateAccountId: actor.accountId,
        initial: await initialOf(ctx, actor),
        jobIds: input.jobIds,
        codeRomes,
        postcode: location.postcode,
        commune: location.commune,
        communeInsee: location.communeInsee,
        latitude: location.latitude,
        longitude: location.longitude,
        mobilityKm: input.mobilityKm,
        mobilityMinutes: input.mobilityMinutes,
        travelMode: input.mobilityMinutes === null ? null : input.travelMode,
        startMonth: input.startMonth,
        trainingCentreId: input.trainingCentreId,
        presentation: input.presentation,
        state: 'active',
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: before ? 'update' : 'create',
        entityType: 'apprenticeship_request',
        entityId: row.id,
        before: audited(before),
        after: audited(row),
        masked: true,
        organisationId: null,
      })
      await refreshRequestMatches(ctx.tx, row, now)
      return space(ctx, actor, location.warning)
    },

    async changeState(ctx: RequestContext, state: RequestState): Promise<CandidateSpaceView> {
      const actor = signedIn(ctx.actor)
      const repo = apprenticeshipsRepository(ctx.tx)
      const before = await repo.ownRequest(actor.accountId)
      if (!before) throw notFound('Votre demande')
      const now = deps.clock()
      const row = await repo.updateRequest(before.id, {
        state,
        updatedAt: now,
        closedAt: state === 'close' ? now : null,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'apprenticeship_request',
        entityId: row.id,
        before: { state: before.state },
        after: { state },
        organisationId: null,
      })
      await refreshRequestMatches(ctx.tx, row, now)
      return space(ctx, actor)
    },
  }
}

import type { z } from 'zod'
import { conflict, DomainError, invalid, notFound } from '../../../../shared/errors'
import { addDays, parisDate } from '../../../../shared/dates'
import {
  fitsCapacity,
  periodDays,
  periodsOverlap,
} from '../../../../shared/modules/metiers/immersions-capacity'
import { missingConventionFields } from '../../../../shared/modules/metiers/immersions-convention'
import type {
  ImmersionRequestCard,
  ImmersionRequestDetail,
  MyImmersionView,
  conventionBody,
  immersionRequestBody,
  outcomeBody,
} from '../../../../shared/modules/metiers/immersions.contract'
import { immersionHostRoles } from '../../../../shared/modules/metiers/immersions.contract'
import type {
  ImmersionObjective,
  ImmersionOutcome,
} from '../../../../shared/modules/metiers/immersions.constants'
import type { Actor, RequestContext } from '../../../http/context'
import { applicationsRepository } from '../applications.repository'
import type { MetiersDeps } from '../metiers.deps'
import { conventionPdf } from './convention.pdf'
import {
  acceptedToCandidate,
  cancelledToHost,
  refusedToCandidate,
  requestReceivedToHost,
  requestSentToCandidate,
} from './immersions.mails'
import { presentCard, presentConvention, presentMine } from './immersions.presenter'
import { immersionsRepository, type ImmersionRequestRow } from './immersions.repository'

type RequestInput = z.output<typeof immersionRequestBody>
type ConventionInput = z.output<typeof conventionBody>
type OutcomeInput = z.output<typeof outcomeBody>
export type HostCtx = RequestContext & { organisationId: string }

const signedIn = (actor: Actor | null): Actor => {
  if (!actor) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return actor
}

/** What the audit log keeps of a request (masked entries name the fields that changed, never their values). */
const audited = (r: ImmersionRequestRow) => ({ ...r })

/** A candidate's request with whether its convention can be downloaded. */
function mineRow(
  r: Awaited<ReturnType<ReturnType<typeof immersionsRepository>['candidateRequests']>>[number],
) {
  const ready =
    (r.request.state === 'acceptee' || r.request.state === 'realisee') &&
    r.convention !== null &&
    missingConventionFields(r.convention).length === 0
  return { ...r, conventionReady: ready }
}

/** Requests for immersions: the candidate's side and the host's (acceptance, convention, outcome). */
export function immersionRequestsService(deps: MetiersDeps) {
  const today = () => parisDate(deps.clock())

  async function hostEmails(ctx: RequestContext) {
    return applicationsRepository(ctx.tx).recruiterEmails(immersionHostRoles)
  }

  async function load(ctx: RequestContext, id: string) {
    const repo = immersionsRepository(ctx.tx)
    const request = await repo.ownRequest(id)
    if (!request) throw notFound('Cette demande d’immersion')
    const offer = await repo.ownOffer(request.offerId)
    if (!offer) throw notFound('Cette demande d’immersion')
    return { repo, request, offer }
  }

  async function detail(ctx: RequestContext, id: string): Promise<ImmersionRequestDetail> {
    const { repo, request, offer } = await load(ctx, id)
    const [job] = await repo.jobs([request.jobId])
    const convention = await repo.convention(id)
    const others = (await repo.acceptedPeriods(offer.id, id)).filter((p) => periodsOverlap(p, request))
    const day = today()
    return {
      ...presentCard(request, offer.title, day),
      email: request.email,
      phone: request.phone,
      objective: request.objective as ImmersionObjective,
      message: request.message,
      refusalReason: request.refusalReason,
      decidedAt: request.decidedAt?.toISOString() ?? null,
      outcome: request.outcome as ImmersionOutcome | null,
      assessment: request.assessment,
      outcomeRecordedAt: request.outcomeRecordedAt?.toISOString() ?? null,
      offer: { id: offer.id, title: offer.title, capacity: offer.capacity, commune: offer.commune },
      job: job ?? { id: request.jobId, title: '', slug: '' },
      withAccount: request.candidateAccountId !== null,
      convention: convention ? presentConvention(convention) : null,
      conventionMissing: convention ? missingConventionFields(convention) : [],
      sharingDays: others.length,
      canDecide: request.state === 'demandee',
      canRecordOutcome:
        (request.state === 'acceptee' || request.state === 'realisee') && request.endDate <= day,
    }
  }

  /** The convention's PDF, once complete; read by the host or by the person it names. */
  async function pdfOf(ctx: RequestContext, request: ImmersionRequestRow) {
    const repo = immersionsRepository(ctx.tx)
    if (request.state !== 'acceptee' && request.state !== 'realisee')
      throw notFound('La convention de cette immersion')
    const convention = await repo.convention(request.id)
    if (!convention) throw notFound('La convention de cette immersion')
    const missing = missingConventionFields(convention)
    if (missing.length > 0)
      throw new DomainError(
        'validation',
        `La convention est incomplète : ${missing.map((m) => m.message.split(' :')[0]).join(', ')}.`,
        missing,
      )
    const [job] = await repo.jobs([request.jobId])
    const employer = await repo.organisation(request.organisationId)
    const bytes = await conventionPdf({
      request,
      convention,
      jobTitle: job?.title ?? '',
      logoDataUrl: employer?.logoDataUrl ?? null,
    })
    await ctx.audit({ action: 'read', entityType: 'immersion_convention', entityId: request.id })
    return { bytes, fileName: `convention-immersion-${request.startDate}.pdf` }
  }

  return {
    // ------------------------------------------------------------ hosts

    async list(
      ctx: RequestContext,
      filter: { state?: string; offerId?: string },
    ): Promise<ImmersionRequestCard[]> {
      const found = await immersionsRepository(ctx.tx).ownRequests(filter)
      await ctx.audit({ action: 'read', entityType: 'immersion_requests', entityId: filter.offerId ?? null })
      const day = today()
      return found.map((r) => presentCard(r.request, r.offerTitle, day))
    },

    async get(ctx: RequestContext, id: string) {
      const view = await detail(ctx, id)
      await ctx.audit({ action: 'read', entityType: 'immersion_request', entityId: id })
      return view
    },

    async accept(ctx: RequestContext, id: string) {
      const { repo, request } = await load(ctx, id)
      if (request.state !== 'demandee') throw conflict('Cette demande a déjà reçu une réponse.')
      if (request.startDate <= today())
        throw conflict('Le premier jour demandé est passé : refusez la demande en proposant d’autres dates.')
      // The offer is locked: two acceptances at once cannot both take the last place.
      const offer = (await repo.ownOffer(request.offerId, true))!
      const accepted = await repo.acceptedPeriods(offer.id)
      if (!fitsCapacity(accepted, request, offer.capacity))
        throw conflict(
          `Capacité atteinte : ${offer.capacity} ${offer.capacity > 1 ? 'personnes sont' : 'personne est'} déjà accueillie${offer.capacity > 1 ? 's' : ''} sur au moins un de ces jours.`,
        )
      const now = deps.clock()
      const updated = await repo.updateRequest(id, {
        state: 'acceptee',
        decidedAt: now,
        decidedBy: ctx.actor!.accountId,
        updatedAt: now,
      })
      const employer = await repo.organisation(request.organisationId)
      await repo.insertConvention({
        organisationId: request.organisationId,
        requestId: id,
        hostName: employer?.name ?? '',
        hostSiret: employer?.siret ?? '',
        hostAddress: [offer.address, `${offer.postcode} ${offer.commune}`].filter((s) => s.trim()).join(', '),
        tutorName: offer.tutorName,
        tutorJob: offer.tutorJob,
        objective: request.objective,
        startDate: request.startDate,
        endDate: request.endDate,
        dailyHours: offer.schedule,
        activities: offer.activities,
        signaturePlace: offer.commune,
        updatedBy: ctx.actor!.accountId,
        createdAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_request',
        entityId: id,
        before: { state: request.state },
        after: { state: updated.state },
      })
      await deps.mailer.send(
        acceptedToCandidate(
          deps.publicUrl,
          request.email,
          offer,
          employer?.name ?? '',
          request.startDate,
          request.endDate,
        ),
      )
      return detail(ctx, id)
    },

    async refuse(ctx: RequestContext, id: string, reason: string) {
      const { repo, request, offer } = await load(ctx, id)
      if (request.state !== 'demandee') throw conflict('Cette demande a déjà reçu une réponse.')
      const now = deps.clock()
      await repo.updateRequest(id, {
        state: 'refusee',
        refusalReason: reason,
        decidedAt: now,
        decidedBy: ctx.actor!.accountId,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_request',
        entityId: id,
        before: { state: request.state },
        after: { state: 'refusee', refusalReason: reason },
        masked: true,
      })
      const employer = await repo.organisation(request.organisationId)
      await deps.mailer.send(
        refusedToCandidate(deps.publicUrl, request.email, offer, employer?.name ?? '', reason),
      )
      return detail(ctx, id)
    },

    async saveConvention(ctx: RequestContext, id: string, input: ConventionInput) {
      const { repo, request } = await load(ctx, id)
      if (request.state !== 'acceptee')
        throw conflict('La convention se complète une fois la demande acceptée, et avant le bilan.')
      const before = await repo.convention(id)
      if (!before) throw notFound('La convention de cette immersion')
      const after = await repo.updateConvention(id, {
        ...input,
        updatedBy: ctx.actor!.accountId,
        updatedAt: deps.clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_convention',
        entityId: id,
        before: { ...before },
        after: { ...after },
        masked: true,
      })
      return detail(ctx, id)
    },

    async hostPdf(ctx: RequestContext, id: string) {
      const { request } = await load(ctx, id)
      return pdfOf(ctx, request)
    },

    async recordOutcome(ctx: RequestContext, id: string, input: OutcomeInput) {
      const { repo, request } = await load(ctx, id)
      if (request.state !== 'acceptee' && request.state !== 'realisee')
        throw conflict('Seule une immersion acceptée reçoit un bilan.')
      if (input.state === 'realisee' && request.endDate > today())
        throw invalid(
          'state',
          `L’immersion se termine le ${request.endDate.split('-').reverse().join('/')} : son bilan vient après.`,
        )
      if (input.state === 'annulee' && request.state === 'realisee')
        throw conflict('Cette immersion a eu lieu : elle ne peut plus être annulée.', 'state')
      const now = deps.clock()
      const updated = await repo.updateRequest(id, {
        state: input.state,
        outcome: input.state === 'realisee' ? input.outcome : null,
        assessment: input.assessment,
        outcomeRecordedAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_request',
        entityId: id,
        before: audited(request),
        after: audited(updated),
        masked: true,
      })
      return detail(ctx, id)
    },

    // ------------------------------------------------------------ candidates

    /** In the host's tenant, found from the published offer. */
    async request(ctx: HostCtx, offerId: string, input: RequestInput): Promise<MyImmersionView> {
      const actor = signedIn(ctx.actor)
      const repo = immersionsRepository(ctx.tx)
      const offer = await repo.publishedOffer(offerId)
      const day = today()
      if (!offer || offer.availableTo < day) throw notFound('Cette immersion')
      const firstDay = addDays(day, 1)
      if (input.startDate < firstDay)
        throw invalid('startDate', 'Choisissez un premier jour à partir de demain.')
      if (input.startDate < offer.availableFrom || input.endDate > offer.availableTo)
        throw invalid(
          input.startDate < offer.availableFrom ? 'startDate' : 'endDate',
          `Choisissez des jours entre le ${offer.availableFrom.split('-').reverse().join('/')} et le ${offer.availableTo.split('-').reverse().join('/')}.`,
        )
      if (periodDays(input) > offer.maxDays)
        throw invalid('endDate', `Cette immersion dure ${offer.maxDays} jours au plus.`)
      if (await repo.openRequestOf(offerId, actor.accountId))
        throw conflict('Vous avez déjà une demande en cours pour cette immersion.')
      if (!fitsCapacity(await repo.acceptedPeriods(offerId), input, offer.capacity))
        throw conflict('Ces dates sont déjà complètes : choisissez d’autres jours.', 'startDate')
      const now = deps.clock()
      const created = await repo.insertRequest({
        organisationId: ctx.organisationId,
        offerId,
        jobId: offer.jobId,
        candidateAccountId: actor.accountId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: actor.email,
        phone: input.phone ?? null,
        objective: input.objective,
        message: input.message,
        startDate: input.startDate,
        endDate: input.endDate,
        createdAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'immersion_request',
        entityId: created.id,
        after: audited(created),
        masked: true,
      })
      const employer = await repo.organisation(ctx.organisationId)
      await deps.mailer.send(
        requestSentToCandidate(
          deps.publicUrl,
          actor.email,
          offer,
          employer?.name ?? '',
          input.startDate,
          input.endDate,
        ),
      )
      for (const to of await hostEmails(ctx))
        await deps.mailer.send(requestReceivedToHost(deps.publicUrl, to, offer, created.id))
      const [job] = await repo.jobs([offer.jobId])
      return presentMine(
        {
          request: created,
          offerTitle: offer.title,
          offerCommune: offer.commune,
          employerName: employer?.name ?? '',
          jobTitle: job?.title ?? null,
          jobSlug: job?.slug ?? null,
          conventionReady: false,
        },
        day,
      )
    },

    async mine(ctx: RequestContext): Promise<MyImmersionView[]> {
      const actor = signedIn(ctx.actor)
      const found = await immersionsRepository(ctx.tx).candidateRequests(actor.accountId)
      await ctx.audit({
        action: 'read',
        entityType: 'candidate_immersions',
        entityId: actor.accountId,
        organisationId: null,
      })
      const day = today()
      return found.map((r) => presentMine(mineRow(r), day))
    },

    /** In the host's tenant, found from the candidate's own request. */
    async cancelMine(ctx: HostCtx, id: string): Promise<MyImmersionView> {
      const actor = signedIn(ctx.actor)
      const repo = immersionsRepository(ctx.tx)
      const request = await repo.ownRequest(id)
      if (!request || request.candidateAccountId !== actor.accountId)
        throw notFound('Cette demande d’immersion')
      const day = today()
      if (!(request.state === 'demandee' || (request.state === 'acceptee' && day < request.startDate)))
        throw conflict(
          'Cette demande ne peut plus être annulée ici : prévenez directement la structure d’accueil.',
        )
      const now = deps.clock()
      await repo.updateRequest(id, { state: 'annulee', updatedAt: now })
      await ctx.audit({
        action: 'update',
        entityType: 'immersion_request',
        entityId: id,
        before: { state: request.state },
        after: { state: 'annulee' },
      })
      const offer = await repo.ownOffer(request.offerId)
      if (offer)
        for (const to of await hostEmails(ctx))
          await deps.mailer.send(cancelledToHost(deps.publicUrl, to, offer, id))
      const mine = (await repo.candidateRequests(actor.accountId)).find((r) => r.request.id === id)!
      return presentMine(mineRow(mine), day)
    },

    async candidatePdf(ctx: HostCtx, id: string) {
      const actor = signedIn(ctx.actor)
      const request = await immersionsRepository(ctx.tx).ownRequest(id)
      if (!request || request.candidateAccountId !== actor.accountId)
        throw notFound('Cette demande d’immersion')
      return pdfOf(ctx, request)
    },
  }
}

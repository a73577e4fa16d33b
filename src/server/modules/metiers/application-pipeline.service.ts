/** The recruiters' side: dashboard, pipeline of an offer, one application, its CV, status changes and notes. */
import { conflict, notFound } from '../../../shared/errors'
import { applicationMessageTemplate } from '../../../shared/modules/metiers/application-messages'
import {
  ANSWER_DELAY_DAYS,
  type ApplicationDetailView,
  type DashboardView,
  type PipelineView,
} from '../../../shared/modules/metiers/applications.contract'
import {
  applicationStatuses,
  type ApplicationStatus,
} from '../../../shared/modules/metiers/metiers.constants'
import type { RequestContext } from '../../http/context'
import { answerRatesRepository } from './answer-rates.repository'
import { statusChanged } from './application-mails'
import { applicationsRepository, type ApplicationRow, type OfferSummaryRow } from './applications.repository'
import { presentAnswerRate, presentCard, presentDetail, presentOffer } from './applications.presenter'
import { followTokenOf } from './applications.service'
import type { MetiersDeps } from './metiers.deps'

const DAY_MS = 86_400_000
const applicationNotFound = () => notFound('Cette candidature')

function organisationOf(ctx: RequestContext): string {
  const id = ctx.actor?.organisationId
  if (!id) throw notFound('Cette organisation')
  return id
}

export function applicationPipelineService(deps: MetiersDeps) {
  async function load(ctx: RequestContext, id: string) {
    const repo = applicationsRepository(ctx.tx)
    const application = await repo.get(id)
    if (!application) throw applicationNotFound()
    const [offer] = await repo.offersByIds([application.offerId])
    if (!offer) throw applicationNotFound()
    return { repo, application, offer }
  }

  async function detail(
    ctx: RequestContext,
    application: ApplicationRow,
    offer: OfferSummaryRow,
  ): Promise<ApplicationDetailView> {
    const repo = applicationsRepository(ctx.tx)
    const employerName = await repo.organisationName(application.organisationId)
    const context = { firstName: application.firstName, offerTitle: offer.title, employerName }
    const templates = Object.fromEntries(
      applicationStatuses.map((s) => [s, applicationMessageTemplate(s, context)]),
    ) as Record<ApplicationStatus, string>
    const allowed = application.withdrawnAt ? [] : applicationStatuses.filter((s) => s !== application.status)
    return presentDetail(
      application,
      offer,
      await repo.events(application.id),
      templates,
      allowed,
      deps.clock(),
    )
  }

  return {
    async dashboard(ctx: RequestContext): Promise<DashboardView> {
      const organisationId = organisationOf(ctx)
      const repo = applicationsRepository(ctx.tx)
      const now = deps.clock()
      const counts = await repo.dashboardCounts(new Date(now.getTime() - ANSWER_DELAY_DAYS * DAY_MS))
      const rate = await answerRatesRepository(ctx.tx).of(organisationId)
      const offers = (await repo.ownOffers()).map((o) => {
        const mine = counts.filter((c) => c.offer_id === o.id && c.status !== null)
        const byStatus = Object.fromEntries(
          applicationStatuses.map((s) => [s, mine.find((c) => c.status === s)?.total ?? 0]),
        ) as Record<ApplicationStatus, number>
        return {
          ...presentOffer(o),
          total: mine.reduce((n, c) => n + c.total, 0),
          unanswered: byStatus.recue,
          overdue: mine.reduce((n, c) => n + c.overdue, 0),
          byStatus,
        }
      })
      // The offers that need an answer first, then those with applications, then the others.
      offers.sort((a, b) => b.overdue - a.overdue || b.unanswered - a.unanswered || b.total - a.total)
      return { answerRate: rate ? presentAnswerRate(rate) : null, offers }
    },

    async pipeline(ctx: RequestContext, offerId: string): Promise<PipelineView> {
      const repo = applicationsRepository(ctx.tx)
      const offer = await repo.ownOffer(offerId)
      if (!offer) throw notFound('Cette offre')
      const now = deps.clock()
      const all = await repo.ofOffer(offerId)
      const open = all.filter((a) => a.withdrawnAt === null)
      await ctx.audit({ action: 'read', entityType: 'job_offer_applications', entityId: offerId })
      return {
        offer: presentOffer(offer),
        columns: applicationStatuses.map((status) => {
          const cards = open.filter((a) => a.status === status).map((a) => presentCard(a, now))
          return { status, count: cards.length, applications: cards }
        }),
        withdrawn: all.filter((a) => a.withdrawnAt !== null).map((a) => presentCard(a, now)),
      }
    },

    async detail(ctx: RequestContext, id: string): Promise<ApplicationDetailView> {
      const { application, offer } = await load(ctx, id)
      await ctx.audit({ action: 'read', entityType: 'job_application', entityId: id })
      return detail(ctx, application, offer)
    },

    async cv(ctx: RequestContext, id: string): Promise<{ bytes: Buffer; name: string; type: string }> {
      const { application } = await load(ctx, id)
      if (!application.cvKey || !application.cvType) throw notFound('Le CV de cette candidature')
      const bytes = await deps.files.get(application.cvKey)
      if (!bytes) throw notFound('Le CV de cette candidature')
      await ctx.audit({ action: 'read', entityType: 'job_application_cv', entityId: id })
      return { bytes, name: application.cvName ?? 'cv', type: application.cvType }
    },

    async changeStatus(ctx: RequestContext, id: string, status: ApplicationStatus, typed: string) {
      const { repo, application, offer } = await load(ctx, id)
      if (application.withdrawnAt)
        throw conflict('La personne a retiré sa candidature : son statut ne change plus.')
      if (application.status === status) throw conflict('La candidature a déjà ce statut.', 'status')
      const now = deps.clock()
      const employerName = await repo.organisationName(application.organisationId)
      // An empty message still sends the kind one: nobody gets a bare status change, least of all a « non ».
      const message =
        typed.trim() ||
        applicationMessageTemplate(status, {
          firstName: application.firstName,
          offerTitle: offer.title,
          employerName,
        })
      const updated = await repo.update(id, {
        status,
        statusChangedAt: now,
        ...(application.answeredAt === null ? { answeredAt: now } : {}),
      })
      await repo.addEvent({
        organisationId: application.organisationId,
        applicationId: id,
        kind: 'statut',
        status,
        messageSent: message,
        authorId: ctx.actor?.accountId ?? null,
        at: now,
      })
      await answerRatesRepository(ctx.tx).refresh(application.organisationId, now)
      await ctx.audit({
        action: 'update',
        entityType: 'job_application',
        entityId: id,
        before: { status: application.status },
        after: { status },
      })
      await deps.mailer.send(
        statusChanged(deps.publicUrl, application.email, offer, status, message, followTokenOf(deps, id)),
      )
      return detail(ctx, updated, offer)
    },

    async addNote(ctx: RequestContext, id: string, text: string) {
      const { repo, application, offer } = await load(ctx, id)
      await repo.addEvent({
        organisationId: application.organisationId,
        applicationId: id,
        kind: 'note',
        text,
        authorId: ctx.actor?.accountId ?? null,
        at: deps.clock(),
      })
      await ctx.audit({
        action: 'create',
        entityType: 'job_application_note',
        entityId: id,
        masked: true,
        after: { text },
      })
      return detail(ctx, application, offer)
    },
  }
}

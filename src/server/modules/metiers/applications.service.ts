/**
 * Applying to an offer and following the application, on the candidate's side. Runs in the
 * employer's tenant (see application-public-routes.ts), with or without a candidate account.
 */
import { conflict, notFound } from '../../../shared/errors'
import {
  applicationPages,
  recruiterRoles,
  type ApplyView,
  type FollowView,
} from '../../../shared/modules/metiers/applications.contract'
import type { z } from 'zod'
import type { applyBody } from '../../../shared/modules/metiers/applications.contract'
import type { RequestContext } from '../../http/context'
import { sha256 } from '../../platform/secrets'
import { answerRatesRepository } from './answer-rates.repository'
import { acknowledgement, newApplicationToRecruiter } from './application-mails'
import { applicationsRepository } from './applications.repository'
import { presentFollow } from './applications.presenter'
import { cvFiles, type StoredCv } from './cv-files.service'
import type { MetiersDeps } from './metiers.deps'
import { invalid } from '../../../shared/errors'

export type ApplicationsCtx = RequestContext & { organisationId: string }
type ApplyInput = z.output<typeof applyBody>

/** The follow-up token is derived from the application (only its SHA-256 is stored), so every e-mail can carry the link. */
export const followTokenOf = (deps: Pick<MetiersDeps, 'secrets'>, applicationId: string) =>
  deps.secrets.hmac('metiers-application-follow', applicationId)

const closedOffer = () =>
  conflict('Cette offre n’est plus ouverte aux candidatures : elle a été pourvue, retirée ou a expiré.')

export function applicationsService(deps: MetiersDeps) {
  const cvs = cvFiles(deps)

  async function follow(ctx: ApplicationsCtx, token: string) {
    const repo = applicationsRepository(ctx.tx)
    const application = await repo.byFollowHash(sha256(token))
    if (!application) throw notFound('Cette candidature')
    const [offer] = await repo.offersByIds([application.offerId])
    if (!offer) throw notFound('Cette candidature')
    return { repo, application, offer }
  }

  return {
    async apply(ctx: ApplicationsCtx, slug: string, input: ApplyInput): Promise<ApplyView> {
      const repo = applicationsRepository(ctx.tx)
      const now = deps.clock()
      const offer = await repo.offerBySlug(slug)
      if (!offer) throw notFound('Cette offre')
      if (offer.state !== 'publiee' || (offer.expiresAt && offer.expiresAt <= now)) throw closedOffer()

      const accountId = ctx.actor?.stage === 'active' ? ctx.actor.accountId : null
      if (accountId && (await repo.openOfAccount(offer.id, accountId))) {
        throw conflict('Vous avez déjà candidaté à cette offre : suivez votre candidature dans votre espace.')
      }
      let cv: StoredCv | null = input.cvToken ? cvs.read(input.cvToken) : null
      if (input.useProfileCv) {
        const profile = accountId ? await repo.candidateProfile(accountId) : undefined
        if (!profile?.cvKey || !profile.cvName || !profile.cvType) {
          throw invalid('useProfileCv', 'Votre profil n’a pas de CV : déposez-en un.')
        }
        cv = await cvs.copy({
          key: profile.cvKey,
          name: profile.cvName,
          type: profile.cvType as StoredCv['type'],
          bytes: profile.cvBytes ?? 0,
          sha256: profile.cvSha256 ?? '',
        })
      }

      const created = await repo.insert({
        organisationId: ctx.organisationId,
        offerId: offer.id,
        candidateAccountId: accountId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone ?? null,
        message: input.message,
        cvKey: cv?.key ?? null,
        cvName: cv?.name ?? null,
        cvType: cv?.type ?? null,
        cvBytes: cv?.bytes ?? null,
        cvSha256: cv?.sha256 ?? null,
        status: 'recue',
        statusChangedAt: now,
        createdAt: now,
      })
      const token = followTokenOf(deps, created.id)
      await repo.update(created.id, { followTokenHash: sha256(token) })
      await repo.addEvent({
        organisationId: ctx.organisationId,
        applicationId: created.id,
        kind: 'depot',
        status: 'recue',
        at: now,
      })
      await answerRatesRepository(ctx.tx).refresh(ctx.organisationId, now)
      await ctx.audit({
        action: 'create',
        entityType: 'job_application',
        entityId: created.id,
        after: {
          offerId: offer.id,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          cv: cv?.sha256 ?? null,
        },
        masked: true,
      })

      const employerName = await repo.organisationName(ctx.organisationId)
      await deps.mailer.send(acknowledgement(deps.publicUrl, input.email, offer, employerName, token))
      for (const to of await repo.recruiterEmails(recruiterRoles)) {
        await deps.mailer.send(newApplicationToRecruiter(deps.publicUrl, to, offer, created.id))
      }
      return {
        applicationId: created.id,
        followPath: applicationPages.follow(token),
        offer: { title: offer.title, slug: offer.slug },
        employerName,
      }
    },

    async follow(ctx: ApplicationsCtx, token: string): Promise<FollowView> {
      const { repo, application, offer } = await follow(ctx, token)
      await ctx.audit({ action: 'read', entityType: 'job_application', entityId: application.id })
      return presentFollow(
        application,
        offer,
        await repo.organisationName(ctx.organisationId),
        await repo.events(application.id),
      )
    },

    async withdraw(ctx: ApplicationsCtx, token: string): Promise<FollowView> {
      const { repo, application, offer } = await follow(ctx, token)
      const employerName = await repo.organisationName(ctx.organisationId)
      const current = presentFollow(application, offer, employerName, [])
      if (!current.canWithdraw) {
        throw conflict(
          application.withdrawnAt
            ? 'Vous avez déjà retiré cette candidature.'
            : 'L’employeur a déjà donné sa réponse : cette candidature ne peut plus être retirée.',
        )
      }
      const now = deps.clock()
      const updated = await repo.update(application.id, { withdrawnAt: now })
      await repo.addEvent({
        organisationId: ctx.organisationId,
        applicationId: application.id,
        kind: 'retrait',
        status: application.status,
        at: now,
      })
      await answerRatesRepository(ctx.tx).refresh(ctx.organisationId, now)
      await ctx.audit({
        action: 'update',
        entityType: 'job_application',
        entityId: application.id,
        before: { withdrawnAt: null },
        after: { withdrawnAt: now.toISOString() },
      })
      return presentFollow(updated, offer, employerName, await repo.events(application.id))
    },
  }
}

/** Information meetings: the public list and registration, the département's planning and attendance. */
import { parisDate } from '../../../../shared/dates'
import { conflict, DomainError, notFound } from '../../../../shared/errors'
import type {
  AgentMeetingView,
  MeetingDetailView,
  PublicMeetingView,
  RegistrationView,
  meetingBody,
  registerBody,
} from '../../../../shared/modules/metiers/agrement.contract'
import { stageIndex, type AgrementStage } from '../../../../shared/modules/metiers/agrement-rules'
import type { RequestContext } from '../../../http/context'
import type { z } from 'zod'
import { locateWorkplace } from '../offer-location'
import type { MetiersDeps } from '../metiers.deps'
import { auditedFile } from './agrement.audit'
import { registrationConfirmed } from './agrement.mails'
import { presentAgentMeeting, presentPublicMeeting } from './agrement.presenter'
import { agrementRepository } from './agrement.repository'
import { departementOf } from './agrement.service'
import { recordStep } from './agrement-steps'

const meetingNotFound = () => notFound('Cette réunion d’information')

export function agrementMeetingsService(deps: MetiersDeps) {
  return {
    async upcoming(ctx: RequestContext): Promise<PublicMeetingView[]> {
      return (await agrementRepository(ctx.tx).upcomingMeetings(deps.clock())).map(presentPublicMeeting)
    },

    /**
     * Registers someone to a meeting of the département the request was narrowed to. It opens a
     * file at « demande d'information », or joins the open file of the same address; a signed-in
     * candidate's file is linked to their account.
     */
    async register(
      ctx: RequestContext & { organisationId: string },
      meetingId: string,
      body: z.output<typeof registerBody>,
    ): Promise<RegistrationView> {
      const repo = agrementRepository(ctx.tx)
      const meeting = await repo.meeting(meetingId, true)
      const now = deps.clock()
      if (!meeting || !meeting.published || meeting.cancelledAt || meeting.startsAt < now)
        throw meetingNotFound()
      const accountId = ctx.actor?.stage === 'active' ? ctx.actor.accountId : null
      let application = await repo.openApplicationByEmail(body.email)
      if (application) {
        const already = await repo.registrationOf(meeting.id, application.id)
        if (already?.state === 'inscrit')
          return { meeting: presentPublicMeeting(meeting), alreadyRegistered: true }
      }
      if (meeting.registered >= meeting.capacity)
        throw conflict('Cette réunion est complète : choisissez une autre date.', 'id')
      if (!application) {
        const located = await locateWorkplace(deps.geocoder, ctx, {
          address: '',
          postcode: body.postcode,
          commune: body.commune,
        })
        application = await repo.insertApplication({
          organisationId: ctx.organisationId,
          candidateAccountId: accountId,
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email,
          phone: body.phone ?? null,
          postcode: located.postcode,
          commune: located.commune,
          communeInsee: located.communeInsee,
          latitude: located.latitude,
          longitude: located.longitude,
        })
        await ctx.audit({
          action: 'create',
          entityType: 'agrement_application',
          entityId: application.id,
          after: auditedFile(application),
          masked: true,
        })
        application = await recordStep(
          ctx,
          application,
          'demande_information',
          parisDate(now),
          'Inscription à une réunion d’information par le portail.',
          { meetingId: meeting.id },
          null,
        )
      } else if (accountId && !application.candidateAccountId) {
        application = await repo.updateApplication(application.id, { candidateAccountId: accountId })
      }
      const registration = await repo.insertRegistration({
        organisationId: ctx.organisationId,
        meetingId: meeting.id,
        applicationId: application.id,
        candidateAccountId: application.candidateAccountId,
      })
      await repo.addToMeeting(meeting.id, 1)
      await ctx.audit({
        action: 'create',
        entityType: 'agrement_registration',
        entityId: registration.id,
        after: { meetingId: meeting.id, applicationId: application.id },
      })
      await deps.mailer.send(registrationConfirmed(deps.publicUrl, body.email, meeting))
      return {
        meeting: presentPublicMeeting({ ...meeting, registered: meeting.registered + 1 }),
        alreadyRegistered: false,
      }
    },

    async list(ctx: RequestContext): Promise<AgentMeetingView[]> {
      await departementOf(ctx)
      return (await agrementRepository(ctx.tx).ownMeetings()).map(presentAgentMeeting)
    },

    async create(ctx: RequestContext, body: z.output<typeof meetingBody>): Promise<{ id: string }> {
      const departement = await departementOf(ctx)
      if (new Date(body.startsAt) < deps.clock())
        throw new DomainError('validation', 'Date et heure : la réunion doit être à venir.', [
          { field: 'startsAt', message: 'La réunion doit être à venir.' },
        ])
      const located =
        body.mode === 'presentiel'
          ? await locateWorkplace(deps.geocoder, ctx, {
              address: body.address,
              postcode: body.postcode,
              commune: body.commune,
            })
          : null
      const created = await agrementRepository(ctx.tx).insertMeeting({
        organisationId: departement.id,
        startsAt: new Date(body.startsAt),
        durationMinutes: body.durationMinutes,
        mode: body.mode,
        visioUrl: body.visioUrl,
        address: body.mode === 'presentiel' ? body.address : '',
        postcode: located?.postcode ?? '',
        commune: located?.commune ?? '',
        communeInsee: located?.communeInsee ?? null,
        latitude: located?.latitude ?? null,
        longitude: located?.longitude ?? null,
        capacity: body.capacity,
        notes: body.notes,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'agrement_meeting',
        entityId: created.id,
        after: { startsAt: body.startsAt, mode: body.mode },
      })
      return { id: created.id }
    },

    async detail(ctx: RequestContext, id: string): Promise<MeetingDetailView> {
      const departement = await departementOf(ctx)
      const repo = agrementRepository(ctx.tx)
      const meeting = await repo.meeting(id)
      if (!meeting || meeting.organisationId !== departement.id) throw meetingNotFound()
      const registrations = await repo.registrations(id)
      await ctx.audit({ action: 'read', entityType: 'agrement_meeting_registrations', entityId: id })
      return {
        ...presentAgentMeeting(meeting),
        registrations: registrations.map((r) => ({
          id: r.registration.id,
          applicationId: r.registration.applicationId,
          firstName: r.firstName,
          lastName: r.lastName,
          commune: r.commune,
          state: r.registration.state as 'inscrit' | 'annule',
          attended: r.registration.attended,
        })),
      }
    },

    /** Someone attended: the step « réunion d'information » is added to their file, on the meeting's day. */
    async attendance(ctx: RequestContext, meetingId: string, registrationId: string, attended: boolean) {
      const departement = await departementOf(ctx)
      const repo = agrementRepository(ctx.tx)
      const meeting = await repo.meeting(meetingId)
      if (!meeting || meeting.organisationId !== departement.id) throw meetingNotFound()
      if (meeting.startsAt > deps.clock())
        throw new DomainError('validation', 'Cette réunion n’a pas encore eu lieu.', [
          { field: 'attended', message: 'Cette réunion n’a pas encore eu lieu.' },
        ])
      const registration = await repo.registration(meetingId, registrationId)
      if (!registration) throw notFound('Cette inscription')
      await repo.setAttended(registration.id, attended)
      await ctx.audit({
        action: 'update',
        entityType: 'agrement_registration',
        entityId: registration.id,
        before: { attended: registration.attended },
        after: { attended },
      })
      const application = await repo.application(registration.applicationId, true)
      if (
        attended &&
        application &&
        stageIndex(application.step as AgrementStage) < stageIndex('reunion_information')
      )
        await recordStep(
          ctx,
          application,
          'reunion_information',
          parisDate(meeting.startsAt),
          '',
          { meetingId },
          ctx.actor?.accountId ?? null,
        )
      return { ok: true as const }
    },
  }
}

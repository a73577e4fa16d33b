import { DomainError, notFound } from '../../../shared/errors'
import {
  meetingKindLabels,
  networkPages,
  type MeetingKind,
} from '../../../shared/modules/partenaires/network.contract'
import type { BodyOf } from '../../../shared/contract'
import type { networkContract } from '../../../shared/modules/partenaires/network.contract'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { meetingIcs } from './network-ics'
import { meetingInvitationMail } from './network-mail'
import { shiftParisMonths } from './network-meeting-dates'
import { networkRepository, type MeetingRow } from './network.repository'
import { meetingDetailView, meetingSummaryView } from './network.presenter'
import { memberOf, organisationName, type NetworkDeps } from './network.service'

type CreateBody = BodyOf<typeof networkContract.createMeeting>
type Target = BodyOf<typeof networkContract.invite>['target']
export type Answer = { response: 'inscrite'; participants: number } | { response: 'excusee' }

const HOUR = 3_600_000
export const meetingNotFound = () => notFound('Cette rencontre')
const conflict = (message: string, field: string) =>
  new DomainError('conflict', message, [{ field, message }])

/** The calendar file of a meeting: the same UID every time, so that a calendar updates it in place. */
export function meetingCalendar(meeting: MeetingRow, keeperName: string, stamp: Date, publicUrl: string) {
  const agenda = meeting.agenda ? `${meeting.agenda}\n\n` : ''
  return meetingIcs({
    uid: `${meeting.id}@lien`,
    stamp,
    start: new Date(meeting.starts_at),
    end: new Date(meeting.ends_at),
    summary: meeting.title,
    location: meeting.location,
    description: `${agenda}${meetingKindLabels[meeting.kind as MeetingKind]}, organisée par ${keeperName}.`,
    url: `${publicUrl}${networkPages.partnerNetwork}`,
  })
}

/**
 * Records an answer to an invitation, within the meeting's capacity. Answers to one meeting are
 * serialised: two structures cannot both take the last places.
 */
export async function applyAnswer(
  tx: Db,
  meeting: MeetingRow,
  structureId: string,
  answer: Answer,
  now: Date,
) {
  const repo = networkRepository(tx)
  if (new Date(meeting.ends_at).getTime() < now.getTime())
    throw conflict('Cette rencontre est passée : on ne peut plus y répondre.', 'response')
  await repo.lockMeeting(meeting.id)
  const participants = answer.response === 'inscrite' ? answer.participants : 0
  if (answer.response === 'inscrite' && meeting.capacity !== null) {
    const mine = (await repo.invitations(meeting.id)).find((i) => i.structure_id === structureId)
    const already = mine?.response === 'inscrite' ? mine.participants : 0
    const left = meeting.capacity - ((await repo.placesTaken(meeting.id)) - already)
    if (participants > left) {
      const free = left - already
      const plural = (n: number) => (n > 1 ? 's' : '')
      throw conflict(
        left <= 0
          ? 'Participants : la rencontre est complète.'
          : already > 0
            ? `Participants : ${left} au plus pour votre structure (${free > 0 ? `${free} place${plural(free)} libre${plural(free)}` : 'la rencontre est complète'}).`
            : `Participants : il reste ${left} place${plural(left)}.`,
        'participants',
      )
    }
  }
  const updated = await repo.answer(meeting.id, structureId, {
    response: answer.response,
    participants,
    respondedAt: now,
  })
  if (updated.length === 0) throw notFound('Cette invitation')
}

/** Network meetings, on the keeping organisation's side. */
export function networkMeetingsService(deps: NetworkDeps) {
  async function ownMeeting(ctx: RequestContext, id: string) {
    const { organisationId } = memberOf(ctx)
    const meeting = await networkRepository(ctx.tx).meeting(id)
    if (!meeting || meeting.organisation_id !== organisationId) throw meetingNotFound()
    return meeting
  }

  async function detail(ctx: RequestContext, id: string) {
    const repo = networkRepository(ctx.tx)
    const meeting = await repo.meeting(id)
    if (!meeting) throw meetingNotFound()
    return meetingDetailView(meeting, await repo.invitations(id))
  }

  function hasStarted(meeting: MeetingRow, what: string, field: string) {
    if (new Date(meeting.starts_at).getTime() > deps.clock().getTime())
      throw conflict(`${what} : la rencontre n’a pas encore eu lieu.`, field)
  }

  return {
    async list(ctx: RequestContext, period: 'a_venir' | 'passees') {
      const { organisationId } = memberOf(ctx)
      const rows = await networkRepository(ctx.tx).meetings(
        organisationId,
        deps.clock(),
        period === 'a_venir',
      )
      return rows.map(meetingSummaryView)
    },

    async get(ctx: RequestContext, id: string) {
      await ownMeeting(ctx, id)
      await ctx.audit({ action: 'read', entityType: 'network_meeting', entityId: id })
      return detail(ctx, id)
    },

    async create(ctx: RequestContext, body: CreateBody) {
      const { organisationId, accountId } = memberOf(ctx)
      const startsAt = new Date(body.startsAt)
      const endsAt = body.endsAt ? new Date(body.endsAt) : new Date(startsAt.getTime() + HOUR)
      if (endsAt.getTime() <= startsAt.getTime())
        throw new DomainError('validation', 'Fin : elle doit venir après le début de la rencontre.', [
          { field: 'endsAt', message: 'La fin doit venir après le début.' },
        ])
      const meeting = await networkRepository(ctx.tx).insertMeeting({
        organisationId,
        kind: body.kind,
        title: body.title,
        startsAt,
        endsAt,
        location: body.location,
        agenda: body.agenda,
        capacity: body.capacity ?? null,
        createdBy: accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'network_meeting',
        entityId: meeting.id,
        after: { kind: body.kind, title: body.title, startsAt: startsAt.toISOString() },
      })
      return detail(ctx, meeting.id)
    },

    /** The next ones, every `everyMonths` months at the same Paris time: four coordinations a year in one go. */
    async repeat(ctx: RequestContext, id: string, body: { count: number; everyMonths: number }) {
      const meeting = await ownMeeting(ctx, id)
      const { organisationId, accountId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const start = new Date(meeting.starts_at)
      const duration = new Date(meeting.ends_at).getTime() - start.getTime()
      const created: MeetingRow[] = []
      for (let n = 1; n <= body.count; n++) {
        const startsAt = shiftParisMonths(start, n * body.everyMonths)
        const copy = await repo.insertMeeting({
          organisationId,
          kind: meeting.kind,
          title: meeting.title,
          startsAt,
          endsAt: new Date(startsAt.getTime() + duration),
          location: meeting.location,
          agenda: meeting.agenda,
          capacity: meeting.capacity,
          createdBy: accountId,
        })
        await ctx.audit({
          action: 'create',
          entityType: 'network_meeting',
          entityId: copy.id,
          after: { copiedFrom: id, startsAt: startsAt.toISOString() },
        })
        created.push((await repo.meeting(copy.id))!)
      }
      return created.map(meetingSummaryView)
    },

    /** Invites structures and e-mails each newly invited one, with the calendar file attached. */
    async invite(ctx: RequestContext, id: string, target: Target) {
      const meeting = await ownMeeting(ctx, id)
      const { organisationId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const now = deps.clock()
      if (new Date(meeting.ends_at).getTime() < now.getTime())
        throw conflict('Cette rencontre est passée : on n’y invite plus.', 'target')
      let ids: string[]
      if (target.kind === 'choix') {
        const asked = [...new Set(target.structureIds)]
        ids = await repo.keeperStructureIds(organisationId, asked)
        const unknown = asked.findIndex((s) => !ids.includes(s))
        if (unknown >= 0)
          throw new DomainError(
            'validation',
            'Structures : une structure choisie n’est pas dans votre annuaire.',
            [
              {
                field: `target.structureIds.${unknown}`,
                message: 'Cette structure n’est pas dans votre annuaire.',
              },
            ],
          )
      } else {
        ids = await repo.publishedStructureIds(
          organisationId,
          target.kind === 'theme' ? target.theme : undefined,
        )
      }
      const invited = await repo.invite(organisationId, id, ids, now)
      const keeperName = await organisationName(ctx.tx, organisationId)
      const ics = meetingCalendar(meeting, keeperName, now, deps.publicUrl)
      const [recipients, invitations] = await Promise.all([repo.recipients(invited), repo.invitations(id)])
      let emailed = 0
      const withoutAddress: { structureId: string; name: string }[] = []
      for (const structureId of invited) {
        const invitation = invitations.find((i) => i.structure_id === structureId)!
        const addresses = recipients.filter((r) => r.structure_id === structureId)
        if (addresses.length === 0) withoutAddress.push({ structureId, name: invitation.name })
        let sent = false
        for (const r of addresses) {
          await deps.mailer.send(
            meetingInvitationMail({
              to: r.email,
              keeperName,
              structureName: invitation.name,
              meeting: {
                kind: meeting.kind as MeetingKind,
                title: meeting.title,
                startsAt: new Date(meeting.starts_at),
                location: meeting.location,
                agenda: meeting.agenda,
              },
              link: invitation.has_partner ? `${deps.publicUrl}${networkPages.partnerNetwork}` : null,
              ics,
            }),
          )
          sent = true
        }
        if (sent) emailed++
      }
      await ctx.audit({
        action: 'create',
        entityType: 'meeting_invitations',
        entityId: id,
        after: { invited: invited.length, emailed },
      })
      return { invited: invited.length, alreadyInvited: ids.length - invited.length, emailed, withoutAddress }
    },

    async recordAnswer(ctx: RequestContext, id: string, structureId: string, answer: Answer) {
      const meeting = await ownMeeting(ctx, id)
      await applyAnswer(ctx.tx, meeting, structureId, answer, deps.clock())
      await ctx.audit({
        action: 'update',
        entityType: 'meeting_invitation',
        entityId: id,
        after: { structureId, ...answer },
      })
      return detail(ctx, id)
    },

    async recordAttendance(
      ctx: RequestContext,
      id: string,
      items: { structureId: string; attended: boolean }[],
    ) {
      const meeting = await ownMeeting(ctx, id)
      hasStarted(meeting, 'Présences', 'items')
      const repo = networkRepository(ctx.tx)
      for (const [index, item] of items.entries()) {
        const updated = await repo.setAttendance(id, item.structureId, item.attended)
        if (updated.length === 0)
          throw new DomainError('validation', 'Présences : cette structure n’était pas invitée.', [
            { field: `items.${index}.structureId`, message: 'Cette structure n’était pas invitée.' },
          ])
      }
      await ctx.audit({
        action: 'update',
        entityType: 'meeting_attendance',
        entityId: id,
        after: {
          present: items.filter((i) => i.attended).length,
          absent: items.filter((i) => !i.attended).length,
        },
      })
      return detail(ctx, id)
    },

    async publishMinutes(ctx: RequestContext, id: string, minutes: string) {
      const meeting = await ownMeeting(ctx, id)
      hasStarted(meeting, 'Compte rendu', 'minutes')
      const now = deps.clock()
      await networkRepository(ctx.tx).updateMeeting(id, { minutes, minutesPublishedAt: now })
      await ctx.audit({
        action: 'update',
        entityType: 'network_meeting',
        entityId: id,
        before: { minutes: meeting.minutes },
        after: { minutes },
      })
      return detail(ctx, id)
    },

    async ics(ctx: RequestContext, id: string) {
      const meeting = await ownMeeting(ctx, id)
      return meetingCalendar(
        meeting,
        await organisationName(ctx.tx, meeting.organisation_id),
        deps.clock(),
        deps.publicUrl,
      )
    },
  }
}

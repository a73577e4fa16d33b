import { DomainError, notFound } from '../../../shared/errors'
import type {
  MeetingKind,
  InvitationResponse,
  PartnerCharterView,
  PartnerMeetingView,
} from '../../../shared/modules/partenaires/network.contract'
import type { RequestContext } from '../../http/context'
import { applyAnswer, meetingCalendar, meetingNotFound, type Answer } from './network-meetings.service'
import { networkRepository, type CharterRow } from './network.repository'
import { iso, latestSignature } from './network.presenter'
import { memberOf, type NetworkDeps } from './network.service'

type InvitationRow = Awaited<ReturnType<ReturnType<typeof networkRepository>['myInvitations']>>[number]

/** The network seen by a partner organisation: the charters to sign, its invitations, the minutes. */
export function networkPartnerService(deps: NetworkDeps) {
  async function charterView(
    ctx: RequestContext,
    charter: CharterRow & { organisation_id: string; keeper_name: string },
  ): Promise<PartnerCharterView> {
    const repo = networkRepository(ctx.tx)
    const structures = await repo.myStructures(charter.organisation_id)
    const signatures = await repo.signatures(structures.map((s) => s.id))
    return {
      keeperName: charter.keeper_name,
      charter: {
        id: charter.id,
        version: charter.version,
        title: charter.title,
        body: charter.body,
        publishedAt: iso(charter.published_at),
        isCurrent: true,
      },
      structures: structures.map((s) => ({
        structureId: s.id,
        name: s.name,
        ...latestSignature(
          signatures.filter((g) => g.structure_id === s.id),
          charter.version,
        ),
      })),
    }
  }

  async function meetingView(ctx: RequestContext, row: InvitationRow): Promise<PartnerMeetingView> {
    const taken = row.capacity === null ? 0 : await networkRepository(ctx.tx).placesTaken(row.id)
    const published = row.minutes_published_at !== null
    return {
      meetingId: row.id,
      keeperName: row.keeper_name,
      kind: row.kind as MeetingKind,
      title: row.title,
      startsAt: iso(row.starts_at),
      endsAt: iso(row.ends_at),
      location: row.location,
      agenda: row.agenda,
      capacity: row.capacity,
      placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
      structureId: row.structure_id,
      structureName: row.structure_name,
      response: row.response as InvitationResponse,
      participants: row.my_participants,
      minutes: published ? row.minutes : null,
      minutesPublishedAt: published ? iso(row.minutes_published_at!) : null,
    }
  }

  /** The caller's invitation of one structure to one meeting: row-level security shows only its own. */
  async function invitation(ctx: RequestContext, meetingId: string, structureId?: string) {
    const rows = await networkRepository(ctx.tx).myInvitations(meetingId)
    const row = structureId ? rows.find((r) => r.structure_id === structureId) : rows[0]
    if (!row) throw meetingNotFound()
    return row
  }

  return {
    async charters(ctx: RequestContext) {
      memberOf(ctx)
      const charters = await networkRepository(ctx.tx).currentChartersOfMyKeepers()
      // The signatories' names are read with the signatures.
      await ctx.audit({ action: 'read', entityType: 'charter_signatures', entityId: null })
      return Promise.all(charters.map((c) => charterView(ctx, c)))
    },

    /** Signs the current version for one of the caller's own structures. */
    async sign(ctx: RequestContext, charterId: string, body: { structureId: string; signatoryName: string }) {
      const { accountId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const current = (await repo.currentChartersOfMyKeepers()).find((c) => c.id === charterId)
      if (!current) {
        if (await repo.charterById(charterId))
          throw new DomainError(
            'conflict',
            'Une version plus récente de la charte a été publiée : signez celle-ci.',
          )
        throw notFound('Cette version de la charte')
      }
      const mine = await repo.myStructures(current.organisation_id)
      if (!mine.some((s) => s.id === body.structureId))
        throw new DomainError('not_found', 'Structure : vous ne signez que pour vos propres structures.', [
          { field: 'structureId', message: 'Cette structure n’est pas la vôtre.' },
        ])
      const inserted = await repo.insertSignature({
        organisationId: current.organisation_id,
        charterId,
        structureId: body.structureId,
        signatoryName: body.signatoryName,
        signedAt: deps.clock(),
        recordedBy: accountId,
        method: 'en_ligne',
      })
      if (!inserted)
        throw new DomainError('conflict', 'Cette structure a déjà signé cette version de la charte.', [
          { field: 'structureId', message: 'Déjà signée pour cette version.' },
        ])
      await ctx.audit({
        action: 'create',
        entityType: 'charter_signature',
        entityId: body.structureId,
        after: { charterId, version: current.version, method: 'en_ligne' },
      })
      return charterView(ctx, current)
    },

    /** Upcoming meetings first (soonest first), then past ones (latest first), with their published minutes. */
    async meetings(ctx: RequestContext) {
      memberOf(ctx)
      const now = deps.clock().getTime()
      const rows = await networkRepository(ctx.tx).myInvitations()
      const upcoming = rows
        .filter((r) => new Date(r.ends_at).getTime() >= now)
        .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
      const past = rows.filter((r) => new Date(r.ends_at).getTime() < now)
      const views = []
      for (const row of [...upcoming, ...past]) views.push(await meetingView(ctx, row))
      return views
    },

    async answer(ctx: RequestContext, meetingId: string, body: Answer & { structureId: string }) {
      memberOf(ctx)
      const row = await invitation(ctx, meetingId, body.structureId)
      const { structureId, ...answer } = body
      await applyAnswer(ctx.tx, row, structureId, answer, deps.clock())
      await ctx.audit({
        action: 'update',
        entityType: 'meeting_invitation',
        entityId: meetingId,
        after: { structureId, ...answer },
      })
      return meetingView(ctx, await invitation(ctx, meetingId, structureId))
    },

    async ics(ctx: RequestContext, meetingId: string) {
      memberOf(ctx)
      const row = await invitation(ctx, meetingId)
      return meetingCalendar(row, row.keeper_name, deps.clock(), deps.publicUrl)
    },
  }
}

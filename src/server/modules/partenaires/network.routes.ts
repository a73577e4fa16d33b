import type { FastifyInstance } from 'fastify'
import { networkContract as c } from '../../../shared/modules/partenaires/network.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import type { HttpContext } from '../../http/context'
import type { PartenairesDeps } from './partenaires.deps'
import { networkMeetingsService } from './network-meetings.service'
import { networkPartnerService } from './network-partner.service'
import { networkService } from './network.service'

const calendarFile = async (http: HttpContext, ics: string) => {
  http.reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', 'attachment; filename="rencontre.ics"')
  return ics
}

/** Routes of entries to update, update campaigns, charter, meetings and the per-structure network view. */
export function registerNetworkRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const network = networkService(deps)
  const meetings = networkMeetingsService(deps)
  const partner = networkPartnerService(deps)

  tenantRoute(app, db, c.staleEntries, async (_i, ctx) => network.staleEntries(ctx))
  tenantRoute(app, db, c.campaigns, async (_i, ctx) => network.campaigns(ctx))
  tenantRoute(app, db, c.campaign, async ({ params }, ctx) => network.campaign(ctx, params.id))
  tenantRoute(app, db, c.startCampaign, async ({ body }, ctx) => network.startCampaign(ctx, body.message))

  tenantRoute(app, db, c.charters, async (_i, ctx) => network.charters(ctx))
  tenantRoute(app, db, c.charter, async ({ params }, ctx) => network.charter(ctx, params.id))
  tenantRoute(app, db, c.publishCharter, async ({ body }, ctx) => network.publishCharter(ctx, body))
  tenantRoute(app, db, c.charterSignatures, async (_i, ctx) => network.charterSignatures(ctx))
  tenantRoute(app, db, c.recordPaperSignature, async ({ params, body }, ctx) =>
    network.recordPaperSignature(ctx, params.id, body),
  )

  tenantRoute(app, db, c.meetings, async ({ query }, ctx) => meetings.list(ctx, query.period))
  tenantRoute(app, db, c.meeting, async ({ params }, ctx) => meetings.get(ctx, params.id))
  tenantRoute(app, db, c.createMeeting, async ({ body }, ctx) => meetings.create(ctx, body))
  tenantRoute(app, db, c.repeatMeeting, async ({ params, body }, ctx) =>
    meetings.repeat(ctx, params.id, body),
  )
  tenantRoute(app, db, c.invite, async ({ params, body }, ctx) =>
    meetings.invite(ctx, params.id, body.target),
  )
  tenantRoute(app, db, c.recordAnswer, async ({ params, body: { structureId, ...answer } }, ctx) =>
    meetings.recordAnswer(ctx, params.id, structureId, answer),
  )
  tenantRoute(app, db, c.recordAttendance, async ({ params, body }, ctx) =>
    meetings.recordAttendance(ctx, params.id, body.items),
  )
  tenantRoute(app, db, c.publishMinutes, async ({ params, body }, ctx) =>
    meetings.publishMinutes(ctx, params.id, body.minutes),
  )
  tenantRoute(app, db, c.meetingIcs, async ({ params }, ctx, http) =>
    calendarFile(http, await meetings.ics(ctx, params.id)),
  )

  tenantRoute(app, db, c.structureNetwork, async ({ params }, ctx) =>
    network.structureNetwork(ctx, params.id),
  )

  tenantRoute(app, db, c.partnerCharters, async (_i, ctx) => partner.charters(ctx))
  tenantRoute(app, db, c.signCharter, async ({ params, body }, ctx) => partner.sign(ctx, params.id, body))
  tenantRoute(app, db, c.partnerMeetings, async (_i, ctx) => partner.meetings(ctx))
  tenantRoute(app, db, c.answerInvitation, async ({ params, body }, ctx) =>
    partner.answer(ctx, params.id, body),
  )
  tenantRoute(app, db, c.partnerMeetingIcs, async ({ params }, ctx, http) =>
    calendarFile(http, await partner.ics(ctx, params.id)),
  )
}

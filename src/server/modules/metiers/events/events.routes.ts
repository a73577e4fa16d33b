import type { FastifyInstance, FastifyReply } from 'fastify'
import { metiersEventsContract as c } from '../../../../shared/modules/metiers/events.contract'
import { rows, type Database, type Db } from '../../../db/client'
import { sql } from 'drizzle-orm'
import { DomainError } from '../../../../shared/errors'
import { asAttachment } from '../../../http/attachment'
import { renderPortalDocument, type PortalDocument } from '../page-document'
import { eventDocument, eventListDocument, eventNotFoundDocument, registrationDocument } from './events.pages'
import { tenantRoute } from '../../../http/register'
import { foundTenantRoute } from '../application-public-routes'
import type { MetiersDeps } from '../metiers.deps'
import { eventsOrganiserService } from './events-organiser.service'
import { eventsPublicService } from './events-public.service'
import { eventsRepository } from './events.repository'
import { registrationsService } from './registrations.service'

/** The organiser of a published event: registrations are written in their tenant. */
const eventTenant = async (tx: Db, slug: string) =>
  (
    await rows<{ organisation_id: string }>(
      tx,
      sql`select organisation_id from metiers_events where slug = ${slug} and published`,
    )
  )[0]?.organisation_id

/**
 * Events: the public lists published events and registers (in the organiser's tenant, found from
 * the event); the organiser's editors, administrators and recruiters manage them.
 */
export function registerEventsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const publicSide = eventsPublicService(deps)
  const registrations = registrationsService(deps)
  const organiser = eventsOrganiserService(deps)
  const byEvent = (label: string) => ({
    find: (tx: Db, i: { params: { slug: string } }) => eventTenant(tx, i.params.slug),
    notFoundMessage: label,
    actorLabel: 'Public (événements)',
  })

  const html = (reply: FastifyReply, doc: PortalDocument, cache: boolean) => {
    void reply
      .status(doc.initial.status)
      .type('text/html; charset=utf-8')
      .header('cache-control', cache && doc.initial.status === 200 ? 'public, max-age=60' : 'no-store')
    return renderPortalDocument(doc, deps.publicUrl) as never
  }
  tenantRoute(app, db, c.listPage, async (_i, ctx, { request, reply }) =>
    html(reply, eventListDocument(await publicSide.search(ctx, {}), request.url), true),
  )
  tenantRoute(app, db, c.eventPage, async ({ params }, ctx, { request, reply }) => {
    const event = await publicSide.event(ctx, params.slug).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') return null
      throw error
    })
    return html(
      reply,
      event ? eventDocument(event, request.url, deps.publicUrl) : eventNotFoundDocument(request.url),
      true,
    )
  })
  tenantRoute(app, db, c.registrationPage, async (_i, _ctx, { request, reply }) =>
    html(reply, registrationDocument(request.url), false),
  )

  tenantRoute(app, db, c.search, async ({ query }, ctx) => publicSide.search(ctx, query))
  tenantRoute(app, db, c.event, async ({ params }, ctx) => publicSide.event(ctx, params.slug))
  tenantRoute(app, db, c.prefill, async ({ params }, ctx) => publicSide.prefill(ctx, params.slug))
  tenantRoute(app, db, c.myEvents, async (_i, ctx) => publicSide.myEvents(ctx))

  foundTenantRoute(app, db, c.register, byEvent('Cet événement'), ({ params, body }, ctx) =>
    registrations.register(ctx, params.slug, body),
  )
  foundTenantRoute(app, db, c.registration, byEvent('Cette inscription'), ({ params }, ctx) =>
    registrations.registration(ctx, params.slug, params.token),
  )
  foundTenantRoute(app, db, c.invitation, byEvent('Cette invitation'), async ({ params }, ctx) =>
    registrations.invitation(ctx, params.slug, params.token),
  )
  // The public route's wrapper writes no headers: the calendar file gets its own here.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url === c.invitation.path && reply.statusCode === 200)
      asAttachment(reply, 'invitation.ics', 'text/calendar; charset=utf-8', 'invitation.ics')
    return payload
  })
  foundTenantRoute(app, db, c.cancel, byEvent('Cette inscription'), ({ params }, ctx) =>
    registrations.cancel(ctx, params.slug, params.token),
  )

  tenantRoute(app, db, c.organiserList, async (_i, ctx) => organiser.list(ctx))
  tenantRoute(app, db, c.jobChoices, async (_i, ctx) => ({
    jobs: await eventsRepository(ctx.tx).publishedFiches(),
  }))
  tenantRoute(app, db, c.create, async ({ body }, ctx) => organiser.create(ctx, body))
  tenantRoute(app, db, c.createSeries, async ({ body }, ctx) => organiser.createSeries(ctx, body))
  tenantRoute(app, db, c.organiserEvent, async ({ params }, ctx) => organiser.get(ctx, params.id))
  tenantRoute(app, db, c.update, async ({ params, body }, ctx) => organiser.update(ctx, params.id, body))
  tenantRoute(app, db, c.publish, async ({ params, body }, ctx) =>
    organiser.publish(ctx, params.id, body.published),
  )
  tenantRoute(app, db, c.saveReplay, async ({ params, body }, ctx) =>
    organiser.saveReplay(ctx, params.id, body),
  )
  tenantRoute(app, db, c.attendance, async ({ params, body }, ctx) =>
    organiser.attendance(ctx, params.id, params.registrationId, body.attended),
  )
  tenantRoute(app, db, c.cancelRegistration, async ({ params }, ctx) =>
    organiser.cancelRegistration(ctx, params.id, params.registrationId),
  )
  tenantRoute(app, db, c.exportRegistrations, async ({ params }, ctx, http) => {
    const file = await organiser.exportXlsx(ctx, params.id)
    asAttachment(
      http.reply,
      file.name,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'inscriptions.xlsx',
    )
    return file.bytes
  })
}

import type { FastifyInstance } from 'fastify'
import { DomainError } from '../../../shared/errors'
import { mailContract as c } from '../../../shared/modules/domiciliation/mail.contract'
import type { Database } from '../../db/client'
import { identityRoute, tenantRoute } from '../../http/register'
import type { Secrets } from '../../platform/secrets'
import { devSmsPage, type SmsProvider } from '../../platform/sms'
import { contactsService } from './contacts.service'
import { deskService } from './desk.service'
import type { Clock } from './mail.context'
import { mailService } from './mail.service'
import { mailSettingsService } from './mail-settings.service'
import { registerPortalRoutes } from './portal.routes'
import { portalService } from './portal.service'
import { proxiesService } from './proxies.service'

export interface DomiciliationMailDeps {
  clock: Clock
  secrets: Secrets
  sms: SmsProvider
  /** The development SMS outbox is listed at /dev/sms, never in production. */
  showDevOutbox: boolean
}

export function registerDomiciliationMailRoutes(
  app: FastifyInstance,
  db: Database,
  deps: DomiciliationMailDeps,
) {
  const desk = deskService(deps.clock)
  const mail = mailService(deps.clock)
  const proxies = proxiesService(deps.clock)
  const contacts = contactsService(deps.clock)
  const settings = mailSettingsService(deps.clock)
  const portal = portalService(deps)

  tenantRoute(app, db, c.deskSearch, async ({ query }, ctx) => desk.search(ctx, query.q, query.limit))
  tenantRoute(app, db, c.register, async ({ body }, ctx) => mail.register(ctx, body))
  tenantRoute(app, db, c.fileMail, async ({ params, query }, ctx) =>
    mail.fileMail(ctx, params.id, query.state),
  )
  tenantRoute(app, db, c.handOver, async ({ params, body }, ctx) => mail.handOver(ctx, params.id, body))
  tenantRoute(app, db, c.returnToSender, async ({ params, body }, ctx) =>
    mail.returnToSender(ctx, params.id, body.itemIds, body.reason),
  )
  tenantRoute(app, db, c.clearNpai, async ({ params }, ctx) => mail.clearNpai(ctx, params.id))
  tenantRoute(app, db, c.setForwarding, async ({ params, body }, ctx) =>
    mail.setForwarding(ctx, params.id, body),
  )
  tenantRoute(app, db, c.stopForwarding, async ({ params }, ctx) => mail.stopForwarding(ctx, params.id))

  tenantRoute(app, db, c.proxies, async ({ params }, ctx) => proxies.list(ctx, params.id))
  tenantRoute(app, db, c.createProxy, async ({ params, body }, ctx) => proxies.create(ctx, params.id, body))
  tenantRoute(app, db, c.updateProxy, async ({ params, body }, ctx) => proxies.update(ctx, params.id, body))
  tenantRoute(app, db, c.revokeProxy, async ({ params }, ctx) => proxies.revoke(ctx, params.id))
  tenantRoute(app, db, c.deleteProxy, async ({ params }, ctx) => proxies.remove(ctx, params.id))

  tenantRoute(app, db, c.contacts, async ({ params }, ctx) => contacts.list(ctx, params.id))
  tenantRoute(app, db, c.recordContact, async ({ params, body }, ctx) =>
    contacts.record(ctx, params.id, body),
  )
  tenantRoute(app, db, c.notices, async ({ params }, ctx) => contacts.notices(ctx, params.id))

  tenantRoute(app, db, c.mailSettings, async (_i, ctx) => settings.get(ctx))
  tenantRoute(app, db, c.setMailSettings, async ({ body }, ctx) => settings.set(ctx, body))
  tenantRoute(app, db, c.portalCode, async ({ params }, ctx) => portal.giveCode(ctx, params.id))

  registerPortalRoutes(app, db, portal)

  const devOutbox = deps.showDevOutbox && deps.sms.kind === 'outbox'
  const noPage = () => new DomainError('not_found', 'Cette page est introuvable.')
  identityRoute(app, c.devSms, async (_i, _c, { reply }) => {
    if (!devOutbox) throw noPage()
    return reply.type('text/html; charset=utf-8').send(devSmsPage(await deps.sms.outbox()))
  })
  identityRoute(app, c.devSmsJson, async () => {
    if (!devOutbox) throw noPage()
    return deps.sms.outbox()
  })
}

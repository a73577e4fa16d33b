import type { FastifyInstance } from 'fastify'
import { metiersObservatoryContract as c } from '../../../../shared/modules/metiers/observatory.contract'
import type { Database } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { identityRoute, tenantRoute } from '../../../http/register'
import type { MetiersDeps } from '../metiers.deps'
import { platformContactService } from './contact.service'
import { funnelService } from './funnel.service'
import { funnelXlsx } from './funnel.xlsx'
import { platformSettingsService } from './settings.service'

/** Routes of the métiers module's observatory part: the recruitment observatory (funnels by job and territory) and the platform's contact form. */
export function registerObservatoryRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const contact = platformContactService(db, deps)
  const settings = platformSettingsService()
  const funnel = funnelService(deps.clock)

  // The receiving organisation is a setting: the service opens its tenant transaction once it is read.
  identityRoute(app, c.contactForm, async (_i, ctx) => contact.form(ctx.requestId))
  identityRoute(app, c.contact, async ({ body }, ctx) => contact.submit(ctx.requestId, body))

  tenantRoute(app, db, c.settings, async (_i, ctx) => settings.view(ctx))
  tenantRoute(app, db, c.saveSettings, async ({ body }, ctx) => settings.save(ctx, body))

  for (const [read, exported] of [
    [c.funnel, c.funnelExport],
    [c.platformFunnel, c.platformFunnelExport],
  ] as const) {
    tenantRoute(app, db, read, async ({ query }, ctx) => funnel.funnel(ctx, query))
    tenantRoute(app, db, exported, async ({ query }, ctx, http) => {
      const view = await funnel.funnel(ctx, query)
      asAttachment(
        http.reply,
        `observatoire-recrutement-${view.from}-${view.to}.xlsx`,
        xlsxType,
        'observatoire.xlsx',
      )
      return funnelXlsx(view, deps.clock())
    })
  }
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

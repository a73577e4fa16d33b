import type { BodyOf } from '../../../shared/contract'
import type { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { agentOf, type Clock, type MailCtx } from './mail.context'
import { mailRepository } from './mail.repository'

/** Until a structure chooses: the evening notice at 18:00, the portal closed. */
export const DEFAULT_MAIL_SETTINGS = { noticeTime: '18:00', portalEnabled: false }

type SettingsBody = BodyOf<typeof mailContract.setMailSettings>

export function mailSettingsService(clock: Clock) {
  return {
    async get(ctx: MailCtx) {
      const { organisationId } = agentOf(ctx)
      return (await mailRepository(ctx.tx).settings(organisationId)) ?? DEFAULT_MAIL_SETTINGS
    },

    async set(ctx: MailCtx, body: SettingsBody) {
      const { organisationId } = agentOf(ctx)
      const repo = mailRepository(ctx.tx)
      const before = (await repo.settings(organisationId)) ?? DEFAULT_MAIL_SETTINGS
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined))
      const after = await repo.saveSettings(organisationId, patch, clock())
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_settings',
        entityId: organisationId,
        before,
        after,
      })
      return after
    },
  }
}

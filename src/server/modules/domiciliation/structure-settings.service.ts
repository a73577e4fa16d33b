import type { BodyOf } from '../../../shared/contract'
import type { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'
import { memberOf, type Clock, type DecisionsCtx } from './decisions.context'
import { presentSettings } from './decisions.presenter'
import { decisionsRepository } from './decisions.repository'

type SettingsInput = BodyOf<typeof domiciliationDecisionsContract.setSettings>

/** What the structure prints on the Cerfa and the letters: address, contact, responsible person, hours. */
export function structureSettingsService(clock: Clock) {
  return {
    async get(ctx: DecisionsCtx) {
      const me = memberOf(ctx)
      return presentSettings(await decisionsRepository(ctx.tx).settings(me.organisationId))
    },

    async set(ctx: DecisionsCtx, input: SettingsInput) {
      const me = memberOf(ctx)
      const repo = decisionsRepository(ctx.tx)
      const before = presentSettings(await repo.settings(me.organisationId))
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      const after = presentSettings(
        await repo.saveSettings(me.organisationId, { ...patch, updatedAt: clock() }),
      )
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_settings',
        entityId: me.organisationId,
        before,
        after,
      })
      return after
    },
  }
}

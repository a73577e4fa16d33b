import { DomainError } from '../../../../shared/errors'
import type { PlatformSettingsView } from '../../../../shared/modules/metiers/observatory.contract'
import { defaultSecrecyThreshold } from '../../../../shared/modules/metiers/observatory-secrecy'
import type { RequestContext } from '../../../http/context'
import { observatoryRepository } from './observatory.repository'

/** The portal's settings, chosen by the platform administrator. */
export function platformSettingsService() {
  async function view(ctx: RequestContext): Promise<PlatformSettingsView> {
    const repo = observatoryRepository(ctx.tx)
    const row = await repo.settings()
    return {
      contactOrganisationId: row?.contactOrganisationId ?? null,
      secrecyThreshold: row?.secrecyThreshold ?? defaultSecrecyThreshold,
      organisations: await repo.receivingOrganisations(),
    }
  }

  return {
    view,

    async save(
      ctx: RequestContext,
      body: { contactOrganisationId: string | null; secrecyThreshold: number },
    ): Promise<PlatformSettingsView> {
      const repo = observatoryRepository(ctx.tx)
      if (body.contactOrganisationId) {
        const receiving = await repo.receivingOrganisations()
        if (!receiving.some((o) => o.id === body.contactOrganisationId)) {
          throw new DomainError(
            'validation',
            'Organisation : choisissez un CCAS, un CIAS ou un département.',
            [{ field: 'contactOrganisationId', message: 'Choisissez un CCAS, un CIAS ou un département.' }],
          )
        }
      }
      const before = await repo.settings()
      await repo.saveSettings({ ...body, updatedBy: ctx.actor!.accountId })
      await ctx.audit({
        action: 'update',
        entityType: 'metiers_platform_settings',
        organisationId: null,
        before: before
          ? { contactOrganisationId: before.contactOrganisationId, secrecyThreshold: before.secrecyThreshold }
          : {},
        after: body,
      })
      return view(ctx)
    },
  }
}

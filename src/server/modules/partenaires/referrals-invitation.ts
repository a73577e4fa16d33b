import { sql } from 'drizzle-orm'
import { DomainError, notFound } from '../../../shared/errors'
import { newId } from '../../../shared/ids'
import type { Mailer } from '../../platform/mailer'
import { organisationsRepository, organisationsService } from '../organisations'
import { referralsRepository } from './referrals.repository'
import type { ReferralsCtx } from './referrals.service'

/**
 * Invites a structure of the keeper's directory to Lien: its own organisation (an association,
 * created when the structure has none) and an invitation with the role "partenaire", sent by the
 * platform's invitation mechanism. The invitation is written inside the partner's tenant; the
 * journal of the keeper records it, since the keeper acted.
 */
export function partnerInvitations(deps: { mailer: Mailer; publicUrl: string }) {
  const organisations = organisationsService(deps)

  return {
    async invite(ctx: ReferralsCtx, structureId: string, email: string) {
      const actor = ctx.actor
      const keeperId = actor?.organisationId
      if (!actor || !keeperId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
      const repo = referralsRepository(ctx.tx)
      const structure = await repo.structure(structureId)
      if (!structure || structure.organisationId !== keeperId) throw notFound('Cette structure de l’annuaire')
      if (structure.status === 'fermee') {
        throw new DomainError('conflict', 'Cette structure est fermée : rouvrez-la avant de l’inviter.', [
          { field: 'id', message: 'Structure fermée.' },
        ])
      }

      const candidate = newId()
      const partnerId = await repo.partnerOrganisation(structureId, candidate)
      const created = partnerId === candidate
      const partner = await organisationsRepository(ctx.tx).getOrganisation(partnerId)
      if (!partner) throw notFound('L’organisation partenaire')

      const keeperAudit = ctx.audit
      if (created) {
        await keeperAudit({
          action: 'create',
          entityType: 'organisation',
          entityId: partnerId,
          after: { kind: 'association', name: partner.name, structureId },
        })
        await keeperAudit({
          action: 'update',
          entityType: 'directory_structure',
          entityId: structureId,
          before: { partnerOrganisationId: null },
          after: { partnerOrganisationId: partnerId },
        })
      }

      await ctx.tx.execute(sql`select set_config('app.organisation_id', ${partnerId}, true)`)
      const invitation = await organisations.invite(
        {
          tx: ctx.tx,
          actor: { ...actor, organisationId: partnerId },
          audit: (entry) => keeperAudit({ ...entry, organisationId: keeperId }),
        },
        { email, roles: ['partenaire'], serviceIds: [] },
      )
      await ctx.tx.execute(sql`select set_config('app.organisation_id', ${keeperId}, true)`)

      return {
        structure: { id: structure.id, name: structure.name },
        partnerOrganisation: { id: partner.id, name: partner.name },
        organisationCreated: created,
        invitation: {
          id: invitation.id,
          email: invitation.email,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      }
    },
  }
}

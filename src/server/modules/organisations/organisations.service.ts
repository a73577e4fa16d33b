import { sql } from 'drizzle-orm'
import { DomainError, notFound } from '../../../shared/errors'
import type { OrganisationKind, Role } from '../../../shared/modules/organisations/roles'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256 } from '../../platform/secrets'
import { organisationsRepository } from './organisations.repository'

const INVITATION_DAYS = 7

export interface OrganisationsDeps {
  mailer: Mailer
  publicUrl: string
}

interface Ctx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

const currentOrg = (actor: Actor | null) => {
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return actor.organisationId
}

export function organisationsService(deps: OrganisationsDeps) {
  async function sendInvitation(ctx: Ctx, organisationId: string, organisationName: string, email: string, roles: Role[], serviceIds: string[]) {
    const repo = organisationsRepository(ctx.tx)
    const token = randomToken()
    const invitation = await repo.insertInvitation({
      organisationId,
      email,
      roles,
      serviceIds,
      tokenHash: sha256(token),
      invitedBy: ctx.actor?.accountId ?? null,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    })
    await ctx.audit({ action: 'create', entityType: 'invitation', entityId: invitation.id, organisationId, after: { email, roles } })
    const link = `${deps.publicUrl}/invitation?token=${token}`
    await deps.mailer.send({
      to: email,
      subject: `Invitation à rejoindre ${organisationName} sur Lien`,
      text:
        `Bonjour,\n\n${ctx.actor?.displayName ?? 'Un administrateur'} vous invite à rejoindre ${organisationName} sur Lien.\n\n` +
        `Pour accepter, ouvrez ce lien dans les ${INVITATION_DAYS} jours :\n${link}\n\n` +
        `Si vous ne vous attendiez pas à cette invitation, ignorez ce message.\n`,
    })
    return invitation
  }

  return {
    listOrganisations: (ctx: Ctx) => organisationsRepository(ctx.tx).listOrganisations(),

    async createOrganisation(
      ctx: Ctx,
      input: { kind: OrganisationKind; name: string; siret?: string | null | undefined; communeInsee?: string | null | undefined; adminEmail: string },
    ) {
      const repo = organisationsRepository(ctx.tx)
      const org = await repo.insertOrganisation({
        kind: input.kind,
        name: input.name,
        siret: input.siret ?? null,
        communeInsee: input.communeInsee ?? null,
      })
      // The rest of the work happens inside the new tenant: its rows are only writable there.
      await ctx.tx.execute(sql`select set_config('app.organisation_id', ${org.id}, true)`)
      await ctx.audit({ action: 'create', entityType: 'organisation', entityId: org.id, organisationId: org.id, after: { kind: org.kind, name: org.name, siret: org.siret } })
      await sendInvitation(ctx, org.id, org.name, input.adminEmail, ['administrateur'], [])
      return org
    },

    async current(ctx: Ctx) {
      const org = await organisationsRepository(ctx.tx).getOrganisation(currentOrg(ctx.actor))
      if (!org) throw notFound('Cette organisation')
      return org
    },

    async updateCurrent(ctx: Ctx, patch: Record<string, unknown>) {
      const repo = organisationsRepository(ctx.tx)
      const id = currentOrg(ctx.actor)
      const before = await repo.getOrganisation(id)
      if (!before) throw notFound('Cette organisation')
      const after = await repo.updateOrganisation(id, patch)
      if (!after) throw notFound('Cette organisation')
      await ctx.audit({ action: 'update', entityType: 'organisation', entityId: id, before, after })
      return after
    },

    listServices: (ctx: Ctx) => organisationsRepository(ctx.tx).listServices(),

    async createService(ctx: Ctx, name: string) {
      const service = await organisationsRepository(ctx.tx).insertService(currentOrg(ctx.actor), name)
      await ctx.audit({ action: 'create', entityType: 'service', entityId: service.id, after: service })
      return service
    },

    async renameService(ctx: Ctx, id: string, name: string) {
      const service = await organisationsRepository(ctx.tx).renameService(id, name)
      if (!service) throw notFound('Ce service')
      await ctx.audit({ action: 'update', entityType: 'service', entityId: id, after: { name } })
      return service
    },

    async listMembers(ctx: Ctx) {
      const members = await organisationsRepository(ctx.tx).listMembers()
      await ctx.audit({ action: 'read', entityType: 'member', entityId: null })
      return members
    },

    async getMember(ctx: Ctx, id: string) {
      const member = await organisationsRepository(ctx.tx).getMember(id)
      if (!member) throw notFound('Ce membre')
      await ctx.audit({ action: 'read', entityType: 'member', entityId: id })
      return member
    },

    async updateMember(ctx: Ctx, id: string, patch: { roles?: Role[] | undefined; serviceIds?: string[] | undefined; active?: boolean | undefined }) {
      const repo = organisationsRepository(ctx.tx)
      const before = await repo.getMember(id)
      if (!before) throw notFound('Ce membre')
      const losesAdmin =
        before.roles.includes('administrateur') &&
        before.active &&
        ((patch.roles && !patch.roles.includes('administrateur')) || patch.active === false)
      if (losesAdmin && (await repo.countAdministrators()) <= 1) {
        throw new DomainError('conflict', "L'organisation doit garder au moins un administrateur.", [{ field: 'roles', message: 'Dernier administrateur.' }])
      }
      if (patch.serviceIds) {
        const unique = [...new Set(patch.serviceIds)]
        if ((await repo.countServices(unique)) !== unique.length) {
          throw new DomainError('validation', 'Services : un service choisi est introuvable.', [{ field: 'serviceIds', message: 'Service introuvable.' }])
        }
        await repo.setMembershipServices(currentOrg(ctx.actor), id, unique)
      }
      await repo.updateMembership(id, {
        ...(patch.roles ? { roles: patch.roles } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
      })
      const after = (await repo.getMember(id))!
      await ctx.audit({
        action: 'update',
        entityType: 'member',
        entityId: id,
        before: { roles: before.roles, serviceIds: before.serviceIds, active: before.active },
        after: { roles: after.roles, serviceIds: after.serviceIds, active: after.active },
      })
      return after
    },

    async removeMember(ctx: Ctx, id: string) {
      const repo = organisationsRepository(ctx.tx)
      const member = await repo.getMember(id)
      if (!member) throw notFound('Ce membre')
      if (member.roles.includes('administrateur') && member.active && (await repo.countAdministrators()) <= 1) {
        throw new DomainError('conflict', "L'organisation doit garder au moins un administrateur.")
      }
      await repo.deleteMembership(id)
      await ctx.audit({ action: 'delete', entityType: 'member', entityId: id, before: { email: member.email, roles: member.roles } })
    },

    listInvitations: (ctx: Ctx) => organisationsRepository(ctx.tx).listInvitations(),

    async invite(ctx: Ctx, input: { email: string; roles: Role[]; serviceIds: string[] }) {
      const repo = organisationsRepository(ctx.tx)
      const org = await repo.getOrganisation(currentOrg(ctx.actor))
      if (!org) throw notFound('Cette organisation')
      const unique = [...new Set(input.serviceIds)]
      if ((await repo.countServices(unique)) !== unique.length) {
        throw new DomainError('validation', 'Services : un service choisi est introuvable.', [{ field: 'serviceIds', message: 'Service introuvable.' }])
      }
      return sendInvitation(ctx, org.id, org.name, input.email, input.roles, unique)
    },

    async revokeInvitation(ctx: Ctx, id: string) {
      if (!(await organisationsRepository(ctx.tx).deleteInvitation(id))) throw notFound('Cette invitation')
      await ctx.audit({ action: 'delete', entityType: 'invitation', entityId: id })
    },
  }
}

export type OrganisationsService = ReturnType<typeof organisationsService>

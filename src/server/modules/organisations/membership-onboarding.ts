import { and, eq, gt, isNull } from 'drizzle-orm'
import { DomainError } from '../../../shared/errors'
import type { Role } from '../../../shared/modules/organisations/roles'
import type { Database, Db } from '../../db/client'
import { auditLog } from '../../platform/audit'
import { sha256 } from '../../platform/secrets'
import { accounts, checkPasswordStrength, hashPassword, type ProConnectIdentity } from '../auth'
import { invitations, memberships, membershipServices, organisations } from './organisations.table'

/**
 * Joining an organisation happens before the person belongs to any tenant: the invitation
 * token (or the ProConnect identity) is the authority, so these run as the owner, each in
 * one transaction.
 */
const invalidToken = () =>
  new DomainError('not_found', "Cette invitation n'existe pas, a expiré ou a déjà été acceptée.", [
    { field: 'token', message: 'Invitation introuvable ou expirée.' },
  ])

async function liveInvitation(tx: Db, token: string) {
  const [row] = await tx
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.tokenHash, sha256(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
  return row
}

async function ensureMembership(tx: Db, organisationId: string, accountId: string, roles: Role[], active: boolean) {
  const [existing] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.accountId, accountId)))
  if (existing) {
    const merged = [...new Set([...(existing.roles as Role[]), ...roles])]
    await tx.update(memberships).set({ roles: merged, active: existing.active || active }).where(eq(memberships.id, existing.id))
    return existing.id
  }
  const [created] = await tx.insert(memberships).values({ organisationId, accountId, roles, active }).returning({ id: memberships.id })
  return created!.id
}

export async function lookupInvitation(db: Database, token: string) {
  const row = await liveInvitation(db.owner, token)
  if (!row) throw invalidToken()
  const [account] = await db.owner.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, row.invitation.email))
  return {
    organisationName: row.organisationName,
    email: row.invitation.email,
    roles: row.invitation.roles as Role[],
    hasAccount: account !== undefined,
  }
}

export async function acceptInvitation(
  db: Database,
  input: { token: string; displayName?: string | undefined; password?: string | undefined },
  requestId: string,
) {
  await db.owner.transaction(async (tx) => {
    const row = await liveInvitation(tx, input.token)
    if (!row) throw invalidToken()
    const { invitation } = row
    let [account] = await tx.select().from(accounts).where(eq(accounts.email, invitation.email))
    if (!account) {
      if (!input.displayName) throw new DomainError('validation', 'Nom affiché : ce champ est obligatoire.', [{ field: 'displayName', message: 'Ce champ est obligatoire.' }])
      if (!input.password) throw new DomainError('validation', 'Mot de passe : choisissez un mot de passe.', [{ field: 'password', message: 'Ce champ est obligatoire.' }])
      checkPasswordStrength(input.password, [invitation.email, input.displayName], 'password')
      ;[account] = await tx
        .insert(accounts)
        .values({ email: invitation.email, displayName: input.displayName, passwordHash: await hashPassword(input.password) })
        .returning()
    }
    const membershipId = await ensureMembership(tx, invitation.organisationId, account!.id, invitation.roles as Role[], true)
    if (invitation.serviceIds.length) {
      await tx
        .insert(membershipServices)
        .values(invitation.serviceIds.map((serviceId) => ({ organisationId: invitation.organisationId, membershipId, serviceId })))
        .onConflictDoNothing()
    }
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id))
    await tx.insert(auditLog).values({
      organisationId: invitation.organisationId,
      actorAccountId: account!.id,
      actorLabel: account!.displayName,
      action: 'create',
      entityType: 'member',
      entityId: membershipId,
      requestId,
      diff: { roles: [null, invitation.roles], invitation: [invitation.id, 'acceptée'] },
    })
  })
}

/**
 * A ProConnect sign-in: the account is found by `sub`, else by e-mail (and linked), else
 * created. The `siret` claim attaches it to that organisation, with no role until an
 * administrator gives one.
 */
export async function attachProConnectIdentity(db: Database, identity: ProConnectIdentity): Promise<string> {
  return db.owner.transaction(async (tx) => {
    let [account] = await tx.select().from(accounts).where(eq(accounts.proconnectSub, identity.sub))
    if (!account) {
      ;[account] = await tx.select().from(accounts).where(eq(accounts.email, identity.email))
      if (account) {
        await tx.update(accounts).set({ proconnectSub: identity.sub }).where(eq(accounts.id, account.id))
      } else {
        const displayName = `${identity.givenName} ${identity.usualName}`.trim() || identity.email
        ;[account] = await tx.insert(accounts).values({ email: identity.email, displayName, proconnectSub: identity.sub }).returning()
      }
    }
    if (identity.siret) {
      const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.siret, identity.siret))
      if (org) {
        const [existing] = await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.organisationId, org.id), eq(memberships.accountId, account!.id)))
        if (!existing) {
          const membershipId = await ensureMembership(tx, org.id, account!.id, [], false)
          await tx.insert(auditLog).values({
            organisationId: org.id,
            actorAccountId: account!.id,
            actorLabel: account!.displayName,
            action: 'create',
            entityType: 'member',
            entityId: membershipId,
            diff: { origine: [null, 'ProConnect'], active: [null, false] },
          })
        }
      }
    }
    return account!.id
  })
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth'
import { invitations, memberships, membershipServices, organisations, services } from './organisations.table'

export type Organisation = typeof organisations.$inferSelect
export type Invitation = typeof invitations.$inferSelect
export interface MemberRow {
  id: string
  accountId: string
  email: string
  displayName: string
  roles: string[]
  active: boolean
  totpEnabled: boolean
  serviceIds: string[]
}

const memberColumns = {
  id: memberships.id,
  accountId: memberships.accountId,
  email: accounts.email,
  displayName: accounts.displayName,
  roles: memberships.roles,
  active: memberships.active,
  totpEnabled: sql<boolean>`${accounts.totpEnabledAt} is not null`,
  serviceIds: sql<string[]>`coalesce((select array_agg(ms.service_id order by ms.service_id) from ${membershipServices} ms where ms.membership_id = ${memberships.id}), '{}')`,
}

/** Queries of the organisations module; row-level security scopes them to the tenant. */
export function organisationsRepository(tx: Db) {
  return {
    listOrganisations: () => tx.select().from(organisations).orderBy(asc(organisations.name)),
    async getOrganisation(id: string): Promise<Organisation | undefined> {
      const [org] = await tx.select().from(organisations).where(eq(organisations.id, id))
      return org
    },
    async insertOrganisation(values: typeof organisations.$inferInsert): Promise<Organisation> {
      const [org] = await tx.insert(organisations).values(values).returning()
      return org!
    },
    async updateOrganisation(id: string, patch: Partial<typeof organisations.$inferInsert>): Promise<Organisation | undefined> {
      const [org] = await tx
        .update(organisations)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(organisations.id, id))
        .returning()
      return org
    },
    listServices: () => tx.select({ id: services.id, name: services.name }).from(services).orderBy(asc(services.name)),
    async insertService(organisationId: string, name: string) {
      const [s] = await tx.insert(services).values({ organisationId, name }).returning({ id: services.id, name: services.name })
      return s!
    },
    async renameService(id: string, name: string) {
      const [s] = await tx.update(services).set({ name }).where(eq(services.id, id)).returning({ id: services.id, name: services.name })
      return s
    },
    async countServices(ids: string[]): Promise<number> {
      if (ids.length === 0) return 0
      const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, ids))
      return found.length
    },
    listMembers: (): Promise<MemberRow[]> =>
      tx
        .select(memberColumns)
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .where(sql`${memberships.organisationId} = app_organisation_id()`)
        .orderBy(asc(accounts.displayName)),
    async getMember(id: string): Promise<MemberRow | undefined> {
      const [m] = await tx
        .select(memberColumns)
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .where(and(eq(memberships.id, id), sql`${memberships.organisationId} = app_organisation_id()`))
      return m
    },
    async updateMembership(id: string, patch: { roles?: string[]; active?: boolean }) {
      if (Object.keys(patch).length) await tx.update(memberships).set(patch).where(eq(memberships.id, id))
    },
    async setMembershipServices(organisationId: string, membershipId: string, serviceIds: string[]) {
      await tx.delete(membershipServices).where(eq(membershipServices.membershipId, membershipId))
      if (serviceIds.length) {
        await tx.insert(membershipServices).values(serviceIds.map((serviceId) => ({ organisationId, membershipId, serviceId })))
      }
    },
    async deleteMembership(id: string) {
      await tx.delete(memberships).where(eq(memberships.id, id))
    },
    async countAdministrators(): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(sql`${memberships.organisationId} = app_organisation_id() and 'administrateur' = any(${memberships.roles}) and ${memberships.active}`)
      return Number(row?.n ?? 0)
    },
    listInvitations: () => tx.select().from(invitations).orderBy(sql`${invitations.createdAt} desc`),
    async insertInvitation(values: typeof invitations.$inferInsert): Promise<Invitation> {
      const [inv] = await tx.insert(invitations).values(values).returning()
      return inv!
    },
    async deleteInvitation(id: string): Promise<boolean> {
      const deleted = await tx.delete(invitations).where(eq(invitations.id, id)).returning({ id: invitations.id })
      return deleted.length > 0
    },
  }
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>

import { and, arrayOverlaps, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth'
import { memberships, membershipServices, services } from './organisations.table'

/** A colleague as other modules show them: a name and the services they work in, never an e-mail. */
export interface ColleagueRow {
  accountId: string
  displayName: string
  services: { id: string; name: string }[]
}

/**
 * The active members of the caller's organisation holding one of `roles`, by name; with
 * `serviceId`, only those who work in that service. Read under row-level security.
 */
export async function activeColleagues(
  tx: Db,
  filter: { roles: readonly string[]; serviceId?: string | undefined },
): Promise<ColleagueRow[]> {
  if (filter.roles.length === 0) return []
  const found = await tx
    .select({
      membershipId: memberships.id,
      accountId: memberships.accountId,
      displayName: accounts.displayName,
    })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        // Everyone may read their own memberships in other organisations: keep to this one.
        sql`${memberships.organisationId} = app_organisation_id()`,
        eq(memberships.active, true),
        arrayOverlaps(memberships.roles, [...filter.roles]),
        filter.serviceId
          ? inArray(
              memberships.id,
              tx
                .select({ id: membershipServices.membershipId })
                .from(membershipServices)
                .where(eq(membershipServices.serviceId, filter.serviceId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(accounts.displayName), asc(memberships.accountId))
  if (found.length === 0) return []
  const worksIn = await tx
    .select({ membershipId: membershipServices.membershipId, id: services.id, name: services.name })
    .from(membershipServices)
    .innerJoin(services, eq(services.id, membershipServices.serviceId))
    .where(
      inArray(
        membershipServices.membershipId,
        found.map((m) => m.membershipId),
      ),
    )
    .orderBy(asc(services.name))
  return found.map((m) => ({
    accountId: m.accountId,
    displayName: m.displayName,
    services: worksIn.filter((s) => s.membershipId === m.membershipId).map(({ id, name }) => ({ id, name })),
  }))
}

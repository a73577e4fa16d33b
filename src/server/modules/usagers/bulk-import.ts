import { and, inArray, isNull } from 'drizzle-orm'
import { newId } from '../../../shared/ids'
import { searchTextOf } from '../../../shared/modules/usagers/names'
import type { Db } from '../../db/client'
import { householdMembers, usagers } from './usagers.table'

const BATCH = 500

/** A person brought by an import of another module: identity, contacts and household. */
export interface ImportedPerson {
  firstName: string
  lastName: string
  pseudonym: string | null
  birthDate: string
  gender: string | null
  phone: string | null
  email: string | null
  noStableAddress: boolean
  lastContactAt: Date
  household: {
    firstName: string | null
    lastName: string | null
    relation: string
    birthDate: string | null
  }[]
}

/** Live files born on one of these days: an import attaches to them rather than duplicating them. */
export async function usagersBornOn(
  tx: Db,
  days: string[],
): Promise<{ id: string; firstName: string | null; lastName: string | null; birthDate: string }[]> {
  const unique = [...new Set(days)]
  const found: { id: string; firstName: string | null; lastName: string | null; birthDate: string }[] = []
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = await tx
      .select({
        id: usagers.id,
        firstName: usagers.firstName,
        lastName: usagers.lastName,
        birthDate: usagers.birthDate,
      })
      .from(usagers)
      .where(
        and(
          inArray(usagers.birthDate, unique.slice(i, i + BATCH)),
          isNull(usagers.mergedIntoId),
          isNull(usagers.anonymisedAt),
        ),
      )
    for (const r of rows) if (r.birthDate) found.push({ ...r, birthDate: r.birthDate })
  }
  return found
}

/**
 * Creates the files of many people at once, with their household, in multi-row inserts; the
 * search text is kept as the repository keeps it. Returns the new ids in the given order.
 */
export async function createUsagersInBulk(
  tx: Db,
  organisationId: string,
  createdBy: string | null,
  people: ImportedPerson[],
): Promise<string[]> {
  const ids = people.map(() => newId())
  for (let i = 0; i < people.length; i += BATCH) {
    await tx.insert(usagers).values(
      people.slice(i, i + BATCH).map((p, k) => ({
        id: ids[i + k]!,
        organisationId,
        firstName: p.firstName,
        lastName: p.lastName,
        pseudonym: p.pseudonym,
        birthDate: p.birthDate,
        gender: p.gender,
        phone: p.phone,
        email: p.email,
        noStableAddress: p.noStableAddress,
        lastContactAt: p.lastContactAt,
        searchText: searchTextOf(p),
        createdBy,
      })),
    )
  }
  const members = people.flatMap((p, k) =>
    p.household.map((m) => ({ ...m, organisationId, usagerId: ids[k]! })),
  )
  for (let i = 0; i < members.length; i += BATCH)
    await tx.insert(householdMembers).values(members.slice(i, i + BATCH))
  return ids
}

/** The household members of several files. */
export function householdsOf(tx: Db, usagerIds: string[]) {
  if (usagerIds.length === 0) return Promise.resolve([])
  return tx
    .select({
      usagerId: householdMembers.usagerId,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
      birthDate: householdMembers.birthDate,
    })
    .from(householdMembers)
    .where(inArray(householdMembers.usagerId, usagerIds))
}

/** Adds household members to existing files. */
export async function addHouseholdMembers(
  tx: Db,
  organisationId: string,
  members: (ImportedPerson['household'][number] & { usagerId: string })[],
): Promise<void> {
  for (let i = 0; i < members.length; i += BATCH)
    await tx
      .insert(householdMembers)
      .values(members.slice(i, i + BATCH).map((m) => ({ ...m, organisationId })))
}

import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { usagers } from '../usagers/usagers.table'

/**
 * Everything the accueil module needs of the usagers module, in one place. The usagers module
 * publishes these lookups through its index.ts; until it does, they read its table here, under
 * the same row-level security.
 */
export interface UsagerSummary {
  id: string
  label: string
}

function labelOf(u: { firstName: string | null; lastName: string | null; pseudonym: string | null }): string {
  const name = [u.firstName, u.lastName?.toUpperCase()].filter(Boolean).join(' ')
  return name || u.pseudonym || 'Usager sans nom'
}

const summaryColumns = {
  id: usagers.id,
  firstName: usagers.firstName,
  lastName: usagers.lastName,
  pseudonym: usagers.pseudonym,
  mergedIntoId: usagers.mergedIntoId,
}

/** The usager of the current organisation, following a merge to the file that was kept. */
export async function findUsager(tx: Db, id: string): Promise<UsagerSummary | undefined> {
  const [u] = await tx.select(summaryColumns).from(usagers).where(eq(usagers.id, id))
  if (!u) return undefined
  if (u.mergedIntoId && u.mergedIntoId !== id) return findUsager(tx, u.mergedIntoId)
  return { id: u.id, label: labelOf(u) }
}

export async function usagerLabels(tx: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const found = await tx.select(summaryColumns).from(usagers).where(inArray(usagers.id, unique))
  return new Map(found.map((u) => [u.id, labelOf(u)]))
}

/** The one live usager with this e-mail address, if exactly one has it. */
export async function usagerIdByEmail(tx: Db, email: string): Promise<string | undefined> {
  const found = await tx
    .select({ id: usagers.id })
    .from(usagers)
    .where(
      and(
        sql`lower(${usagers.email}) = ${email.toLowerCase()}`,
        isNull(usagers.mergedIntoId),
        isNull(usagers.anonymisedAt),
      ),
    )
    .limit(2)
  return found.length === 1 ? found[0]!.id : undefined
}

/** A request from the person counts as a contact (it keeps the file out of the retention purge). */
export async function touchLastContact(tx: Db, usagerId: string, at: Date): Promise<void> {
  await tx
    .update(usagers)
    .set({ lastContactAt: sql`greatest(${usagers.lastContactAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(usagers.id, usagerId))
}

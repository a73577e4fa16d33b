import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { usagersRepository } from './usagers.repository'
import { usagers } from './usagers.table'

/** What another module shows of a person: an id and a label, never the whole file. */
export interface UsagerSummaryRow {
  id: string
  label: string
  firstName: string | null
  lastName: string | null
  pseudonym: string | null
  birthDate: string | null
  anonymised: boolean
}

const columns = {
  id: usagers.id,
  firstName: usagers.firstName,
  lastName: usagers.lastName,
  pseudonym: usagers.pseudonym,
  birthDate: usagers.birthDate,
  mergedIntoId: usagers.mergedIntoId,
  anonymisedAt: usagers.anonymisedAt,
}

type Row = {
  firstName: string | null
  lastName: string | null
  pseudonym: string | null
  anonymisedAt: Date | null
}

/** "Hélène LEFÈVRE", else the pseudonym. */
export function usagerLabel(u: Row): string {
  if (u.anonymisedAt) return 'Personne anonymisée'
  const name = [u.firstName, u.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ')
  return name || u.pseudonym || 'Personne sans nom'
}

/** The file visible in the current tenant, following merges to the file that was kept. */
export async function findUsagerSummary(tx: Db, usagerId: string): Promise<UsagerSummaryRow | undefined> {
  let id = usagerId
  for (let hops = 0; hops < 10; hops++) {
    const [u] = await tx.select(columns).from(usagers).where(eq(usagers.id, id))
    if (!u) return undefined
    if (!u.mergedIntoId) {
      return {
        id: u.id,
        label: usagerLabel(u),
        firstName: u.firstName,
        lastName: u.lastName,
        pseudonym: u.pseudonym,
        birthDate: u.birthDate,
        anonymised: u.anonymisedAt !== null,
      }
    }
    id = u.mergedIntoId
  }
  return undefined
}

/** Several files at once, by id (no merge following): what a list of people shows. */
export async function usagerSummaries(tx: Db, ids: string[]): Promise<Map<string, UsagerSummaryRow>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const found = await tx.select(columns).from(usagers).where(inArray(usagers.id, unique))
  return new Map(
    found.map((u) => [
      u.id,
      {
        id: u.id,
        label: usagerLabel(u),
        firstName: u.firstName,
        lastName: u.lastName,
        pseudonym: u.pseudonym,
        birthDate: u.birthDate,
        anonymised: u.anonymisedAt !== null,
      },
    ]),
  )
}

export async function usagerLabels(tx: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const found = await tx.select(columns).from(usagers).where(inArray(usagers.id, unique))
  return new Map(found.map((u) => [u.id, usagerLabel(u)]))
}

/** The one live file with this e-mail address, if exactly one has it. */
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

/** Records a contact with the person (a request logged, an answer given): the retention starts again. */
export async function touchLastContact(tx: Db, usagerId: string, at: Date = new Date()): Promise<void> {
  await tx
    .update(usagers)
    .set({ lastContactAt: sql`greatest(${usagers.lastContactAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(usagers.id, usagerId))
}

/** The live files of the tenant whose names match the query, best first (the people search). */
export async function searchUsagerIds(tx: Db, query: string, limit: number): Promise<string[]> {
  return (await usagersRepository(tx).search(query, limit)).map((u) => u.id)
}

/** How a person agreed to be told of something waiting: only the channels consented to, with their address. */
export interface UsagerNoticeContact {
  id: string
  /** E.164, when the person consented to text messages. */
  sms: string | null
  /** When the person consented to e-mails. */
  email: string | null
}

export async function usagerNoticeContacts(tx: Db, ids: string[]): Promise<UsagerNoticeContact[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await tx
    .select({
      id: usagers.id,
      phone: usagers.phone,
      email: usagers.email,
      consentSms: usagers.consentSms,
      consentEmail: usagers.consentEmail,
    })
    .from(usagers)
    .where(and(inArray(usagers.id, unique), isNull(usagers.mergedIntoId), isNull(usagers.anonymisedAt)))
  return found.map((u) => ({
    id: u.id,
    sms: u.consentSms && u.phone ? u.phone : null,
    email: u.consentEmail && u.email ? u.email : null,
  }))
}

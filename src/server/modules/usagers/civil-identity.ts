import type { Db } from '../../db/client'
import { fileContentsRepository } from './file-contents.repository'
import { findUsagerSummary } from './lookups'
import { usagersRepository } from './usagers.repository'

/** What an official form prints of a person: civil identity, contact and ayants droit. */
export interface CivilIdentity {
  id: string
  firstName: string | null
  lastName: string | null
  birthName: string | null
  birthDate: string | null
  gender: string | null
  phone: string | null
  email: string | null
  household: {
    firstName: string | null
    lastName: string | null
    relation: string
    birthDate: string | null
  }[]
}

/** The live file (following merges) with its household, or undefined when unknown or anonymised. */
export async function civilIdentity(tx: Db, usagerId: string): Promise<CivilIdentity | undefined> {
  const summary = await findUsagerSummary(tx, usagerId)
  if (!summary || summary.anonymised) return undefined
  const u = await usagersRepository(tx).get(summary.id)
  if (!u) return undefined
  const household = await fileContentsRepository(tx).household(u.id)
  return {
    id: u.id,
    firstName: u.firstName,
    lastName: u.lastName,
    birthName: u.birthName,
    birthDate: u.birthDate,
    gender: u.gender,
    phone: u.phone,
    email: u.email,
    household: household.map((m) => ({
      firstName: m.firstName,
      lastName: m.lastName,
      relation: m.relation,
      birthDate: m.birthDate,
    })),
  }
}

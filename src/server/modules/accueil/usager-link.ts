import type { Db } from '../../db/client'
import {
  findUsagerSummary,
  touchLastContact as touchUsager,
  usagerIdByEmail as findByEmail,
  usagerLabels as labels,
} from '../usagers'

/** Everything the accueil module needs of a person's file, from the usagers module's public API. */
export interface UsagerSummary {
  id: string
  label: string
}

/** The usager of the current organisation, following a merge to the file that was kept. */
export async function findUsager(tx: Db, id: string): Promise<UsagerSummary | undefined> {
  const found = await findUsagerSummary(tx, id)
  return found && !found.anonymised ? { id: found.id, label: found.label } : undefined
}

export const usagerLabels = (tx: Db, ids: string[]): Promise<Map<string, string>> => labels(tx, ids)

/** The one live usager with this e-mail address, if exactly one has it. */
export const usagerIdByEmail = (tx: Db, email: string): Promise<string | undefined> => findByEmail(tx, email)

/** A request from the person counts as a contact (it keeps the file out of the retention purge). */
export const touchLastContact = (tx: Db, usagerId: string, at: Date): Promise<void> =>
  touchUsager(tx, usagerId, at)

import type { Database } from '../../db/client'
import { offersRepository } from './offers.repository'

/**
 * The daily expiry: published offers past their end of publication become expired (their closing
 * time is their end). The public read already treats them as expired; this makes the state true
 * for the lists and for the closing notices sent to applicants. Runs as the owner, across employers.
 */
export async function expireOffers(db: Database, now: Date): Promise<number> {
  return offersRepository(db.owner).expirePastOffers(now)
}

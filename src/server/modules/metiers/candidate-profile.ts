import type { Db } from '../../db/client'
import type { CvType } from './candidate-cv'
import { candidateProfilesRepository } from './candidates.repository'

/** What applying with an account reuses: the candidate's details and the stored CV. */
export interface CandidateProfileForApplying {
  firstName: string
  lastName: string
  phone: string | null
  city: string
  presentation: string
  /** `key` is in the métiers file storage; copy the bytes to the application's own key. */
  cv: { key: string; fileName: string; type: CvType; bytes: number; sha256: string } | null
}

/**
 * The profile of a signed-in candidate, read in the caller's transaction under row-level
 * security (only the account's own profile is visible), or null when they have none yet.
 * The e-mail is the account's: the caller has it as `actor.email`.
 */
export async function candidateProfileFor(
  tx: Db,
  accountId: string,
): Promise<CandidateProfileForApplying | null> {
  const row = await candidateProfilesRepository(tx).get(accountId)
  if (!row) return null
  const cv =
    row.cvKey && row.cvName && row.cvType && row.cvBytes !== null && row.cvSha256
      ? {
          key: row.cvKey,
          fileName: row.cvName,
          type: row.cvType as CvType,
          bytes: row.cvBytes,
          sha256: row.cvSha256,
        }
      : null
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    city: row.commune,
    presentation: row.presentation,
    cv,
  }
}

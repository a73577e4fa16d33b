import { parisDate } from '../../../../shared/dates'
import type { Db } from '../../../db/client'
import { observatoryRepository } from './observatory.repository'

/**
 * Counts one view of a published fiche, for the recruitment observatory: a daily counter by
 * fiche and territory, nothing about the visitor. Called by the server-rendered page and by the
 * fiche's API; the portal's first page uses the data the server rendered it with and does not
 * call the API, so a visit counts once.
 */
export async function countFicheView(tx: Db, jobId: string, at: Date, departement: string | null = null) {
  await observatoryRepository(tx).countView(jobId, departement ?? '', parisDate(at))
}

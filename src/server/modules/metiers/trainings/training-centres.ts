import { inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { trainingCentres } from './trainings.table'

export type TrainingCentre = typeof trainingCentres.$inferSelect

/**
 * Training centres by their ids, for other parts (apprenticeship seats name the centres they
 * accept). Row-level security applies: a visitor gets only published centres.
 */
export async function trainingCentresByIds(db: Db, ids: readonly string[]): Promise<TrainingCentre[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  return db.select().from(trainingCentres).where(inArray(trainingCentres.id, unique))
}

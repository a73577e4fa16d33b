import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the trainings part. */
export async function createDemoTrainings(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the ambassadors part. */
export async function createDemoAmbassadors(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

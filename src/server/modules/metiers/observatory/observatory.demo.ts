import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the observatory part. */
export async function createDemoObservatory(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

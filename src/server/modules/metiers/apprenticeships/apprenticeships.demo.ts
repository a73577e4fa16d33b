import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the apprenticeships part. */
export async function createDemoApprenticeships(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the retention part. */
export async function createDemoRetention(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

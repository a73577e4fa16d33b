import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the events part. */
export async function createDemoEvents(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

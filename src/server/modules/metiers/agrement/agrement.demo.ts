import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the agrement part. */
export async function createDemoAgrement(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

import type { Db } from '../../../db/client'
import type { PathwaysDemoContext } from '../pathways.demo'

/** Demo data of the immersions part. */
export async function createDemoImmersions(_tx: Db, _context: PathwaysDemoContext): Promise<void> {}

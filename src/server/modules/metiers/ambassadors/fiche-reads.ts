import type { RequestContext } from '../../../http/context'
import { discoveryPathRepository } from './discovery-path.repository'

/**
 * Notes that the signed-in person read a fiche (the first step of their discovery path). Called
 * by the fiche's public reading, for the portal page and the server-rendered page alike.
 */
export async function recordFicheRead(ctx: RequestContext, jobId: string, at: Date): Promise<void> {
  if (ctx.actor?.stage !== 'active') return
  await discoveryPathRepository(ctx.tx).recordRead(ctx.actor.accountId, jobId, at)
}

import type { Db } from '../../db/client'

export interface PilotageDemoContext {
  /** The demo CCAS of Besançon, owner of its social project. */
  ccasOrganisationId: string
  /** E-mail domain of the demo accounts (`demo-lien.test`): pilots are `direction@…` and others. */
  domain: string
}

/**
 * The two seed plans (the Département de l’Ain, created by the métiers demo, owns its plan for the
 * jobs), their fiches, indicators, measurements, budgets and a review.
 */
export async function createDemoPilotage(_tx: Db, _ctx: PilotageDemoContext): Promise<void> {}

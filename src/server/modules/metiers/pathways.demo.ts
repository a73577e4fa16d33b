import type { Db } from '../../db/client'
import { createDemoTrainings } from './trainings/trainings.demo'
import { createDemoApprenticeships } from './apprenticeships/apprenticeships.demo'
import { createDemoImmersions } from './immersions/immersions.demo'
import { createDemoEvents } from './events/events.demo'
import { createDemoAmbassadors } from './ambassadors/ambassadors.demo'
import { createDemoRetention } from './retention/retention.demo'
import { createDemoAgrement } from './agrement/agrement.demo'
import { createDemoObservatory } from './observatory/observatory.demo'

export interface PathwaysDemoContext {
  /** The demo CCAS of Besançon. */
  ccasOrganisationId: string
  /** E-mail domain of the demo accounts (`demo-lien.test`). */
  domain: string
  /** Hash of the demo password, for the accounts a part creates. */
  passwordHash: string
}

/**
 * The pathways into the jobs, after the employers and their offers: trainings first (apprenticeship
 * seats name training centres), then apprenticeships, immersions, events, ambassadors, the reasons to
 * stay, the agrément of assistants familiaux, and the observatory.
 */
export async function createDemoPathways(tx: Db, context: PathwaysDemoContext) {
  await createDemoTrainings(tx, context)
  await createDemoApprenticeships(tx, context)
  await createDemoImmersions(tx, context)
  await createDemoEvents(tx, context)
  await createDemoAmbassadors(tx, context)
  await createDemoRetention(tx, context)
  await createDemoAgrement(tx, context)
  await createDemoObservatory(tx, context)
}

import type { metiersTrainingsContract } from '../../../../../shared/modules/metiers/trainings.contract'
import { portalRoute } from '../portal-api'

type Trainings = typeof metiersTrainingsContract

/** The API routes of the trainings part that the portal calls (merged into `portalRoutes`). */
export const trainingsApiRoutes = {
  catalogue: portalRoute<Trainings['catalogue']>('GET', '/api/metiers/formations'),
  training: portalRoute<Trainings['training']>('GET', '/api/metiers/formations/:ref'),
  mallette: portalRoute<Trainings['mallette']>('GET', '/api/metiers/mallette'),
  welcomeKit: portalRoute<Trainings['welcomeKit']>(
    'GET',
    '/api/metiers/employeurs/:organisationId/accueil-apprentis',
  ),
}

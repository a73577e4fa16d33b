import type { metiersApprenticeshipsContract } from '../../../../../shared/modules/metiers/apprenticeships.contract'
import { portalRoute } from '../portal-api'

type C = typeof metiersApprenticeshipsContract

/** The API routes of the apprenticeships part that the portal calls (merged into `portalRoutes`). */
export const apprenticeshipsApiRoutes = {
  publicSeats: portalRoute<C['publicSeats']>('GET', '/api/metiers/apprentissage/places'),
  options: portalRoute<C['options']>('GET', '/api/metiers/apprentissage/choix'),
  mySpace: portalRoute<C['mySpace']>('GET', '/api/metiers/compte/apprentissage'),
  saveRequest: portalRoute<C['saveRequest']>('PUT', '/api/metiers/compte/apprentissage'),
  changeRequestState: portalRoute<C['changeRequestState']>('POST', '/api/metiers/compte/apprentissage/etat'),
  candidateContact: portalRoute<C['candidateContact']>(
    'POST',
    '/api/metiers/compte/apprentissage/places/:id/contact',
  ),
  candidateConversation: portalRoute<C['candidateConversation']>(
    'GET',
    '/api/metiers/compte/apprentissage/contacts/:id',
  ),
  candidateAnswer: portalRoute<C['candidateAnswer']>(
    'POST',
    '/api/metiers/compte/apprentissage/contacts/:id/reponse',
  ),
  candidateMessage: portalRoute<C['candidateMessage']>(
    'POST',
    '/api/metiers/compte/apprentissage/contacts/:id/messages',
  ),
}

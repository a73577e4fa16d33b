import type { metiersAmbassadorsContract } from '../../../../../shared/modules/metiers/ambassadors.contract'
import { portalRoute } from '../portal-api'

type C = typeof metiersAmbassadorsContract

/** The API routes of the ambassadors part that the portal calls (merged into `portalRoutes`). */
export const ambassadorsApiRoutes = {
  directory: portalRoute<C['directory']>('GET', '/api/metiers/ambassadeurs'),
  ambassador: portalRoute<C['ambassador']>('GET', '/api/metiers/ambassadeurs/:id'),
  book: portalRoute<C['book']>('POST', '/api/metiers/ambassadeurs/:id/demandes'),
  space: portalRoute<C['space']>('GET', '/api/metiers/compte/ambassadeur'),
  saveProfile: portalRoute<C['saveProfile']>('PUT', '/api/metiers/compte/ambassadeur'),
  submitProfile: portalRoute<C['submitProfile']>('POST', '/api/metiers/compte/ambassadeur/soumission'),
  setActive: portalRoute<C['setActive']>('PUT', '/api/metiers/compte/ambassadeur/actif'),
  completeModule: portalRoute<C['completeModule']>('POST', '/api/metiers/compte/ambassadeur/modules/:id'),
  answerBooking: portalRoute<C['answerBooking']>(
    'POST',
    '/api/metiers/compte/ambassadeur/demandes/:id/reponse',
  ),
  markBookingDone: portalRoute<C['markBookingDone']>(
    'POST',
    '/api/metiers/compte/ambassadeur/demandes/:id/realisee',
  ),
  path: portalRoute<C['path']>('GET', '/api/metiers/compte/parcours'),
  addPathJob: portalRoute<C['addPathJob']>('POST', '/api/metiers/compte/parcours'),
  removePathJob: portalRoute<C['removePathJob']>('DELETE', '/api/metiers/compte/parcours/:fiche'),
  markStep: portalRoute<C['markStep']>('PUT', '/api/metiers/compte/parcours/:fiche/etapes/:step'),
}

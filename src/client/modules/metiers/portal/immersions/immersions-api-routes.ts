import type { metiersImmersionsContract } from '../../../../../shared/modules/metiers/immersions.contract'
import { portalRoute } from '../portal-api'

type C = typeof metiersImmersionsContract

/** The API routes of the immersions part that the portal calls (merged into `portalRoutes`). */
export const immersionsApiRoutes = {
  publicList: portalRoute<C['publicList']>('GET', '/api/metiers/immersions'),
  publicOffer: portalRoute<C['publicOffer']>('GET', '/api/metiers/immersions/:id'),
  request: portalRoute<C['request']>('POST', '/api/metiers/immersions/:id/demandes'),
  myRequests: portalRoute<C['myRequests']>('GET', '/api/metiers/compte/immersions'),
  cancelMine: portalRoute<C['cancelMine']>('POST', '/api/metiers/compte/immersions/:id/annuler'),
}

/** The candidate's convention, downloaded by the browser itself. */
export const myConventionHref = (id: string) => `/api/metiers/compte/immersions/${id}/convention.pdf`

import type { metiersAgrementContract } from '../../../../../shared/modules/metiers/agrement.contract'
import { portalRoute } from '../portal-api'

type C = typeof metiersAgrementContract

/** The API routes of the agrement part that the portal calls (merged into `portalRoutes`). */
export const agrementApiRoutes = {
  publicMeetings: portalRoute<C['publicMeetings']>('GET', '/api/metiers/agrement/reunions'),
  register: portalRoute<C['register']>('POST', '/api/metiers/agrement/reunions/:id/inscriptions'),
  myFiles: portalRoute<C['myFiles']>('GET', '/api/metiers/compte/agrement'),
}

import type { metiersObservatoryContract } from '../../../../../shared/modules/metiers/observatory.contract'
import { portalRoute } from '../portal-api'

type C = typeof metiersObservatoryContract

/** The API routes of the observatory part that the portal calls (merged into `portalRoutes`). */
export const observatoryApiRoutes = {
  contactForm: portalRoute<C['contactForm']>('GET', '/api/public/metiers/contact'),
  contact: portalRoute<C['contact']>('POST', '/api/public/metiers/contact'),
}

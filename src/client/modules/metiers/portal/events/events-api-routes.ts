import type { metiersEventsContract } from '../../../../../shared/modules/metiers/events.contract'
import { portalRoute } from '../portal-api'

type Events = typeof metiersEventsContract

/** The API routes of the events part that the portal calls (merged into `portalRoutes`). */
export const eventsApiRoutes = {
  search: portalRoute<Events['search']>('GET', '/api/metiers/evenements'),
  event: portalRoute<Events['event']>('GET', '/api/metiers/evenements/:slug'),
  prefill: portalRoute<Events['prefill']>('GET', '/api/metiers/evenements/:slug/moi'),
  register: portalRoute<Events['register']>('POST', '/api/metiers/evenements/:slug/inscriptions'),
  registration: portalRoute<Events['registration']>(
    'GET',
    '/api/metiers/evenements/:slug/inscription/:token',
  ),
  cancel: portalRoute<Events['cancel']>('POST', '/api/metiers/evenements/:slug/inscription/:token/annuler'),
  myEvents: portalRoute<Events['myEvents']>('GET', '/api/metiers/compte/evenements'),
}

import type { metiersRetentionContract } from '../../../../../shared/modules/metiers/retention.contract'
import { portalRoute } from '../portal-api'

type Retention = typeof metiersRetentionContract

/** The API routes of the retention part that the portal calls (merged into `portalRoutes`). */
export const retentionApiRoutes = {
  pointDeChuteNetwork: portalRoute<Retention['pointDeChuteNetwork']>('GET', '/api/metiers/point-de-chute'),
  pointDeChuteAccessCode: portalRoute<Retention['pointDeChuteAccessCode']>(
    'GET',
    '/api/metiers/point-de-chute/:id/code',
  ),
  livingPlaces: portalRoute<Retention['livingPlaces']>('GET', '/api/metiers/vivre-ici'),
  listeningLines: portalRoute<Retention['listeningLines']>('GET', '/api/metiers/ligne-ecoute'),
  freeTimes: portalRoute<Retention['freeTimes']>('GET', '/api/metiers/ligne-ecoute/:organisationId/creneaux'),
  bookCallback: portalRoute<Retention['bookCallback']>(
    'POST',
    '/api/metiers/ligne-ecoute/:organisationId/rappels',
  ),
  cancelCallback: portalRoute<Retention['cancelCallback']>(
    'POST',
    '/api/metiers/ligne-ecoute/:organisationId/rappels/:id/annulation',
  ),
}

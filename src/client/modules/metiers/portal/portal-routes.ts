import type { authContract } from '../../../../shared/modules/auth/auth.contract'
import type { metiersApplicationsContract } from '../../../../shared/modules/metiers/applications.contract'
import type { metiersCampaignsContract } from '../../../../shared/modules/metiers/campaigns.contract'
import type { metiersCandidatesContract } from '../../../../shared/modules/metiers/candidates.contract'
import type { metiersFichesContract } from '../../../../shared/modules/metiers/fiches.contract'
import type { metiersOffersContract } from '../../../../shared/modules/metiers/offers.contract'
import type { metiersSearchContract } from '../../../../shared/modules/metiers/search.contract'
import { portalRoute } from './portal-api'
import { apprenticeshipsApiRoutes } from './apprenticeships/apprenticeships-api-routes'
import { trainingsApiRoutes } from './trainings/trainings-api-routes'
import { immersionsApiRoutes } from './immersions/immersions-api-routes'
import { eventsApiRoutes } from './events/events-api-routes'
import { ambassadorsApiRoutes } from './ambassadors/ambassadors-api-routes'
import { retentionApiRoutes } from './retention/retention-api-routes'
import { agrementApiRoutes } from './agrement/agrement-api-routes'
import { observatoryApiRoutes } from './observatory/observatory-api-routes'

type Applications = typeof metiersApplicationsContract
type Campaigns = typeof metiersCampaignsContract
type Candidates = typeof metiersCandidatesContract
type Fiches = typeof metiersFichesContract
type Offers = typeof metiersOffersContract
type Search = typeof metiersSearchContract
type Auth = typeof authContract

/**
 * The API routes the portal calls, by module and name as in `shared/modules/index.ts`, so that a
 * test finds each contract and checks the method and path written here.
 */
export const portalRoutes = {
  auth: {
    session: portalRoute<Auth['session']>('GET', '/api/auth/session'),
  },
  metiersFiches: {
    listPublic: portalRoute<Fiches['listPublic']>('GET', '/api/metiers/fiches'),
    getPublic: portalRoute<Fiches['getPublic']>('GET', '/api/metiers/fiches/:slug'),
  },
  metiersOffers: {
    publicOffer: portalRoute<Offers['publicOffer']>('GET', '/api/metiers/offres/:slug'),
  },
  metiersSearch: {
    search: portalRoute<Search['search']>('GET', '/api/metiers/offres'),
    createAlert: portalRoute<Search['createAlert']>('POST', '/api/metiers/alertes'),
    confirmAlert: portalRoute<Search['confirmAlert']>('POST', '/api/metiers/alertes/confirmer'),
    unsubscribeAlert: portalRoute<Search['unsubscribeAlert']>('POST', '/api/metiers/alertes/desabonner'),
  },
  metiersApplications: {
    uploadCv: portalRoute<Applications['uploadCv']>('POST', '/api/metiers/cv'),
    apply: portalRoute<Applications['apply']>('POST', '/api/metiers/offres/:slug/candidatures'),
    follow: portalRoute<Applications['follow']>('GET', '/api/metiers/candidatures/suivi/:token'),
    withdraw: portalRoute<Applications['withdraw']>('POST', '/api/metiers/candidatures/suivi/:token/retirer'),
  },
  metiersCandidates: {
    getProfile: portalRoute<Candidates['getProfile']>('GET', '/api/metiers/compte/profil'),
  },
  metiersCampaigns: {
    territories: portalRoute<Campaigns['territories']>('GET', '/api/metiers/territoires'),
    territory: portalRoute<Campaigns['territory']>('GET', '/api/metiers/territoires/:slug'),
  },
  metiersApprenticeships: apprenticeshipsApiRoutes,
  metiersTrainings: trainingsApiRoutes,
  metiersImmersions: immersionsApiRoutes,
  metiersEvents: eventsApiRoutes,
  metiersAmbassadors: ambassadorsApiRoutes,
  metiersRetention: retentionApiRoutes,
  metiersAgrement: agrementApiRoutes,
  metiersObservatory: observatoryApiRoutes,
}

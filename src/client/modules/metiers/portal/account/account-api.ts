import type { authContract } from '../../../../../shared/modules/auth/auth.contract'
import type { metiersCandidatesContract } from '../../../../../shared/modules/metiers/candidates.contract'
import type { metiersSearchContract } from '../../../../../shared/modules/metiers/search.contract'
import { portalRoute } from '../portal-api'

type Auth = typeof authContract
type Candidates = typeof metiersCandidatesContract
type Search = typeof metiersSearchContract

/**
 * The API routes the candidate's space calls, by module and name as in `shared/modules/index.ts`
 * (contracts as types only: the portal stays small). A test checks each against its contract.
 */
export const accountRoutes = {
  auth: {
    login: portalRoute<Auth['login']>('POST', '/api/auth/login'),
    logout: portalRoute<Auth['logout']>('POST', '/api/auth/logout'),
  },
  metiersCandidates: {
    signUp: portalRoute<Candidates['signUp']>('POST', '/api/metiers/compte/inscription'),
    confirm: portalRoute<Candidates['confirm']>('POST', '/api/metiers/compte/confirmer'),
    getProfile: portalRoute<Candidates['getProfile']>('GET', '/api/metiers/compte/profil'),
    updateProfile: portalRoute<Candidates['updateProfile']>('PUT', '/api/metiers/compte/profil'),
    uploadCv: portalRoute<Candidates['uploadCv']>('POST', '/api/metiers/compte/profil/cv'),
    deleteCv: portalRoute<Candidates['deleteCv']>('DELETE', '/api/metiers/compte/profil/cv'),
    myApplications: portalRoute<Candidates['myApplications']>('GET', '/api/metiers/compte/candidatures'),
    eraseAccount: portalRoute<Candidates['eraseAccount']>('DELETE', '/api/metiers/compte'),
  },
  metiersSearch: {
    accountAlerts: portalRoute<Search['accountAlerts']>('GET', '/api/metiers/compte/alertes'),
    deleteAccountAlert: portalRoute<Search['deleteAccountAlert']>(
      'DELETE',
      '/api/metiers/compte/alertes/:id',
    ),
  },
}

/** Where the CV of the profile is downloaded (a plain link: the browser saves the file). */
export const profileCvDownloadPath = '/api/metiers/compte/profil/cv'

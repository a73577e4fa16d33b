import type { ResponseOf } from '../../../../shared/contract'
import { metiersImmersionsContract } from '../../../../shared/modules/metiers/immersions.contract'
import { immersionPages } from '../../../../shared/modules/metiers/immersions.constants'
import { fillPath } from '../../../api/request'

/** The routes the back office's immersions pages call. */
export const immersionsApi = metiersImmersionsContract

export type ImmersionOffer = ResponseOf<typeof immersionsApi.getOffer>
export type ImmersionRequest = ResponseOf<typeof immersionsApi.getRequest>

export const immersionsHref = immersionPages.backOffice()
export const newOfferHref = '/recrutement/immersions/nouvelle'
export const offerHref = (id: string) => `/recrutement/immersions/offres/${id}`
export const requestHref = immersionPages.request
/** The convention, downloaded by the browser itself (a file, not JSON). */
export const conventionHref = (id: string) => fillPath(immersionsApi.conventionPdf.path, { id })

import type { ResponseOf } from '../../../../shared/contract'
import { metiersOffersContract } from '../../../../shared/modules/metiers/offers.contract'
import { ApiError } from '../../../api'

/** The routes the employer and offer pages call. */
export const offersApi = metiersOffersContract

export type EmployerPage = ResponseOf<typeof offersApi.getEmployer>
export type OfferList = ResponseOf<typeof offersApi.listOffers>
export type OfferSummary = OfferList['items'][number]
export type Offer = ResponseOf<typeof offersApi.getOffer>
export type JobOption = ResponseOf<typeof offersApi.jobOptions>[number]

/** Where the pages live. */
export const offersHref = '/recrutement/offres'
export const newOfferHref = '/recrutement/offres/nouvelle'
export const offerHref = (id: string) => `/recrutement/offres/${id}`
export const employerHref = '/recrutement/employeur'
/** The offer on the public portal. */
export const publicOfferHref = (slug: string) => `/metiers/offres/${slug}`

export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))

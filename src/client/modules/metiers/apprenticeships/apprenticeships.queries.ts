import type { ResponseOf } from '../../../../shared/contract'
import {
  apprenticeshipPages,
  metiersApprenticeshipsContract,
} from '../../../../shared/modules/metiers/apprenticeships.contract'

/** The routes the employers' apprenticeship pages call. */
export const apprenticeshipsApi = metiersApprenticeshipsContract

export type SeatDetail = ResponseOf<typeof apprenticeshipsApi.employerSeat>
export type Conversation = ResponseOf<typeof apprenticeshipsApi.employerConversation>

export const seatsHref = apprenticeshipPages.seats()
export const newSeatHref = '/recrutement/apprentissage/nouvelle'
export const seatHref = apprenticeshipPages.seat
export const contactHref = apprenticeshipPages.employerContact

/** `2026-09` → « septembre 2026 » in the reader's language. */
export const monthName = (month: string, language: string) =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  })

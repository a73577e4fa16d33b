import type { ResponseOf } from '../../../../shared/contract'
import { referralsContract } from '../../../../shared/modules/partenaires/referrals.contract'
import { sheetContract, type SheetLanguage } from '../../../../shared/modules/partenaires/sheet.contract'
import { fillPath, queryString } from '../../../api/request'

/** The routes of orientations to partners and of the person's sheet. */
export const referralsApi = referralsContract
export const sheetApi = sheetContract

export type SentReferral = ResponseOf<typeof referralsApi.get>
export type ReceivedReferral = ResponseOf<typeof referralsApi.receivedOne>
export type ReferralSummary = ResponseOf<typeof referralsApi.summary>

/** The address of the person's sheet of an orientation, to open in a new tab (a PDF, not JSON). */
export const referralSheetUrl = (referralId: string, language: SheetLanguage) =>
  fillPath(sheetApi.referralSheet.path, { referralId }) + queryString({ language })

/** The sheet of a service of the directory, for an agent (no orientation behind it). */
export const serviceSheetUrl = (id: string, language: SheetLanguage) =>
  fillPath(sheetApi.serviceSheet.path, { id }) + queryString({ language })

/** The sheet of a service of a public directory, for a resident without an account. */
export const publicServiceSheetUrl = (organisationId: string, id: string, language: SheetLanguage) =>
  fillPath(sheetApi.publicServiceSheet.path, { organisationId, id }) + queryString({ language })

import type {
  CandidateApplicationView,
  CandidateProfileView,
} from '../../../shared/modules/metiers/candidates.contract'
import type { ApplicationStatus, OfferState } from '../../../shared/modules/metiers/metiers.constants'
import type { CvType } from './candidate-cv'
import type { CandidateApplicationRow, CandidateProfileRow } from './candidates.repository'

const iso = (value: Date | string) => new Date(value).toISOString()

/** A profile not yet written reads as an empty one. */
export function presentProfile(
  row: CandidateProfileRow | undefined,
  email: string,
  now: Date,
): CandidateProfileView {
  return {
    email,
    firstName: row?.firstName ?? '',
    lastName: row?.lastName ?? '',
    phone: row?.phone ?? null,
    city: row?.commune ?? '',
    presentation: row?.presentation ?? '',
    cv:
      row?.cvKey && row.cvName && row.cvType && row.cvBytes !== null
        ? { fileName: row.cvName, type: row.cvType as CvType, bytes: row.cvBytes }
        : null,
    updatedAt: iso(row?.updatedAt ?? now),
  }
}

export function presentApplication(row: CandidateApplicationRow): CandidateApplicationView {
  const visible = row.offer_title !== null && row.offer_state !== null
  return {
    id: row.id,
    status: row.status as ApplicationStatus,
    offer: visible
      ? { title: row.offer_title!, slug: row.offer_slug ?? '', state: row.offer_state as OfferState }
      : { title: 'Offre retirée', slug: '', state: 'retiree' },
    employerName: row.employer_name ?? '',
    sentAt: iso(row.created_at),
    lastChangeAt: iso(row.status_changed_at),
    withdrawn: row.withdrawn_at !== null,
  }
}

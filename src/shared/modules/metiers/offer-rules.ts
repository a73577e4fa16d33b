/** Métiers — rules on offers shared by the recruiters' form and the server. Pure: no zod, no I/O. */
import { addMonths, type CivilDate } from '../../dates'
import { publicContracts, type ContractKind, type EmployerSector, type OfferState } from './metiers.constants'

/** An offer is published for 60 days unless the recruiter chooses another end. */
export const DEFAULT_OFFER_DAYS = 60
/** The chosen end is at most 6 months after publication. */
export const MAX_OFFER_MONTHS = 6

export interface OfferIssue {
  field: string
  message: string
}

interface SalaryShape {
  salaryMin?: number | null
  salaryMax?: number | null
  salaryPeriod?: string | null
}

/** Salary range: the minimum never above the maximum, and a period as soon as an amount is given. */
export function salaryIssues(s: SalaryShape): OfferIssue[] {
  const issues: OfferIssue[] = []
  if (s.salaryMin != null && s.salaryMax != null && s.salaryMin > s.salaryMax) {
    issues.push({
      field: 'salaryMin',
      message: 'Le salaire minimum doit être inférieur ou égal au salaire maximum.',
    })
  }
  if ((s.salaryMin != null || s.salaryMax != null) && s.salaryPeriod == null) {
    issues.push({
      field: 'salaryPeriod',
      message: 'Précisez si le salaire est par mois, de l’heure ou par an.',
    })
  }
  return issues
}

interface PublicPostShape {
  contract?: ContractKind
  publicGrade?: string | null
  dveReference?: string | null
  dveUrl?: string | null
}

export const isPublicContract = (contract: ContractKind) => publicContracts.includes(contract)

/**
 * A post of the public service (fonctionnaire or contractuel) names its grade and the reference of the
 * vacancy declaration (DVE) with the link to its legal publication; those contracts exist only with a
 * public employer. Checked when an offer is published, and on every change of a published offer.
 */
export function publicPostIssues(offer: PublicPostShape, sector: EmployerSector | null): OfferIssue[] {
  if (!offer.contract || !isPublicContract(offer.contract)) return []
  if (sector === 'prive') {
    return [{ field: 'contract', message: 'Ce contrat n’existe que chez un employeur public.' }]
  }
  const issues: OfferIssue[] = []
  const missing = (v: string | null | undefined) => !v || !v.trim()
  if (missing(offer.publicGrade))
    issues.push({ field: 'publicGrade', message: 'Indiquez le grade du poste (emploi public).' })
  if (missing(offer.dveReference))
    issues.push({
      field: 'dveReference',
      message: 'Indiquez la référence de la déclaration de vacance d’emploi (emploi public).',
    })
  if (missing(offer.dveUrl))
    issues.push({ field: 'dveUrl', message: 'Donnez le lien vers la publication de la vacance d’emploi.' })
  return issues
}

/** The end of publication a recruiter may choose: after today, 6 months after today at most. */
export function expiryIssues(expiresOn: CivilDate, today: CivilDate): OfferIssue[] {
  if (expiresOn <= today)
    return [{ field: 'expiresOn', message: 'La fin de publication doit être après aujourd’hui.' }]
  if (expiresOn > addMonths(today, MAX_OFFER_MONTHS))
    return [{ field: 'expiresOn', message: 'La fin de publication est à 6 mois au plus.' }]
  return []
}

/** The state the public sees: a published offer past its end is expired even before the daily job. */
export function effectiveOfferState(
  state: OfferState,
  expiresAt: Date | string | null,
  now: Date,
): OfferState {
  if (state !== 'publiee' || expiresAt == null) return state
  return new Date(expiresAt).getTime() <= now.getTime() ? 'expiree' : state
}

export interface OfferActions {
  edit: boolean
  publish: boolean
  fill: boolean
  withdraw: boolean
  duplicate: boolean
}

/** What a recruiter may do with an offer in a state (the effective one). */
export function offerActions(state: OfferState): OfferActions {
  return {
    edit: state !== 'pourvue',
    /** On a published offer, publishing again sets a new end of publication. */
    publish: state !== 'pourvue',
    fill: state === 'publiee' || state === 'expiree',
    withdraw: state === 'publiee' || state === 'brouillon',
    duplicate: true,
  }
}

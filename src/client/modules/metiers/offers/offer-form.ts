/** The offer form's draft: strings as typed, turned into the contract's body (pure, tested). */
import type { BodyInputOf } from '../../../../shared/contract'
import type {
  ContractKind,
  SalaryPeriod,
  WorkPattern,
  WorkTime,
} from '../../../../shared/modules/metiers/metiers.constants'
import {
  isPublicContract,
  salaryIssues,
  type OfferIssue,
} from '../../../../shared/modules/metiers/offer-rules'
import type { metiersOffersContract } from '../../../../shared/modules/metiers/offers.contract'
import type { Offer } from './offers.queries'

export interface OfferDraft {
  title: string
  jobId: string
  codeRome: string
  codeOgr: string
  descriptionHtml: string
  profileHtml: string
  contract: ContractKind
  contractMonths: string
  publicGrade: string
  dveReference: string
  dveUrl: string
  workTime: WorkTime
  weeklyHours: string
  patterns: WorkPattern[]
  scheduleNote: string
  perks: ('serviceCar' | 'drivingLicence' | 'housing' | 'childcare')[]
  salaryMin: string
  salaryMax: string
  salaryPeriod: SalaryPeriod | ''
  startDate: string
  address: string
  postcode: string
  commune: string
}

export type OfferBody = BodyInputOf<typeof metiersOffersContract.createOffer>

const perkKeys = ['serviceCar', 'drivingLicence', 'housing', 'childcare'] as const

const text = (v: number | null | undefined) => (v == null ? '' : String(v))

export function draftOf(
  offer: Offer | null,
  employer?: { postcode: string; commune: string } | null,
): OfferDraft {
  return {
    title: offer?.title ?? '',
    jobId: offer?.jobId ?? '',
    codeRome: offer?.codeRome ?? '',
    codeOgr: offer?.codeOgr ?? '',
    descriptionHtml: offer?.descriptionHtml ?? '',
    profileHtml: offer?.profileHtml ?? '',
    contract: offer?.contract ?? 'cdi',
    contractMonths: text(offer?.contractMonths),
    publicGrade: offer?.publicGrade ?? '',
    dveReference: offer?.dveReference ?? '',
    dveUrl: offer?.dveUrl ?? '',
    workTime: offer?.workTime ?? 'temps_plein',
    weeklyHours: text(offer?.weeklyHours),
    patterns: offer?.patterns ?? [],
    scheduleNote: offer?.scheduleNote ?? '',
    perks: offer ? perkKeys.filter((k) => offer[k]) : [],
    salaryMin: text(offer?.salaryMin),
    salaryMax: text(offer?.salaryMax),
    salaryPeriod: offer?.salaryPeriod ?? '',
    startDate: offer?.startDate ?? '',
    address: offer?.address ?? '',
    postcode: offer?.postcode ?? employer?.postcode ?? '',
    commune: offer?.commune ?? employer?.commune ?? '',
  }
}

/** "1 850,50" or "1850.5" → 1850.5; empty → null; anything else → NaN (the server names the field). */
export function amountOf(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (!compact) return null
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN
}

const orNull = (v: string) => (v.trim() ? v.trim() : null)

/** The whole body: every field is sent, so that an emptied field is emptied on the server too. */
export function bodyOf(d: OfferDraft): OfferBody {
  const publicPost = isPublicContract(d.contract)
  return {
    title: d.title.trim(),
    jobId: d.jobId || null,
    ...(d.codeRome.trim() ? { codeRome: d.codeRome.trim() } : {}),
    codeOgr: orNull(d.codeOgr),
    descriptionHtml: d.descriptionHtml,
    profileHtml: d.profileHtml,
    contract: d.contract,
    contractMonths: amountOf(d.contractMonths),
    publicGrade: publicPost ? orNull(d.publicGrade) : null,
    dveReference: publicPost ? orNull(d.dveReference) : null,
    dveUrl: publicPost ? orNull(d.dveUrl) : null,
    workTime: d.workTime,
    weeklyHours: amountOf(d.weeklyHours),
    patterns: d.patterns,
    scheduleNote: d.scheduleNote,
    serviceCar: d.perks.includes('serviceCar'),
    drivingLicence: d.perks.includes('drivingLicence'),
    housing: d.perks.includes('housing'),
    childcare: d.perks.includes('childcare'),
    salaryMin: amountOf(d.salaryMin),
    salaryMax: amountOf(d.salaryMax),
    salaryPeriod: d.salaryPeriod || null,
    startDate: d.startDate || null,
    address: d.address,
    postcode: d.postcode.trim(),
    commune: d.commune.trim(),
  }
}

/** Checked in the browser before sending, with the server's own rule and words. */
export function draftIssues(d: OfferDraft): OfferIssue[] {
  const min = amountOf(d.salaryMin)
  const max = amountOf(d.salaryMax)
  if (Number.isNaN(min)) return [{ field: 'salaryMin', message: 'Un montant en euros.' }]
  if (Number.isNaN(max)) return [{ field: 'salaryMax', message: 'Un montant en euros.' }]
  return salaryIssues({ salaryMin: min, salaryMax: max, salaryPeriod: d.salaryPeriod || null })
}

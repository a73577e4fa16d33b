import type {
  EmployerProfileView,
  OfferSummaryView,
  OfferView,
  PublicOfferView,
} from '../../../shared/modules/metiers/offers.contract'
import { effectiveOfferState, offerActions } from '../../../shared/modules/metiers/offer-rules'
import type {
  ContractKind,
  EmployerSector,
  EmployerType,
  OfferState,
  SalaryPeriod,
  WorkPattern,
  WorkTime,
} from '../../../shared/modules/metiers/metiers.constants'
import type { EmployerProfileRow, OfferRow, PublicOfferRecord } from './offers.repository'

const iso = (d: Date | null) => (d ? d.toISOString() : null)
export const centsToEuros = (cents: number | null) => (cents == null ? null : cents / 100)
export const eurosToCents = (euros: number | null | undefined) =>
  euros == null ? null : Math.round(euros * 100)
const hours = (v: string | null) => (v == null ? null : Number(v))

export function presentEmployerProfile(row: EmployerProfileRow): EmployerProfileView {
  return {
    organisationId: row.organisationId,
    employerType: row.employerType as EmployerType,
    sector: row.sector as EmployerSector,
    description: row.description,
    website: row.website,
    address: row.address,
    postcode: row.postcode,
    commune: row.commune,
    communeInsee: row.communeInsee,
    latitude: row.latitude,
    longitude: row.longitude,
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** The fields an offer shares with its public page. */
function offerBody(row: OfferRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    codeRome: row.codeRome,
    codeOgr: row.codeOgr,
    descriptionHtml: row.descriptionHtml,
    profileHtml: row.profileHtml,
    contract: row.contract as ContractKind,
    contractMonths: row.contractMonths,
    publicGrade: row.publicGrade,
    dveReference: row.dveReference,
    dveUrl: row.dveUrl,
    workTime: row.workTime as WorkTime,
    weeklyHours: hours(row.weeklyHours),
    patterns: row.patterns as WorkPattern[],
    scheduleNote: row.scheduleNote,
    serviceCar: row.serviceCar,
    drivingLicence: row.drivingLicence,
    housing: row.housing,
    childcare: row.childcare,
    salaryMin: centsToEuros(row.salaryMinCents),
    salaryMax: centsToEuros(row.salaryMaxCents),
    salaryPeriod: row.salaryPeriod as SalaryPeriod | null,
    startDate: row.startDate,
    address: row.address,
    postcode: row.postcode,
    commune: row.commune,
    communeInsee: row.communeInsee,
    latitude: row.latitude,
    longitude: row.longitude,
    publishedAt: iso(row.publishedAt),
    expiresAt: iso(row.expiresAt),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentOffer(
  row: OfferRow,
  now: Date,
  job: { id: string; slug: string; title: string } | null,
  locationWarning: string | null = null,
): OfferView {
  const state = effectiveOfferState(row.state as OfferState, row.expiresAt, now)
  return {
    ...offerBody(row),
    organisationId: row.organisationId,
    state,
    jobId: row.jobId,
    job,
    closedAt: iso(row.closedAt),
    createdAt: row.createdAt.toISOString(),
    actions: offerActions(state),
    locationWarning,
  }
}

export function presentOfferSummary(row: OfferRow, now: Date): OfferSummaryView {
  const state = effectiveOfferState(row.state as OfferState, row.expiresAt, now)
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    state,
    contract: row.contract as ContractKind,
    commune: row.commune,
    publishedAt: iso(row.publishedAt),
    expiresAt: iso(row.expiresAt),
    updatedAt: row.updatedAt.toISOString(),
    actions: offerActions(state),
  }
}

export function presentPublicOffer(record: PublicOfferRecord, now: Date): PublicOfferView {
  const { offer, profile } = record
  const state = effectiveOfferState(
    offer.state as OfferState,
    offer.expiresAt,
    now,
  ) as PublicOfferView['state']
  return {
    ...offerBody(offer),
    state,
    open: state === 'publiee',
    job: record.job,
    employer: {
      organisationId: offer.organisationId,
      name: record.organisationName,
      logoDataUrl: record.logoDataUrl,
      employerType: (profile?.employerType as EmployerType | undefined) ?? null,
      sector: (profile?.sector as EmployerSector | undefined) ?? null,
      description: profile?.description ?? '',
      website: profile?.website ?? null,
      commune: profile?.commune || null,
      answerRate: record.answerRate,
    },
  }
}

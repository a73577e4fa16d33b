import type {
  ConventionView,
  ImmersionOfferView,
  ImmersionRequestCard,
  MyImmersionView,
  PublicImmersionCard,
} from '../../../../shared/modules/metiers/immersions.contract'
import type {
  ImmersionObjective,
  ImmersionOutcome,
  ImmersionState,
  PrescriberType,
} from '../../../../shared/modules/metiers/immersions.constants'
import type { ConventionRow, ImmersionOfferRow, ImmersionRequestRow, JobRef } from './immersions.repository'

const unknownJob = (id: string): JobRef => ({ id, title: 'Métier', slug: '' })

export function presentOffer(
  offer: ImmersionOfferRow,
  job: JobRef | undefined,
  counts: { waiting: number; accepted: number } | undefined,
  locationWarning: string | null = null,
): ImmersionOfferView {
  return {
    id: offer.id,
    job: job ?? unknownJob(offer.jobId),
    title: offer.title,
    activities: offer.activities,
    conditions: offer.conditions,
    schedule: offer.schedule,
    availableFrom: offer.availableFrom,
    availableTo: offer.availableTo,
    capacity: offer.capacity,
    maxDays: offer.maxDays,
    tutorName: offer.tutorName,
    tutorJob: offer.tutorJob,
    address: offer.address,
    postcode: offer.postcode,
    commune: offer.commune,
    communeInsee: offer.communeInsee,
    latitude: offer.latitude,
    longitude: offer.longitude,
    locationWarning,
    published: offer.published,
    publishedAt: offer.publishedAt?.toISOString() ?? null,
    waiting: counts?.waiting ?? 0,
    accepted: counts?.accepted ?? 0,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
  }
}

/** Accepted and ended (the last day passed), no outcome yet. */
export const outcomeDue = (request: ImmersionRequestRow, today: string) =>
  request.state === 'acceptee' && request.endDate < today

export function presentCard(
  request: ImmersionRequestRow,
  offerTitle: string,
  today: string,
): ImmersionRequestCard {
  return {
    id: request.id,
    offer: { id: request.offerId, title: offerTitle },
    firstName: request.firstName,
    lastName: request.lastName,
    startDate: request.startDate,
    endDate: request.endDate,
    state: request.state as ImmersionState,
    createdAt: request.createdAt.toISOString(),
    outcomeDue: outcomeDue(request, today),
  }
}

export function presentConvention(c: ConventionRow): ConventionView {
  return {
    beneficiaryBirthDate: c.beneficiaryBirthDate,
    beneficiaryAddress: c.beneficiaryAddress,
    hostName: c.hostName,
    hostSiret: c.hostSiret,
    hostAddress: c.hostAddress,
    hostSignatory: c.hostSignatory,
    tutorName: c.tutorName,
    tutorJob: c.tutorJob,
    tutorContact: c.tutorContact,
    prescriberType: c.prescriberType as PrescriberType | null,
    prescriberName: c.prescriberName,
    prescriberAdvisor: c.prescriberAdvisor,
    prescriberContact: c.prescriberContact,
    objective: c.objective as ImmersionObjective,
    startDate: c.startDate,
    endDate: c.endDate,
    dailyHours: c.dailyHours,
    weeklyHours: c.weeklyHours,
    activities: c.activities,
    skillsObserved: c.skillsObserved,
    riskPrevention: c.riskPrevention,
    insurance: c.insurance,
    signaturePlace: c.signaturePlace,
    updatedAt: c.updatedAt.toISOString(),
  }
}

export function presentPublicCard(
  offer: ImmersionOfferRow,
  job: JobRef | undefined,
  employerName: string,
  distanceKm: number | null,
): PublicImmersionCard {
  return {
    id: offer.id,
    title: offer.title,
    job: { title: job?.title ?? '', slug: job?.slug ?? '' },
    employerName,
    postcode: offer.postcode,
    commune: offer.commune,
    availableFrom: offer.availableFrom,
    availableTo: offer.availableTo,
    capacity: offer.capacity,
    latitude: offer.latitude,
    longitude: offer.longitude,
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
  }
}

export interface MineRow {
  request: ImmersionRequestRow
  offerTitle: string | null
  offerCommune: string | null
  employerName: string | null
  jobTitle: string | null
  jobSlug: string | null
  conventionReady: boolean
}

/** A candidate may cancel while waiting, or once accepted until the day before the start. */
export const candidateMayCancel = (request: ImmersionRequestRow, today: string) =>
  request.state === 'demandee' || (request.state === 'acceptee' && today < request.startDate)

export function presentMine(row: MineRow, today: string): MyImmersionView {
  const r = row.request
  return {
    id: r.id,
    offerId: r.offerId,
    title: row.offerTitle ?? row.jobTitle ?? 'Immersion',
    job: { title: row.jobTitle ?? '', slug: row.jobSlug ?? '' },
    employerName: row.employerName ?? '',
    commune: row.offerCommune ?? '',
    startDate: r.startDate,
    endDate: r.endDate,
    state: r.state as ImmersionState,
    refusalReason: r.refusalReason,
    outcome: r.outcome as ImmersionOutcome | null,
    createdAt: r.createdAt.toISOString(),
    conventionReady: row.conventionReady,
    canCancel: candidateMayCancel(r, today),
  }
}

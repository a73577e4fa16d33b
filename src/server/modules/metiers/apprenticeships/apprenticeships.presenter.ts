import type {
  AnonymousRequestView,
  ContactSummary,
  EmployerSeatView,
  MyRequestView,
  PublicSeatView,
} from '../../../../shared/modules/metiers/apprenticeships.contract'
import {
  mobilityLabel,
  type ContactOutcome,
  type ContactState,
  type RequestState,
  type SeatState,
  type TravelMode,
} from '../../../../shared/modules/metiers/apprenticeships-rules'
import type { CentreRef, ContactRow, JobRef, RequestRow, SeatRow } from './apprenticeships.repository'
import { apprenticeshipsRepository } from './apprenticeships.repository'
import type { Db } from '../../../db/client'
import { distanceKm } from './matcher'

const iso = (d: Date) => d.toISOString()

const mobilityOf = (row: RequestRow) =>
  mobilityLabel({
    mobilityKm: row.mobilityKm,
    mobilityMinutes: row.mobilityMinutes,
    travelMode: row.travelMode as TravelMode | null,
  })

/** Everything the views name (jobs, centres, employers), read once for a list of rows. */
export async function referencesFor(
  tx: Db,
  seats: readonly SeatRow[],
  requests: readonly RequestRow[] = [],
): Promise<References> {
  const repo = apprenticeshipsRepository(tx)
  const jobIds = [...seats.map((s) => s.jobId), ...requests.flatMap((r) => r.jobIds)]
  const centreIds = [
    ...seats.flatMap((s) => s.trainingCentreIds),
    ...requests.flatMap((r) => (r.trainingCentreId ? [r.trainingCentreId] : [])),
  ]
  // One after the other: a transaction runs one statement at a time.
  const jobs = await repo.jobs([...new Set(jobIds)])
  const centres = await repo.centres([...new Set(centreIds)])
  const employers = await repo.organisationNames(seats.map((s) => s.organisationId))
  return {
    jobs: new Map(jobs.map((j) => [j.id, j])),
    centres: new Map(centres.map((c) => [c.id, c])),
    employers,
  }
}

export interface References {
  jobs: Map<string, JobRef>
  centres: Map<string, CentreRef>
  employers: Map<string, string>
}

export function presentPublicSeat(
  row: SeatRow,
  refs: References,
  from?: { latitude: number; longitude: number } | null,
): PublicSeatView {
  const job = refs.jobs.get(row.jobId)
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    job: { id: row.jobId, title: job?.title ?? row.title, slug: job?.slug ?? '' },
    employerName: refs.employers.get(row.organisationId) ?? '',
    commune: row.commune,
    postcode: row.postcode,
    latitude: row.latitude,
    longitude: row.longitude,
    startMonth: row.startMonth,
    durationMonths: row.durationMonths,
    diploma: row.diploma,
    tutorJob: row.tutorJob,
    seats: row.seats,
    trainingCentres: row.trainingCentreIds.flatMap((id) => {
      const centre = refs.centres.get(id)
      return centre ? [centre] : []
    }),
    state: row.state as SeatState,
    distanceKm:
      from && row.latitude !== null && row.longitude !== null
        ? Math.round(distanceKm(from.latitude, from.longitude, row.latitude, row.longitude) * 10) / 10
        : null,
  }
}

export function presentEmployerSeat(
  row: SeatRow,
  refs: References,
  locationWarning: string | null = null,
): EmployerSeatView {
  return {
    ...presentPublicSeat(row, refs),
    jobId: row.jobId,
    address: row.address,
    tutorName: row.tutorName,
    trainingCentreIds: row.trainingCentreIds,
    publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
    updatedAt: iso(row.updatedAt),
    locationWarning,
  }
}

/** What an employer sees of a request: no name, no address, no account. */
export function presentAnonymousRequest(row: RequestRow, refs: References): AnonymousRequestView {
  return {
    id: row.id,
    initial: row.initial,
    commune: row.commune,
    jobs: row.jobIds.map((id) => refs.jobs.get(id)?.title ?? '').filter(Boolean),
    startMonth: row.startMonth,
    mobility: mobilityOf(row),
    trainingCentre: row.trainingCentreId ? (refs.centres.get(row.trainingCentreId)?.name ?? null) : null,
    presentation: row.presentation,
  }
}

export function presentMyRequest(
  row: RequestRow,
  refs: References,
  locationWarning: string | null = null,
): MyRequestView {
  return {
    id: row.id,
    jobIds: row.jobIds,
    jobs: row.jobIds.map((id) => refs.jobs.get(id)?.title ?? '').filter(Boolean),
    postcode: row.postcode,
    commune: row.commune,
    mobilityKm: row.mobilityKm,
    mobilityMinutes: row.mobilityMinutes,
    travelMode: row.travelMode as TravelMode | null,
    mobility: mobilityOf(row),
    startMonth: row.startMonth,
    trainingCentreId: row.trainingCentreId,
    trainingCentre: row.trainingCentreId ? (refs.centres.get(row.trainingCentreId)?.name ?? null) : null,
    presentation: row.presentation,
    state: row.state as RequestState,
    locationWarning,
    updatedAt: iso(row.updatedAt),
  }
}

export function presentContactSummary(row: ContactRow): ContactSummary {
  return {
    id: row.id,
    state: row.state as ContactState,
    initiatedBy: row.initiatedBy as 'candidat' | 'employeur',
    outcome: row.outcome as ContactOutcome | null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

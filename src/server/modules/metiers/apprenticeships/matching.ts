// Keeps the stored matches in step with seats and requests: one side at a time inside the request's
// transaction (a request saved, a seat published), and everything at once in the background.
import { eq } from 'drizzle-orm'
import {
  maxDistanceKm,
  mobilityLabel,
  straightLineKmPerHour,
  travelModeLabels,
  type TravelMode,
} from '../../../../shared/modules/metiers/apprenticeships-rules'
import type { Db } from '../../../db/client'
import {
  apprenticeshipsRepository,
  type MatchInsert,
  type RequestRow,
  type SeatRow,
} from './apprenticeships.repository'
import { apprenticeshipMatches, apprenticeshipRequests, apprenticeshipSeats } from './apprenticeships.table'
import {
  keptPairs,
  rankMatches,
  romeFamily,
  TOP,
  type MatchRequest,
  type MatchSeat,
  type ScoredPair,
} from './matcher'

export function matchSeatOf(row: SeatRow): MatchSeat | null {
  if (row.latitude === null || row.longitude === null) return null
  return {
    id: row.id,
    jobId: row.jobId,
    codeRome: row.codeRome,
    latitude: row.latitude,
    longitude: row.longitude,
    startMonth: row.startMonth,
    trainingCentreIds: row.trainingCentreIds,
  }
}

export function matchRequestOf(row: RequestRow): MatchRequest | null {
  if (row.latitude === null || row.longitude === null) return null
  const mobility = {
    mobilityKm: row.mobilityKm,
    mobilityMinutes: row.mobilityMinutes,
    travelMode: row.travelMode as TravelMode | null,
  }
  const mode = mobility.travelMode ?? 'voiture'
  return {
    id: row.id,
    jobIds: row.jobIds,
    codeRomes: row.codeRomes,
    latitude: row.latitude,
    longitude: row.longitude,
    maxKm: maxDistanceKm(mobility),
    mobility: mobilityLabel(mobility),
    travel:
      row.mobilityMinutes !== null
        ? { kmPerHour: straightLineKmPerHour[mode], modeLabel: travelModeLabels[mode] }
        : undefined,
    startMonth: row.startMonth,
    trainingCentreId: row.trainingCentreId,
  }
}

const stored = (
  pair: ScoredPair,
  seat: { organisationId: string; jobId: string },
  request: { candidateAccountId: string },
  now: Date,
): MatchInsert => ({
  organisationId: seat.organisationId,
  seatId: pair.seatId,
  requestId: pair.requestId,
  candidateAccountId: request.candidateAccountId,
  jobId: seat.jobId,
  score: pair.score,
  distanceKm: pair.distanceKm,
  reasons: pair.reasons,
  foundAt: now,
  computedAt: now,
})

/** A box around a point wide enough for `km` in every direction. */
function boxAround(latitude: number, longitude: number, km: number) {
  const dLat = km / 111
  const dLon =
    km / (111 * Math.max(0.01, Math.cos((Math.min(89, Math.abs(latitude) + dLat) * Math.PI) / 180)))
  return { south: latitude - dLat, north: latitude + dLat, west: longitude - dLon, east: longitude + dLon }
}

/** The request's best seats, in the candidate's transaction (published seats are public). */
export async function refreshRequestMatches(tx: Db, row: RequestRow, now: Date): Promise<number> {
  const repo = apprenticeshipsRepository(tx)
  const request = row.state === 'active' ? matchRequestOf(row) : null
  if (!request) {
    await repo.replaceMatches('request', row.id, [])
    return 0
  }
  const seatRows = await repo.publishedSeats({
    families: [...new Set(row.codeRomes.map(romeFamily))],
    box: boxAround(request.latitude, request.longitude, request.maxKm),
  })
  const seats = new Map(seatRows.map((s) => [s.id, s]))
  const best =
    rankMatches(
      seatRows.map(matchSeatOf).filter((s) => s !== null),
      [request],
    ).forRequest.get(row.id) ?? []
  await repo.replaceMatches(
    'request',
    row.id,
    best.map((pair) => stored(pair, seats.get(pair.seatId)!, row, now)),
  )
  return best.length
}

/** The seat's best requests, in the employer's transaction (active requests are readable without identity). */
export async function refreshSeatMatches(tx: Db, row: SeatRow, now: Date): Promise<number> {
  const repo = apprenticeshipsRepository(tx)
  const seat = row.state === 'publiee' ? matchSeatOf(row) : null
  if (!seat) {
    await repo.replaceMatches('seat', row.id, [])
    return 0
  }
  const requestRows = await repo.activeRequests([romeFamily(row.codeRome)])
  const requests = new Map(requestRows.map((r) => [r.id, r]))
  const best =
    rankMatches(
      [seat],
      requestRows.map(matchRequestOf).filter((r) => r !== null),
    ).forSeat.get(row.id) ?? []
  await repo.replaceMatches(
    'seat',
    row.id,
    best.map((pair) => stored(pair, row, requests.get(pair.requestId)!, now)),
  )
  return best.length
}

export interface MatchingRun {
  seats: number
  requests: number
  pairs: number
  /** Milliseconds spent ranking (the database work aside). */
  rankingMs: number
}

const CHUNK = 1000

/**
 * Every published seat against every active request, top 20 both ways; the stored matches are
 * replaced by the result in one transaction, pairs already known keeping the day they were found.
 */
export async function refreshAllMatches(owner: Db, now: Date): Promise<MatchingRun> {
  const seatRows = await owner
    .select()
    .from(apprenticeshipSeats)
    .where(eq(apprenticeshipSeats.state, 'publiee'))
  const requestRows = await owner
    .select()
    .from(apprenticeshipRequests)
    .where(eq(apprenticeshipRequests.state, 'active'))
  const started = performance.now()
  const ranked = rankMatches(
    seatRows.map(matchSeatOf).filter((s) => s !== null),
    requestRows.map(matchRequestOf).filter((r) => r !== null),
    TOP,
  )
  const pairs = keptPairs(ranked)
  const rankingMs = Math.round(performance.now() - started)
  const seats = new Map(seatRows.map((s) => [s.id, s]))
  const requests = new Map(requestRows.map((r) => [r.id, r]))
  await owner.transaction(async (tx) => {
    const known = await tx
      .select({
        seatId: apprenticeshipMatches.seatId,
        requestId: apprenticeshipMatches.requestId,
        foundAt: apprenticeshipMatches.foundAt,
      })
      .from(apprenticeshipMatches)
    const foundAt = new Map(known.map((k) => [`${k.seatId} ${k.requestId}`, k.foundAt]))
    await tx.delete(apprenticeshipMatches)
    const values = pairs.map((pair) => ({
      ...stored(pair, seats.get(pair.seatId)!, requests.get(pair.requestId)!, now),
      foundAt: foundAt.get(`${pair.seatId} ${pair.requestId}`) ?? now,
    }))
    for (let i = 0; i < values.length; i += CHUNK)
      await tx.insert(apprenticeshipMatches).values(values.slice(i, i + CHUNK))
  })
  return { seats: seatRows.length, requests: requestRows.length, pairs: pairs.length, rankingMs }
}

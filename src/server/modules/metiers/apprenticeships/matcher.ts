// The apprenticeship matcher: pure TypeScript, no database. Scores each (seat, request) pair on the
// job, the distance against the person's mobility, the start dates and the training centre, explains
// it in plain French, and ranks both ways. Seats are bucketed by ROME family and on a grid of cells,
// so a request only meets the seats of its families in the cells its mobility reaches.
import { monthLabel } from '../../../../shared/modules/metiers/apprenticeships-rules'

export interface MatchSeat {
  id: string
  jobId: string
  codeRome: string
  latitude: number
  longitude: number
  /** `YYYY-MM` */
  startMonth: string
  /** Empty: any training centre. */
  trainingCentreIds: readonly string[]
}

export interface MatchRequest {
  id: string
  jobIds: readonly string[]
  codeRomes: readonly string[]
  latitude: number
  longitude: number
  /** The farthest the person goes, km as the crow flies (hard cut). */
  maxKm: number
  /** How the person said it: « 20 km » or « 30 min en voiture ». */
  mobility: string
  /** Set when the person gave a time: « environ 12 min en voiture ». */
  travel?: { kmPerHour: number; modeLabel: string } | undefined
  startMonth: string
  trainingCentreId: string | null
}

export interface ScoredPair {
  seatId: string
  requestId: string
  /** 0 to 100. */
  score: number
  distanceKm: number
  reasons: string[]
}

export interface RankedMatches {
  /** Per request, its best seats, best first. */
  forRequest: Map<string, ScoredPair[]>
  /** Per seat, its best requests, best first. */
  forSeat: Map<string, ScoredPair[]>
}

/** Start months further apart than this never match. */
export const MAX_MONTHS_APART = 6
export const TOP = 20
const WEIGHTS = { job: 40, distance: 30, start: 20, centre: 10 }

const EARTH_KM = 6371
const rad = Math.PI / 180

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** The ROME family: the letter and two digits (K13 for K1302). */
export const romeFamily = (codeRome: string) => codeRome.slice(0, 3)

const monthNumber = (month: string) => {
  const year = Number(month.slice(0, 4))
  return year * 12 + Number(month.slice(5, 7)) - 1
}

const shortMonth = (month: string) => monthLabel(month).split(' ')[0] ?? month
const km = (value: number) => (value < 10 ? value.toFixed(1).replace('.', ',') : String(Math.round(value)))

/**
 * The score of one pair with its reasons, or null when a hard rule excludes it: another job family,
 * beyond the person's mobility, or start months more than six months apart.
 */
export function scorePair(seat: MatchSeat, request: MatchRequest): ScoredPair | null {
  let job: number
  let jobReason: string
  if (request.jobIds.includes(seat.jobId)) {
    job = WEIGHTS.job
    jobReason = 'même métier que votre demande'
  } else if (request.codeRomes.includes(seat.codeRome)) {
    job = WEIGHTS.job * 0.75
    jobReason = `métier voisin (même code ROME ${seat.codeRome})`
  } else if (request.codeRomes.some((code) => romeFamily(code) === romeFamily(seat.codeRome))) {
    job = WEIGHTS.job * 0.5
    jobReason = 'métier de la même famille'
  } else return null

  const distance = distanceKm(request.latitude, request.longitude, seat.latitude, seat.longitude)
  if (distance > request.maxKm) return null
  const near = request.maxKm > 0 ? 1 - distance / request.maxKm : 1
  const travelNote = request.travel
    ? `, environ ${Math.max(1, Math.round((distance / request.travel.kmPerHour) * 60))} min ${request.travel.modeLabel}`
    : ''
  const distanceReason = `à ${km(distance)} km${travelNote} (vous acceptez ${request.mobility})`

  const apart = Math.abs(monthNumber(seat.startMonth) - monthNumber(request.startMonth))
  if (apart > MAX_MONTHS_APART) return null
  const start = WEIGHTS.start * (1 - apart / (MAX_MONTHS_APART + 1))
  const startReason =
    apart === 0
      ? `début : ${shortMonth(seat.startMonth)} pour les deux`
      : `début : ${monthLabel(seat.startMonth)} pour la place, ${monthLabel(request.startMonth)} pour vous (${apart} mois d’écart)`

  let centre: number
  let centreReason: string
  if (request.trainingCentreId === null) {
    centre = WEIGHTS.centre / 2
    centreReason = seat.trainingCentreIds.length
      ? `pas encore de CFA de votre côté : l’employeur en accepte ${seat.trainingCentreIds.length}`
      : 'pas encore de CFA de votre côté : l’employeur les accepte tous'
  } else if (!seat.trainingCentreIds.length || seat.trainingCentreIds.includes(request.trainingCentreId)) {
    centre = WEIGHTS.centre
    centreReason = 'votre CFA est accepté'
  } else {
    centre = 0
    centreReason = 'votre CFA n’est pas dans la liste de l’employeur'
  }

  const score = Math.round(job + WEIGHTS.distance * near + start + centre)
  return {
    seatId: seat.id,
    requestId: request.id,
    score,
    distanceKm: Math.round(distance * 10) / 10,
    reasons: [jobReason, distanceReason, startReason, centreReason],
  }
}

/** Best first; equal scores by distance, then by identifiers so the order never depends on input order. */
export function comparePairs(a: ScoredPair, b: ScoredPair): number {
  return (
    b.score - a.score ||
    a.distanceKm - b.distanceKm ||
    (a.seatId < b.seatId ? -1 : a.seatId > b.seatId ? 1 : 0) ||
    (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0)
  )
}

/** Keeps the `size` best pairs, sorted, by insertion (the lists are short). */
function keepBest(list: ScoredPair[], pair: ScoredPair, size: number) {
  if (list.length === size && comparePairs(pair, list[size - 1]!) >= 0) return
  let i = list.length
  while (i > 0 && comparePairs(pair, list[i - 1]!) < 0) i--
  list.splice(i, 0, pair)
  if (list.length > size) list.pop()
}

/** Cells of about 10 km: a degree of latitude is 111 km everywhere. */
const CELL_DEGREES = 0.09

const cellOf = (latitude: number, longitude: number) => ({
  row: Math.floor(latitude / CELL_DEGREES),
  col: Math.floor(longitude / CELL_DEGREES),
})
const cellKey = (row: number, col: number) => row * 100_000 + col

/** Seats bucketed by ROME family, then by grid cell. */
export class SeatGrid {
  private readonly families = new Map<string, Map<number, MatchSeat[]>>()

  constructor(seats: readonly MatchSeat[]) {
    for (const seat of seats) {
      const family = romeFamily(seat.codeRome)
      let cells = this.families.get(family)
      if (!cells) this.families.set(family, (cells = new Map<number, MatchSeat[]>()))
      const { row, col } = cellOf(seat.latitude, seat.longitude)
      const key = cellKey(row, col)
      const bucket = cells.get(key)
      if (bucket) bucket.push(seat)
      else cells.set(key, [seat])
    }
  }

  /** Every seat of these families in the cells a circle of `radiusKm` around the point touches. */
  *near(
    families: Iterable<string>,
    latitude: number,
    longitude: number,
    radiusKm: number,
  ): Generator<MatchSeat> {
    const dLat = radiusKm / 111
    const cos = Math.max(0.01, Math.cos(Math.min(89, Math.abs(latitude) + dLat) * rad))
    const dLon = radiusKm / (111 * cos)
    const low = cellOf(latitude - dLat, longitude - dLon)
    const high = cellOf(latitude + dLat, longitude + dLon)
    for (const family of new Set(families)) {
      const cells = this.families.get(family)
      if (!cells) continue
      for (let row = low.row; row <= high.row; row++)
        for (let col = low.col; col <= high.col; col++) {
          const bucket = cells.get(cellKey(row, col))
          if (bucket) yield* bucket
        }
    }
  }
}

/**
 * Every pair that passes the hard rules, ranked both ways: for each request its `top` best seats,
 * for each seat its `top` best requests. Seats and requests without a position never match.
 */
export function rankMatches(
  seats: readonly MatchSeat[],
  requests: readonly MatchRequest[],
  top = TOP,
): RankedMatches {
  const grid = new SeatGrid(seats)
  const forRequest = new Map<string, ScoredPair[]>()
  const forSeat = new Map<string, ScoredPair[]>()
  for (const request of requests) {
    const best: ScoredPair[] = []
    for (const seat of grid.near(
      request.codeRomes.map(romeFamily),
      request.latitude,
      request.longitude,
      request.maxKm,
    )) {
      const pair = scorePair(seat, request)
      if (!pair) continue
      keepBest(best, pair, top)
      let seatBest = forSeat.get(seat.id)
      if (!seatBest) forSeat.set(seat.id, (seatBest = []))
      keepBest(seatBest, pair, top)
    }
    if (best.length) forRequest.set(request.id, best)
  }
  return { forRequest, forSeat }
}

/** The pairs kept on either side, once each. */
export function keptPairs(ranked: RankedMatches): ScoredPair[] {
  const kept = new Map<string, ScoredPair>()
  for (const lists of [ranked.forRequest, ranked.forSeat])
    for (const list of lists.values())
      for (const pair of list) kept.set(`${pair.seatId} ${pair.requestId}`, pair)
  return [...kept.values()]
}

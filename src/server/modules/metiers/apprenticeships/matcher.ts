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

interface Scored {
  seat: MatchSeat
  request: MatchRequest
  seatId: string
  requestId: string
  score: number
  distanceKm: number
  /** 2 same fiche, 1 same ROME code, 0 same family. */
  job: 0 | 1 | 2
  apart: number
}

/** A seat with what every comparison needs computed once. */
interface PreparedSeat {
  seat: MatchSeat
  family: string
  month: number
  lat: number
  lon: number
  cos: number
  /** Its best requests so far. */
  best: Scored[]
}

interface PreparedRequest {
  request: MatchRequest
  families: string[]
  month: number
  lat: number
  lon: number
  cos: number
}

const prepareSeat = (seat: MatchSeat): PreparedSeat => ({
  seat,
  family: romeFamily(seat.codeRome),
  month: monthNumber(seat.startMonth),
  lat: seat.latitude * rad,
  lon: seat.longitude * rad,
  cos: Math.cos(seat.latitude * rad),
  best: [],
})

const prepareRequest = (request: MatchRequest): PreparedRequest => ({
  request,
  families: [...new Set(request.codeRomes.map(romeFamily))],
  month: monthNumber(request.startMonth),
  lat: request.latitude * rad,
  lon: request.longitude * rad,
  cos: Math.cos(request.latitude * rad),
})

const JOB_SHARE = [0.5, 0.75, 1] as const

/**
 * The numbers of a pair written into `out` (no object, no text: most pairs never make a top 20), or
 * false when a hard rule excludes it.
 */
function measureInto(s: PreparedSeat, r: PreparedRequest, out: Scored): boolean {
  const apart = Math.abs(s.month - r.month)
  if (apart > MAX_MONTHS_APART) return false
  const { seat } = s
  const { request } = r
  const dLat = r.lat - s.lat
  // The north-south gap alone already too far: no need for the rest.
  if (Math.abs(dLat) * EARTH_KM > request.maxKm) return false
  const sinLat = Math.sin(dLat / 2)
  const sinLon = Math.sin((r.lon - s.lon) / 2)
  const h = sinLat * sinLat + r.cos * s.cos * sinLon * sinLon
  const distance = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
  if (distance > request.maxKm) return false
  let job: 0 | 1 | 2
  if (request.jobIds.includes(seat.jobId)) job = 2
  else if (request.codeRomes.includes(seat.codeRome)) job = 1
  else if (r.families.includes(s.family)) job = 0
  else return false
  const near = request.maxKm > 0 ? 1 - distance / request.maxKm : 1
  const centre =
    request.trainingCentreId === null
      ? WEIGHTS.centre / 2
      : !seat.trainingCentreIds.length || seat.trainingCentreIds.includes(request.trainingCentreId)
        ? WEIGHTS.centre
        : 0
  out.seat = seat
  out.request = request
  out.seatId = seat.id
  out.requestId = request.id
  out.score = Math.round(
    WEIGHTS.job * JOB_SHARE[job] +
      WEIGHTS.distance * near +
      WEIGHTS.start * (1 - apart / (MAX_MONTHS_APART + 1)) +
      centre,
  )
  out.distanceKm = Math.round(distance * 10) / 10
  out.job = job
  out.apart = apart
  return true
}

const blank = (): Scored => ({
  seat: undefined as unknown as MatchSeat,
  request: undefined as unknown as MatchRequest,
  seatId: '',
  requestId: '',
  score: 0,
  distanceKm: 0,
  job: 0,
  apart: 0,
})

function measure(s: PreparedSeat, r: PreparedRequest): Scored | null {
  const out = blank()
  return measureInto(s, r, out) ? out : null
}

/** One sentence per criterion, in plain French. */
function explain({ seat, request, distanceKm: distance, job, apart }: Scored): string[] {
  const jobReason = [
    'métier de la même famille',
    `métier voisin (même code ROME ${seat.codeRome})`,
    'même métier que votre demande',
  ][job]!
  const travelNote = request.travel
    ? `, environ ${Math.max(1, Math.round((distance / request.travel.kmPerHour) * 60))} min ${request.travel.modeLabel}`
    : ''
  const distanceReason = `à ${km(distance)} km${travelNote} (vous acceptez ${request.mobility})`
  const startReason =
    apart === 0
      ? `début : ${shortMonth(seat.startMonth)} pour les deux`
      : `début : ${monthLabel(seat.startMonth)} pour la place, ${monthLabel(request.startMonth)} pour vous (${apart} mois d’écart)`
  const centreReason =
    request.trainingCentreId === null
      ? seat.trainingCentreIds.length
        ? `pas encore de CFA de votre côté : l’employeur en accepte ${seat.trainingCentreIds.length}`
        : 'pas encore de CFA de votre côté : l’employeur les accepte tous'
      : !seat.trainingCentreIds.length || seat.trainingCentreIds.includes(request.trainingCentreId)
        ? 'votre CFA est accepté'
        : 'votre CFA n’est pas dans la liste de l’employeur'
  return [jobReason, distanceReason, startReason, centreReason]
}

const withReasons = (pair: Scored): ScoredPair => ({
  seatId: pair.seatId,
  requestId: pair.requestId,
  score: pair.score,
  distanceKm: pair.distanceKm,
  reasons: explain(pair),
})

/**
 * The score of one pair with its reasons, or null when a hard rule excludes it: another job family,
 * beyond the person's mobility, or start months more than six months apart.
 */
export function scorePair(seat: MatchSeat, request: MatchRequest): ScoredPair | null {
  const pair = measure(prepareSeat(seat), prepareRequest(request))
  return pair ? withReasons(pair) : null
}

/** Best first; equal scores by distance, then by identifiers so the order never depends on input order. */
export function comparePairs(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    a.distanceKm - b.distanceKm ||
    (a.seatId < b.seatId ? -1 : a.seatId > b.seatId ? 1 : 0) ||
    (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0)
  )
}

type Ranked = Pick<ScoredPair, 'seatId' | 'requestId' | 'score' | 'distanceKm'>

/** Whether the pair would enter this list of the `size` best. */
const enters = (list: readonly Ranked[], pair: Ranked, size: number) =>
  list.length < size || comparePairs(pair, list[size - 1]!) < 0

/** Inserts a pair that enters the list, keeping it sorted and at most `size` long (the lists are short). */
function insert<T extends Ranked>(list: T[], pair: T, size: number) {
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

/** One row of a family's grid: its cells from `first` on, each the seats in it. */
interface GridRow {
  first: number
  cells: (PreparedSeat[] | undefined)[]
}

/** Seats bucketed by ROME family, then by grid cell (rows in a map, cells of a row in an array). */
class SeatGrid {
  private readonly families = new Map<string, Map<number, GridRow>>()

  constructor(seats: readonly PreparedSeat[]) {
    const byFamily = new Map<string, Map<number, Map<number, PreparedSeat[]>>>()
    for (const seat of seats) {
      let rows = byFamily.get(seat.family)
      if (!rows) byFamily.set(seat.family, (rows = new Map<number, Map<number, PreparedSeat[]>>()))
      const { row, col } = cellOf(seat.seat.latitude, seat.seat.longitude)
      let cols = rows.get(row)
      if (!cols) rows.set(row, (cols = new Map<number, PreparedSeat[]>()))
      const bucket = cols.get(col)
      if (bucket) bucket.push(seat)
      else cols.set(col, [seat])
    }
    for (const [family, rows] of byFamily) {
      const gridRows = new Map<number, GridRow>()
      for (const [row, cols] of rows) {
        const first = Math.min(...cols.keys())
        const cells = new Array<PreparedSeat[] | undefined>(Math.max(...cols.keys()) - first + 1)
        for (const [col, bucket] of cols) cells[col - first] = bucket
        gridRows.set(row, { first, cells })
      }
      this.families.set(family, gridRows)
    }
  }

  /** Calls `visit` with every seat of these families in the cells a circle of `radiusKm` around the point touches. */
  near(
    families: readonly string[],
    latitude: number,
    longitude: number,
    radiusKm: number,
    visit: (seat: PreparedSeat) => void,
  ) {
    const dLat = radiusKm / 111
    const cos = Math.max(0.01, Math.cos(Math.min(89, Math.abs(latitude) + dLat) * rad))
    const dLon = radiusKm / (111 * cos)
    const low = cellOf(latitude - dLat, longitude - dLon)
    const high = cellOf(latitude + dLat, longitude + dLon)
    for (const family of families) {
      const rows = this.families.get(family)
      if (!rows) continue
      for (let row = low.row; row <= high.row; row++) {
        const gridRow = rows.get(row)
        if (!gridRow) continue
        const from = Math.max(low.col - gridRow.first, 0)
        const to = Math.min(high.col - gridRow.first, gridRow.cells.length - 1)
        for (let i = from; i <= to; i++) {
          const bucket = gridRow.cells[i]
          if (bucket) for (let j = 0; j < bucket.length; j++) visit(bucket[j]!)
        }
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
  const prepared = seats.map(prepareSeat)
  const grid = new SeatGrid(prepared)
  const byRequest = new Map<string, Scored[]>()
  const scratch = blank()
  for (const request of requests) {
    const r = prepareRequest(request)
    const best: Scored[] = []
    grid.near(r.families, request.latitude, request.longitude, request.maxKm, (s) => {
      if (!measureInto(s, r, scratch)) return
      const intoRequest = enters(best, scratch, top)
      const intoSeat = enters(s.best, scratch, top)
      if (!intoRequest && !intoSeat) return
      const pair = { ...scratch }
      if (intoRequest) insert(best, pair, top)
      if (intoSeat) insert(s.best, pair, top)
    })
    if (best.length) byRequest.set(request.id, best)
  }
  // Sentences only for the pairs kept, once each.
  const explained = new Map<Scored, ScoredPair>()
  const final = (pair: Scored) => {
    let done = explained.get(pair)
    if (!done) explained.set(pair, (done = withReasons(pair)))
    return done
  }
  const forSeat = new Map<string, ScoredPair[]>()
  for (const s of prepared) if (s.best.length) forSeat.set(s.seat.id, s.best.map(final))
  const forRequest = new Map<string, ScoredPair[]>()
  for (const [id, list] of byRequest) forRequest.set(id, list.map(final))
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

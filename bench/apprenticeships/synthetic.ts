// Deterministic synthetic seats and requests for the apprenticeship matcher: the same seed gives the
// same data on every machine.
import {
  maxDistanceKm,
  mobilityLabel,
  travelModes,
  type TravelMode,
} from '../../src/shared/modules/metiers/apprenticeships-rules'
import type { MatchRequest, MatchSeat } from '../../src/server/modules/metiers/apprenticeships/matcher'

/** Towns of the Ain and around (Lyon, Savoie, Jura, Doubs), where seats and requests gather. */
export const towns: [string, number, number][] = [
  ['Bourg-en-Bresse', 46.2052, 5.2255],
  ['Ambérieu-en-Bugey', 45.9584, 5.3583],
  ['Oyonnax', 46.2561, 5.6556],
  ['Bellegarde-sur-Valserine', 46.1077, 5.8256],
  ['Belley', 45.7594, 5.6883],
  ['Gex', 46.3333, 6.0578],
  ['Trévoux', 45.9408, 4.7756],
  ['Villars-les-Dombes', 46.0022, 5.0306],
  ['Nantua', 46.1531, 5.6094],
  ['Pont-de-Vaux', 46.4319, 4.9372],
  ['Lyon', 45.764, 4.8357],
  ['Villeurbanne', 45.7719, 4.8902],
  ['Mâcon', 46.3069, 4.8287],
  ['Chambéry', 45.5646, 5.9178],
  ['Annecy', 45.8992, 6.1294],
  ['Lons-le-Saunier', 46.6744, 5.5547],
  ['Besançon', 47.2378, 6.0241],
  ['Dole', 47.0925, 5.4903],
  ['Vienne', 45.5255, 4.8745],
  ['Bourgoin-Jallieu', 45.5856, 5.2736],
]

/** The portal's fiches: id and ROME code (some share a family). */
export const fiches: [string, string][] = [
  ['aide-soignant', 'J1501'],
  ['accompagnant-educatif-et-social', 'K1306'],
  ['auxiliaire-de-vie', 'K1302'],
  ['assistant-familial', 'K1309'],
  ['educateur-specialise', 'K1207'],
  ['moniteur-educateur', 'K1208'],
  ['educateur-de-jeunes-enfants', 'K1202'],
  ['assistant-de-service-social', 'K1201'],
  ['tisf', 'K1305'],
  ['auxiliaire-de-puericulture', 'J1304'],
  ['infirmier', 'J1506'],
]

/** mulberry32: a small seeded generator. */
export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)]!
const month = (next: () => number) => `2026-${String(6 + Math.floor(next() * 7)).padStart(2, '0')}`
const centres = Array.from({ length: 40 }, (_, i) => `cfa-${i}`)

/** A point scattered around a town (most within 15 km). */
function around(next: () => number): { latitude: number; longitude: number } {
  const [, lat, lon] = pick(next, towns)
  const km = 15 * Math.sqrt(-2 * Math.log(1 - next() * 0.999)) * 0.6
  const angle = next() * 2 * Math.PI
  return {
    latitude: lat + (km * Math.cos(angle)) / 111,
    longitude: lon + (km * Math.sin(angle)) / (111 * Math.cos((lat * Math.PI) / 180)),
  }
}

export function syntheticSeats(count: number, seed = 1): MatchSeat[] {
  const next = random(seed)
  return Array.from({ length: count }, (_, i) => {
    const [jobId, codeRome] = pick(next, fiches)
    const accepted =
      next() < 0.4 ? [] : Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, centres))
    return {
      id: `seat-${String(i).padStart(6, '0')}`,
      jobId,
      codeRome,
      ...around(next),
      startMonth: month(next),
      trainingCentreIds: [...new Set(accepted)],
    }
  })
}

export function syntheticRequests(count: number, seed = 2): MatchRequest[] {
  const next = random(seed)
  return Array.from({ length: count }, (_, i) => {
    const jobs = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(next, fiches)))]
    const byTime = next() < 0.4
    const mode: TravelMode = pick(next, travelModes)
    const mobility = byTime
      ? { mobilityKm: null, mobilityMinutes: pick(next, [15, 20, 30, 45, 60]), travelMode: mode }
      : { mobilityKm: pick(next, [10, 15, 20, 30, 40, 50]), mobilityMinutes: null, travelMode: null }
    return {
      id: `request-${String(i).padStart(6, '0')}`,
      jobIds: jobs.map(([id]) => id),
      codeRomes: jobs.map(([, code]) => code),
      ...around(next),
      maxKm: maxDistanceKm(mobility),
      mobility: mobilityLabel(mobility),
      startMonth: month(next),
      trainingCentreId: next() < 0.5 ? pick(next, centres) : null,
    }
  })
}

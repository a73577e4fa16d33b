/** Rules of apprenticeship matching shared by the server, the back office and the portal (no zod here). */

export const seatStates = ['brouillon', 'publiee', 'pourvue', 'retiree'] as const
export type SeatState = (typeof seatStates)[number]

export const requestStates = ['active', 'en_pause', 'close'] as const
export type RequestState = (typeof requestStates)[number]

export const contactStates = ['demandee', 'acceptee', 'refusee', 'close'] as const
export type ContactState = (typeof contactStates)[number]

export const contactOutcomes = ['contrat_signe', 'sans_suite'] as const
export type ContactOutcome = (typeof contactOutcomes)[number]

export const travelModes = ['voiture', 'transports', 'velo', 'marche'] as const
export type TravelMode = (typeof travelModes)[number]

/**
 * A simple speed model, in km as the crow flies per hour of travel: roads and lines wind, so these
 * are below the vehicles' speeds (a car at 60 km/h on roads covers about 45 km straight).
 */
export const straightLineKmPerHour: Record<TravelMode, number> = {
  voiture: 45,
  transports: 22,
  velo: 13,
  marche: 4,
}

export const travelModeLabels: Record<TravelMode, string> = {
  voiture: 'en voiture',
  transports: 'en transports en commun',
  velo: 'à vélo',
  marche: 'à pied',
}

/** Which state a seat may move to from each state. */
export const seatTransitions: Record<SeatState, readonly SeatState[]> = {
  brouillon: ['publiee', 'retiree'],
  publiee: ['pourvue', 'retiree', 'brouillon'],
  pourvue: ['publiee', 'retiree'],
  retiree: ['brouillon', 'publiee'],
}

export interface Mobility {
  mobilityKm: number | null
  mobilityMinutes: number | null
  travelMode: TravelMode | null
}

/** The farthest a person goes, in km as the crow flies. */
export function maxDistanceKm(mobility: Mobility): number {
  if (mobility.mobilityKm !== null) return mobility.mobilityKm
  const minutes = mobility.mobilityMinutes ?? 0
  const speed = straightLineKmPerHour[mobility.travelMode ?? 'voiture']
  return Math.round(((minutes * speed) / 60) * 10) / 10
}

/** « 20 km » or « 30 min en voiture ». */
export function mobilityLabel(mobility: Mobility): string {
  if (mobility.mobilityKm !== null) return `${mobility.mobilityKm} km`
  return `${mobility.mobilityMinutes ?? 0} min ${travelModeLabels[mobility.travelMode ?? 'voiture']}`
}

const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** `2026-09` → months since year 0 (for differences). */
export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number)
  return (year ?? 0) * 12 + ((m ?? 1) - 1)
}

/** `2026-09` → « septembre 2026 ». */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return `${monthNames[((m ?? 1) - 1) % 12]} ${year}`
}

/** The first month a request or seat may start: the current month in Paris. */
export function currentMonth(now: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {})
  return `${parts.year}-${parts.month}`
}

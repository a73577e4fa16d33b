/**
 * Métiers — the public offer search's shared rules, without zod: the portal imports this file
 * (its initial script must stay small), the server and the contract use the same values.
 */

/** Kilometres searched around the place when none is asked. */
export const OFFER_SEARCH_DEFAULT_RADIUS_KM = 20
export const OFFER_SEARCH_MAX_RADIUS_KM = 100
/** The radius widens by itself along these steps until there are enough results. */
export const OFFER_SEARCH_RADIUS_STEPS_KM = [20, 30, 50, 100] as const
/** Fewer results than this within the radius make it widen. */
export const OFFER_SEARCH_ENOUGH_RESULTS = 10
export const OFFER_SEARCH_DEFAULT_PAGE_SIZE = 20
export const OFFER_SEARCH_MAX_PAGE_SIZE = 50

export const offerSearchSorts = ['pertinence', 'distance', 'date'] as const
export type OfferSearchSort = (typeof offerSearchSorts)[number]

/** The steps tried after the asked radius: 25 km asked → 25, 30, 50, 100. */
export function radiusSteps(askedKm: number): number[] {
  return [askedKm, ...OFFER_SEARCH_RADIUS_STEPS_KM.filter((step) => step > askedKm)]
}

/**
 * The search as its query string carries it: the keys of `GET /api/metiers/offres` and of the
 * page `/metiers/offres`. Lists are repeated keys; booleans are `true`.
 */
export interface OfferSearchParams {
  q?: string
  rome?: string[]
  fiche?: string
  lieu?: string
  rayon?: number
  elargir?: boolean
  contrat?: string[]
  employeur?: string[]
  secteur?: string
  temps?: string
  exclure?: string[]
  inclure?: string[]
  vehicule?: boolean
  logement?: boolean
  garde?: boolean
  sansPermis?: boolean
  salaireMin?: number
  depuis?: number
  tri?: string
  page?: number
  taille?: number
}

const listKeys = ['rome', 'contrat', 'employeur', 'exclure', 'inclure'] as const
const numberKeys = ['rayon', 'salaireMin', 'depuis', 'page', 'taille'] as const
const flagKeys = ['elargir', 'vehicule', 'logement', 'garde', 'sansPermis'] as const
const textKeys = ['q', 'fiche', 'lieu', 'secteur', 'temps', 'tri'] as const

/** The query string of a search, keys in a stable order, defaults left out. */
export function offerSearchToQueryString(params: OfferSearchParams): string {
  const out = new URLSearchParams()
  for (const key of textKeys) {
    const value = params[key]?.trim()
    if (value) out.set(key, value)
  }
  for (const key of listKeys) for (const value of params[key] ?? []) if (value) out.append(key, value)
  for (const key of numberKeys) {
    const value = params[key]
    if (value !== undefined && Number.isFinite(value)) out.set(key, String(value))
  }
  for (const key of flagKeys) {
    const value = params[key]
    // Widening is on unless turned off; the other flags are off unless turned on.
    if (key === 'elargir' ? value === false : value === true) out.set(key, String(value))
  }
  return out.toString()
}

/** The search read back from a query string (values unchecked: the server validates them). */
export function offerSearchFromQueryString(search: string): OfferSearchParams {
  const input = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
  const params: OfferSearchParams = {}
  for (const key of textKeys) {
    const value = input.get(key)
    if (value) params[key] = value
  }
  for (const key of listKeys) {
    const values = input
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean)
    if (values.length) params[key] = values
  }
  for (const key of numberKeys) {
    const value = input.get(key)
    if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) params[key] = Number(value)
  }
  for (const key of flagKeys) {
    const value = input.get(key)
    if (value === 'true' || value === 'false') params[key] = value === 'true'
  }
  return params
}

import {
  contracts,
  employerSectors,
  employerTypes,
  workPatterns,
  workTimes,
} from '../../../../shared/modules/metiers/metiers.constants'
import {
  OFFER_SEARCH_MAX_RADIUS_KM,
  offerSearchFromQueryString,
  offerSearchSorts,
  offerSearchToQueryString,
  type OfferSearchParams,
} from '../../../../shared/modules/metiers/search-query'

/** The portal's search page; its query string is the search (shareable, "back" returns to it). */
export const searchPagePath = '/metiers/offres'
export const OFFER_SEARCH_MIN_RADIUS_KM = 5
/** The radii offered in the form; the address bar may carry any whole number in between. */
export const radiusChoices = [5, 10, 20, 30, 50, 100] as const
/** « Publiée depuis » : days. */
export const sinceChoices = [1, 7, 30] as const

const only =
  <T extends string>(list: readonly T[]) =>
  (values: string[] | undefined): T[] | undefined => {
    const kept = [...new Set((values ?? []).filter((v): v is T => (list as readonly string[]).includes(v)))]
    return kept.length ? kept : undefined
  }
const onlyContracts = only(contracts)
const onlyEmployers = only(employerTypes)
const onlyPatterns = only(workPatterns)
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined

const wholeIn = (value: number | undefined, min: number, max: number): number | undefined =>
  value !== undefined && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : undefined

const romeCode = /^[A-N]\d{4}$/

/**
 * A search the page can show and send: unknown values dropped, numbers brought within their
 * bounds, text trimmed. What the address bar or a submitted form says goes through here first.
 */
export function normalizeSearch(params: OfferSearchParams): OfferSearchParams {
  const out: OfferSearchParams = {}
  const q = params.q?.trim().slice(0, 200)
  if (q) out.q = q
  const rome = [
    ...new Set((params.rome ?? []).map((c) => c.trim().toUpperCase()).filter((c) => romeCode.test(c))),
  ]
  if (rome.length) out.rome = rome
  const fiche = params.fiche?.trim()
  if (fiche && /^[a-z0-9-]{1,160}$/.test(fiche)) out.fiche = fiche
  const lieu = params.lieu?.trim().slice(0, 120)
  if (lieu) out.lieu = lieu
  const rayon = wholeIn(params.rayon, OFFER_SEARCH_MIN_RADIUS_KM, OFFER_SEARCH_MAX_RADIUS_KM)
  if (rayon !== undefined) out.rayon = rayon
  if (params.elargir === false) out.elargir = false
  const contrat = onlyContracts(params.contrat)
  if (contrat) out.contrat = contrat
  const employeur = onlyEmployers(params.employeur)
  if (employeur) out.employeur = employeur
  const secteur = oneOf(employerSectors, params.secteur)
  if (secteur) out.secteur = secteur
  const temps = oneOf(workTimes, params.temps)
  if (temps) out.temps = temps
  const exclure = onlyPatterns(params.exclure)
  if (exclure) out.exclure = exclure
  // A pattern both wanted and excluded cannot be met: excluding wins, as the visitor said it last in the form.
  const inclure = onlyPatterns(params.inclure)?.filter((p) => !exclure?.includes(p))
  if (inclure?.length) out.inclure = inclure
  for (const flag of ['vehicule', 'logement', 'garde', 'sansPermis'] as const)
    if (params[flag] === true) out[flag] = true
  const salaireMin = wholeIn(params.salaireMin, 1, 1_000_000)
  if (salaireMin !== undefined) out.salaireMin = salaireMin
  const depuis = wholeIn(params.depuis, 1, 365)
  if (depuis !== undefined) out.depuis = depuis
  const tri = oneOf(offerSearchSorts, params.tri)
  if (tri) out.tri = tri
  const page = wholeIn(params.page, 1, 1000)
  if (page !== undefined && page > 1) out.page = page
  return out
}

/** The search in the address bar → what the page shows and asks the API. */
export const searchOfLocation = (queryString: string): OfferSearchParams =>
  normalizeSearch(offerSearchFromQueryString(queryString))

/** The page's address for a search (`/metiers/offres?lieu=…&rayon=20&exclure=nuit`). */
export function searchHref(params: OfferSearchParams): string {
  const query = offerSearchToQueryString(normalizeSearch(params))
  return query ? `${searchPagePath}?${query}` : searchPagePath
}

/**
 * The search a submitted form asks for: the same keys as the query string (the form also works
 * without JavaScript, as a GET form), back to the first page.
 */
export function searchOfForm(form: FormData | URLSearchParams): OfferSearchParams {
  const query = new URLSearchParams()
  for (const [key, value] of form.entries()) if (typeof value === 'string') query.append(key, value)
  const { page: _page, ...search } = searchOfLocation(query.toString())
  return search
}

/** The same search on another page of results. */
export const withPage = (params: OfferSearchParams, page: number): OfferSearchParams => ({ ...params, page })

/** Nothing asked: the page shows the form and the latest offers. */
export const isEmptySearch = (params: OfferSearchParams): boolean => {
  const { page: _page, tri: _tri, ...rest } = normalizeSearch(params)
  return Object.keys(rest).length === 0
}

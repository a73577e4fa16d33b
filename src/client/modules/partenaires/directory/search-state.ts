import {
  directoryThemes,
  languages,
  publics,
  referralModes,
  subThemes,
  type DirectoryTheme,
  type Language,
  type Public,
  type ReferralMode,
  type SubTheme,
} from '../../../../shared/modules/partenaires/directory.constants'
import type { SearchQueryInput } from '../../../../shared/modules/partenaires/search.contract'

/** A search as the page holds it, and as the address bar carries it (so "back" returns to the results). */
export interface SearchState {
  q: string
  /** False once the person removed an understood filter: the text is not read again. */
  interpret: boolean
  themes: DirectoryTheme[]
  subThemes: SubTheme[]
  publics: Public[]
  /** The person's age in years, when the agent gives it. */
  age: number | null
  language: Language | ''
  wheelchair: boolean
  hearingLoop: boolean
  referralModes: ReferralMode[]
  openNow: boolean
  openOn: string
  openAfter: string
  near: string
  latitude: number | null
  longitude: number | null
  radius: number | null
  page: number
}

export const emptySearch = (): SearchState => ({
  q: '',
  interpret: true,
  themes: [],
  subThemes: [],
  publics: [],
  age: null,
  language: '',
  wheelchair: false,
  hearingLoop: false,
  referralModes: [],
  openNow: false,
  openOn: '',
  openAfter: '',
  near: '',
  latitude: null,
  longitude: null,
  radius: null,
  page: 1,
})

const member =
  <T extends string>(list: readonly T[]) =>
  (v: string | null): v is T =>
    v !== null && (list as readonly string[]).includes(v)
const isReferralMode = member(referralModes)
const isTheme = member(directoryThemes)
const isSubTheme = member(subThemes)
const isPublic = member(publics)
const isLanguage = member(languages)

const finite = (text: string | null): number | null => {
  if (text === null || text.trim() === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/** The search in the address bar: `?q=…&themes=a&themes=b&openNow=1`. Unknown or broken values are dropped. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search)
  const state = emptySearch()
  state.q = params.get('q') ?? ''
  state.interpret = params.get('interpret') !== '0'
  state.themes = [...new Set(params.getAll('themes').filter(isTheme))]
  state.subThemes = [...new Set(params.getAll('subThemes').filter(isSubTheme))]
  state.publics = [...new Set(params.getAll('publics').filter(isPublic))]
  // An age out of range is kept: the server answers it with a message under the field. (-0 reads as 0.)
  const age = finite(params.get('age'))
  state.age = age === null ? null : age + 0
  const language = params.get('language')
  state.language = isLanguage(language) ? language : ''
  state.wheelchair = params.get('wheelchair') === '1'
  state.hearingLoop = params.get('hearingLoop') === '1'
  state.referralModes = [...new Set(params.getAll('referralModes').filter(isReferralMode))]
  state.openNow = params.get('openNow') === '1'
  state.openOn = /^\d{4}-\d{2}-\d{2}$/.test(params.get('openOn') ?? '') ? params.get('openOn')! : ''
  state.openAfter = /^\d{2}:\d{2}$/.test(params.get('openAfter') ?? '') ? params.get('openAfter')! : ''
  state.near = params.get('near') ?? ''
  const latitude = finite(params.get('latitude'))
  const longitude = finite(params.get('longitude'))
  if (latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
    state.latitude = latitude
    state.longitude = longitude
  }
  const radius = finite(params.get('radius'))
  state.radius = radius !== null && Number.isInteger(radius) && radius >= 100 ? radius : null
  const page = finite(params.get('page'))
  state.page = page !== null && Number.isInteger(page) && page >= 1 ? page : 1
  return state
}

/** The address-bar form of a search; only what differs from an empty search is written. */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  if (!state.interpret) params.set('interpret', '0')
  for (const v of state.themes) params.append('themes', v)
  for (const v of state.subThemes) params.append('subThemes', v)
  for (const v of state.publics) params.append('publics', v)
  if (state.age !== null) params.set('age', String(state.age))
  if (state.language) params.set('language', state.language)
  if (state.wheelchair) params.set('wheelchair', '1')
  if (state.hearingLoop) params.set('hearingLoop', '1')
  for (const v of state.referralModes) params.append('referralModes', v)
  if (state.openNow) params.set('openNow', '1')
  if (state.openOn) params.set('openOn', state.openOn)
  if (state.openAfter) params.set('openAfter', state.openAfter)
  if (state.near) params.set('near', state.near)
  if (state.latitude !== null && state.longitude !== null) {
    params.set('latitude', String(state.latitude))
    params.set('longitude', String(state.longitude))
  }
  if (state.radius !== null) params.set('radius', String(state.radius))
  if (state.page > 1) params.set('page', String(state.page))
  return params.toString()
}

/** Nothing asked yet: the page shows no results, only the form. */
export const isBlank = (s: SearchState): boolean => formatSearch({ ...s, page: 1, interpret: true }) === ''

/** The query the search routes take. */
export function searchQueryOf(state: SearchState, pageSize = 20): SearchQueryInput {
  return {
    q: state.q || undefined,
    interpret: state.interpret ? undefined : false,
    themes: state.themes.length ? state.themes : undefined,
    subThemes: state.subThemes,
    publics: state.publics.length ? state.publics : undefined,
    age: state.age ?? undefined,
    language: state.language || undefined,
    wheelchair: state.wheelchair || undefined,
    hearingLoop: state.hearingLoop || undefined,
    referralModes: state.referralModes.length ? state.referralModes : undefined,
    openNow: state.openNow || undefined,
    openOn: state.openOn || undefined,
    openAfter: state.openOn && state.openAfter ? state.openAfter : undefined,
    near: state.latitude === null && state.near ? state.near : undefined,
    latitude: state.latitude ?? undefined,
    longitude: state.longitude ?? undefined,
    radius: state.radius ?? undefined,
    page: state.page,
    pageSize,
  }
}

/** What the server applied (explicit filters and those read in the text), as a state that will not be read again. */
export function stateOfApplied(applied: {
  q: string
  themes: DirectoryTheme[]
  subThemes: SubTheme[]
  publics: Public[]
  age: number | null
  language: Language | null
  wheelchair: boolean
  hearingLoop: boolean
  referralModes: ReferralMode[]
  openNow: boolean
  openOn: string | null
  openAfter: string | null
  near: string | null
  latitude: number | null
  longitude: number | null
  radius: number | null
}): SearchState {
  return {
    q: applied.q,
    interpret: false,
    themes: [...applied.themes],
    subThemes: [...applied.subThemes],
    publics: [...applied.publics],
    age: applied.age,
    language: applied.language ?? '',
    wheelchair: applied.wheelchair,
    hearingLoop: applied.hearingLoop,
    referralModes: [...applied.referralModes],
    openNow: applied.openNow,
    openOn: applied.openOn ?? '',
    openAfter: applied.openAfter ?? '',
    near: applied.near ?? '',
    // A point from an address is found again from the address; one from "ma position" is kept.
    latitude: applied.near ? null : applied.latitude,
    longitude: applied.near ? null : applied.longitude,
    radius: applied.radius,
    page: 1,
  }
}

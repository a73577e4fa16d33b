import type { Db } from '../../db/client'
import { communeByCode, findCommune, normalisePlaceName } from './communes'
import { GeocoderUnavailable, type GeocodedAddress, type Geocoder } from './geocoder'

/** adresse: the house number was found; rue: the street or a locality; commune: only the town. */
export type PlaceLocationStatus = 'adresse' | 'rue' | 'commune' | 'inconnue'

export interface PlaceLocation {
  status: PlaceLocationStatus
  label: string
  postcode: string | null
  city: string | null
  citycode: string | null
  banId: string | null
  latitude: number | null
  longitude: number | null
  score: number | null
  /** Shown to the agent when the place is not located at its address. */
  warning?: string
}

export interface PlaceAddressInput {
  /** The address as typed: "12 rue de la République" or a whole line with postcode and city. */
  text: string
  postcode?: string | null
  city?: string | null
  citycode?: string | null
}

/** Below this score the service's best guess is another place than the one typed. */
export const MINIMUM_SCORE = 0.4

export const UNKNOWN_ADDRESS_WARNING =
  'Adresse inconnue du service d’adresses : gardée telle quelle, sans position sur la carte.'
export const UNREACHABLE_WARNING =
  'Le service d’adresses ne répond pas : la structure est placée sur sa commune, à préciser plus tard.'
export const UNREACHABLE_NO_POSITION_WARNING =
  'Le service d’adresses ne répond pas : commune reconnue, sans position sur la carte pour le moment.'
export const UNREACHABLE_UNKNOWN_COMMUNE_WARNING =
  'Le service d’adresses ne répond pas et la commune n’a pas été reconnue : adresse gardée telle quelle, sans position.'
export const ONLY_COMMUNE_WARNING =
  'Seule la commune a été reconnue : la position sur la carte est celle de la commune.'

const statusOfType: Record<GeocodedAddress['type'], PlaceLocationStatus> = {
  housenumber: 'adresse',
  street: 'rue',
  locality: 'rue',
  municipality: 'commune',
}

/** The text sent to the service: the address, completed by the postcode and city when they are not in it. */
export function addressQueryText(input: PlaceAddressInput): string {
  const parts = [input.text.trim()]
  const normalisedText = normalisePlaceName(input.text)
  const postcode = input.postcode?.trim()
  if (postcode && !input.text.includes(postcode)) parts.push(postcode)
  const city = input.city?.trim()
  if (city && !normalisedText.includes(normalisePlaceName(city))) parts.push(city)
  return parts.filter(Boolean).join(' ')
}

/**
 * Locates a place for the directory. A known address gives its position; an unknown one is kept as
 * typed, without position; when the service cannot be reached the commune is resolved locally and
 * placed where the cache last saw it. Inside a request's transaction, pass it as `db`: the cache
 * is then read and written through it.
 */
export async function placeLocation(
  service: Geocoder,
  input: PlaceAddressInput,
  options: { db?: Db } = {},
): Promise<PlaceLocation> {
  const geocoder = options.db && service.using ? service.using(options.db) : service
  // Without a street address, only the commune can be placed.
  if (input.text.trim().length < 3) return communeFallback(geocoder, input, ONLY_COMMUNE_WARNING, true)
  const text = addressQueryText(input)
  const citycode = input.citycode?.trim() || undefined
  let found: GeocodedAddress | null
  try {
    found = await geocoder.geocode({ text, ...(citycode ? { citycode } : {}) })
  } catch (error) {
    if (error instanceof GeocoderUnavailable)
      return communeFallback(geocoder, input, UNREACHABLE_WARNING, false)
    throw error
  }
  if (!found || found.score < MINIMUM_SCORE) return unknown(input)
  const status = statusOfType[found.type]
  return {
    status,
    label: found.label,
    postcode: found.postcode,
    city: found.city,
    citycode: found.citycode,
    banId: found.banId,
    latitude: found.latitude,
    longitude: found.longitude,
    score: found.score,
    ...(status === 'commune' ? { warning: ONLY_COMMUNE_WARNING } : {}),
  }
}

function unknown(input: PlaceAddressInput): PlaceLocation {
  const commune = input.citycode ? communeByCode(input.citycode) : findCommune(input)
  return {
    status: 'inconnue',
    label: input.text.trim(),
    postcode: input.postcode?.trim() || null,
    city: input.city?.trim() || commune?.name || null,
    citycode: commune?.code ?? null,
    banId: null,
    latitude: null,
    longitude: null,
    score: null,
    warning: UNKNOWN_ADDRESS_WARNING,
  }
}

async function communeFallback(
  geocoder: Geocoder,
  input: PlaceAddressInput,
  warning: string,
  mayAskService: boolean,
): Promise<PlaceLocation> {
  const commune = input.citycode ? communeByCode(input.citycode) : findCommune(input)
  if (!commune) return { ...unknown(input), warning: UNREACHABLE_UNKNOWN_COMMUNE_WARNING }
  const query = { text: commune.name, citycode: commune.code, type: 'municipality' as const }
  let position: GeocodedAddress | null | undefined = await geocoder.cached?.(query)
  if (position === undefined && mayAskService) {
    try {
      position = await geocoder.geocode(query)
    } catch (error) {
      if (!(error instanceof GeocoderUnavailable)) throw error
    }
  }
  const postcode = input.postcode?.trim() || commune.postcodes[0] || null
  return {
    status: 'commune',
    label: input.text.trim() || commune.name,
    postcode,
    city: commune.name,
    citycode: commune.code,
    banId: position?.banId ?? null,
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    score: position?.score ?? null,
    warning: position ? warning : UNREACHABLE_NO_POSITION_WARNING,
  }
}

import { invalid } from '../../../../shared/errors'
import type { Db } from '../../../db/client'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { placeLocation } from '../../../platform/geocoding/place-location'
import { communeOfInput } from '../campaigns.area'

export interface Point {
  latitude: number
  longitude: number
}

export interface PlacedCommune {
  commune: string
  communeInsee: string
  postcode: string
  latitude: number | null
  longitude: number | null
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

export const pointOf = (p: { latitude: number | null; longitude: number | null }): Point | null =>
  p.latitude === null || p.longitude === null ? null : { latitude: p.latitude, longitude: p.longitude }

/**
 * A commune as typed (name, « code postal + nom » or INSEE code), recognised locally then placed
 * with the platform's geocoder (cache first); null when no commune bears that name.
 */
export async function findPlace(geocoder: Geocoder, db: Db, input: string): Promise<PlacedCommune | null> {
  const commune = communeOfInput(input)
  if (!commune) return null
  const placed = await placeLocation(geocoder, { text: '', citycode: commune.code }, { db })
  const typedPostcode = /\b(\d{5})\b/.exec(input)?.[1]
  return {
    commune: commune.name,
    communeInsee: commune.code,
    postcode:
      typedPostcode && commune.postcodes.includes(typedPostcode)
        ? typedPostcode
        : (commune.postcodes[0] ?? ''),
    latitude: placed.latitude,
    longitude: placed.longitude,
  }
}

/** The same, refusing an unknown commune with a message naming the field. */
export async function requirePlace(
  geocoder: Geocoder,
  db: Db,
  input: string,
  field: string,
): Promise<PlacedCommune> {
  const found = await findPlace(geocoder, db, input)
  if (!found)
    throw invalid(
      field,
      'Commune inconnue : écrivez son nom, ou son code postal et son nom (ex. « 01000 Bourg-en-Bresse »).',
    )
  return found
}

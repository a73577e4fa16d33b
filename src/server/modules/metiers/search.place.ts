import { sql } from 'drizzle-orm'
import { invalid } from '../../../shared/errors'
import type { UnderstoodPlaceView } from '../../../shared/modules/metiers/search.contract'
import { rows, type Db } from '../../db/client'
import { communeByCode } from '../../platform/geocoding/communes'
import { GeocoderUnavailable, type Geocoder } from '../../platform/geocoding/geocoder'
import { MINIMUM_SCORE, placeLocation } from '../../platform/geocoding/place-location'
import { communeOfInput } from './campaigns.area'

const unknownPlace = () =>
  invalid(
    'lieu',
    'Lieu introuvable : écrivez le nom d’une commune, son code postal ou les deux (ex. « 01000 Bourg-en-Bresse »).',
  )

/**
 * The place a visitor typed (`lieu`): a commune by its INSEE code, its postcode or its name,
 * recognised locally, then positioned by the geocoder (its cache first). A name the local list
 * cannot settle (several communes bear it) is asked of the geocoder. When the geocoder cannot
 * answer and has no cached position, the commune is placed where its published offers are.
 */
export async function resolveSearchPlace(
  geocoder: Geocoder,
  db: Db,
  input: string,
): Promise<UnderstoodPlaceView> {
  const commune = communeOfInput(input)
  if (commune) {
    const placed = await placeLocation(geocoder, { text: '', citycode: commune.code }, { db })
    const position =
      placed.latitude !== null && placed.longitude !== null
        ? { latitude: placed.latitude, longitude: placed.longitude }
        : await positionOfOffersIn(db, commune.code)
    if (!position)
      throw invalid(
        'lieu',
        `La position de ${commune.name} est inconnue pour le moment : réessayez dans un instant ou cherchez sans lieu.`,
      )
    const postcode = /\b\d{5}\b/.exec(input)?.[0]
    return {
      name: commune.name,
      insee: commune.code,
      postcode: postcode && commune.postcodes.includes(postcode) ? postcode : (commune.postcodes[0] ?? null),
      ...position,
    }
  }
  const scoped = geocoder.using ? geocoder.using(db) : geocoder
  try {
    const found = await scoped.geocode({ text: input, type: 'municipality' })
    if (!found || found.score < MINIMUM_SCORE || !found.citycode) throw unknownPlace()
    return {
      name: found.city ?? communeByCode(found.citycode)?.name ?? found.label,
      insee: found.citycode,
      postcode: found.postcode,
      latitude: found.latitude,
      longitude: found.longitude,
    }
  } catch (error) {
    if (error instanceof GeocoderUnavailable) throw unknownPlace()
    throw error
  }
}

async function positionOfOffersIn(
  db: Db,
  insee: string,
): Promise<{ latitude: number; longitude: number } | null> {
  const [found] = await rows<{ latitude: number | null; longitude: number | null }>(
    db,
    sql`select avg(latitude)::float8 as latitude, avg(longitude)::float8 as longitude
        from job_offers where commune_insee = ${insee} and latitude is not null and longitude is not null`,
  )
  return found && found.latitude !== null && found.longitude !== null
    ? { latitude: found.latitude, longitude: found.longitude }
    : null
}

import { invalid } from '../../../shared/errors'
import type { Db } from '../../db/client'
import { communeByCode, findCommune, type Commune } from '../../platform/geocoding/communes'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import { placeLocation } from '../../platform/geocoding/place-location'

export interface CampaignArea {
  commune: string
  codeInsee: string
  latitude: number | null
  longitude: number | null
}

/**
 * The commune an editor typed: an INSEE code (« 01053 »), a postcode and a name
 * (« 01000 Bourg-en-Bresse ») or a name alone when only one commune bears it.
 */
export function communeOfInput(input: string): Commune | null {
  const text = input.trim()
  if (/^(?:\d{5}|2[AB]\d{3})$/i.test(text)) {
    return communeByCode(text.toUpperCase()) ?? findCommune({ postcode: text })
  }
  const postcode = /\b(\d{5})\b/.exec(text)?.[1]
  const city = text.replace(/\b\d{5}\b/, '').trim()
  return findCommune({ postcode: postcode ?? null, city: city || null })
}

/**
 * Places the territory's centre on its commune with the platform's geocoder (cache first). An
 * unknown commune is refused; a geocoder that cannot answer leaves the position empty.
 */
export async function resolveCampaignArea(geocoder: Geocoder, db: Db, input: string): Promise<CampaignArea> {
  const commune = communeOfInput(input)
  if (!commune)
    throw invalid(
      'areaCommune',
      'Commune inconnue : écrivez son nom, ou son code postal et son nom (ex. « 01000 Bourg-en-Bresse »).',
    )
  const placed = await placeLocation(geocoder, { text: '', citycode: commune.code }, { db })
  return {
    commune: commune.name,
    codeInsee: commune.code,
    latitude: placed.latitude,
    longitude: placed.longitude,
  }
}

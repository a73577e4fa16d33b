import type { Db } from '../../db/client'
import { createBanGeocoder } from './ban-geocoder'
import { offlineGeocoder, type Geocoder } from './geocoder'

/** GEOCODER_URL: the Géoplateforme by default, a local fake in tests, `off` on a machine without network. */
export function configuredGeocoder(url: string, db: Db): Geocoder {
  if (url === 'off') return offlineGeocoder
  return createBanGeocoder({ url, db })
}

import type { Geocoder } from '../../platform/geocoding/geocoder'
import type { Mailer } from '../../platform/mailer'
import type { Secrets } from '../../platform/secrets'

/** What the partenaires module needs from the platform. */
export interface PartenairesDeps {
  mailer: Mailer
  secrets: Secrets
  publicUrl: string
  clock: () => Date
  geocoder: Geocoder
  /** The orientation sheet's map tiles (WMTS) and the data directory that caches them; absent: a drawn plan. */
  mapTiles?: { url: string; dataDir: string } | undefined
}

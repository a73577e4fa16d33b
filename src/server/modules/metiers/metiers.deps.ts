import type { AuthService } from '../auth'
import type { FileStorage } from '../../platform/files'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import type { Mailer } from '../../platform/mailer'
import type { Secrets } from '../../platform/secrets'

/** What the métiers module needs from the platform. */
export interface MetiersDeps {
  mailer: Mailer
  secrets: Secrets
  publicUrl: string
  clock: () => Date
  geocoder: Geocoder
  /** CVs, portraits' photos, videos and captions. */
  files: FileStorage
  /** Opens the session of a candidate who just confirmed their address. */
  auth: AuthService
}

import type { Mailer } from '../../platform/mailer'

/** What the pilotage module needs from the platform. */
export interface PilotageDeps {
  mailer: Mailer
  publicUrl: string
  clock: () => Date
}

import type { Database } from '../../../db/client'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { geocodeImport, type GeocodeImportOptions } from './geocode-import'

export interface ImportRunner {
  /** Locates the import's places in the background; a second call for a running import does nothing. */
  start(importId: string): void
  /** Resolves when every run started here has ended (tests, shutdown). */
  idle(): Promise<void>
}

/** Runs of this process, so that a run is never started twice here. */
export function importRunner(
  db: Database,
  geocoder: Geocoder,
  log: (message: string) => void,
  options: GeocodeImportOptions = {},
): ImportRunner {
  const running = new Map<string, Promise<void>>()
  return {
    start(importId) {
      if (running.has(importId)) return
      const run = geocodeImport(db, geocoder, importId, options)
        .catch((error: unknown) =>
          log(`annuaire : localisation de l’import ${importId} interrompue (${(error as Error).message})`),
        )
        .finally(() => running.delete(importId))
      running.set(importId, run)
    },
    async idle() {
      while (running.size) await Promise.all([...running.values()])
    },
  }
}

import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { placeLocation } from '../../../platform/geocoding/place-location'
import { directoryImports, directoryPlaces, directoryStructures } from '../partenaires.table'
import { emptyLocated, type StoredReport } from './import-report'

export interface GeocodeImportOptions {
  /** Lookups in flight at once; the geocoder's own limiter keeps the rate. */
  concurrency?: number
  /** How often the progress is written, in places. */
  progressEvery?: number
}

/** The street part of an address as typed: "3 rue X, bâtiment B" is looked up as "3 rue X". */
const streetPart = (address: string) => address.split(',')[0]!.trim()

/**
 * Locates the places of an import, as the owner, out of any request: each place gets its position
 * or a warning, and the import its progress (`done` of `total`) for the progress bar. Places
 * already located are skipped, so a run interrupted midway is resumed by the next.
 */
export async function geocodeImport(
  db: Database,
  geocoder: Geocoder,
  importId: string,
  options: GeocodeImportOptions = {},
): Promise<void> {
  const concurrency = options.concurrency ?? 8
  const progressEvery = options.progressEvery ?? 20
  const [run] = await db.owner.select().from(directoryImports).where(eq(directoryImports.id, importId))
  if (!run || run.status !== 'en_cours') return
  const report = run.report as StoredReport
  const located = { ...emptyLocated(), ...report.located }
  const warnings = [...(report.warnings ?? [])]
  const pending: {
    id: string
    addressInput: string
    postcode: string | null
    city: string | null
    citycode: string | null
    structureName: string
  }[] = []
  for (let i = 0; i < report.placeIds.length; i += 500)
    pending.push(
      ...(await db.owner
        .select({
          id: directoryPlaces.id,
          addressInput: directoryPlaces.addressInput,
          postcode: directoryPlaces.postcode,
          city: directoryPlaces.city,
          citycode: directoryPlaces.citycode,
          structureName: directoryStructures.name,
        })
        .from(directoryPlaces)
        .innerJoin(directoryStructures, eq(directoryStructures.id, directoryPlaces.structureId))
        .where(
          and(
            inArray(directoryPlaces.id, report.placeIds.slice(i, i + 500)),
            eq(directoryPlaces.geocodeStatus, 'a_geocoder'),
          ),
        )),
    )
  let done = run.total - pending.length
  let sinceSaved = 0
  const save = async (finished: boolean) => {
    sinceSaved = 0
    await db.owner
      .update(directoryImports)
      .set({
        done,
        report: sql`${directoryImports.report} || ${JSON.stringify({ located, warnings })}::jsonb`,
        ...(finished ? { status: 'terminee', finishedAt: new Date() } : {}),
      })
      .where(eq(directoryImports.id, importId))
  }

  try {
    let next = 0
    const worker = async () => {
      while (next < pending.length) {
        const place = pending[next++]!
        const found = await placeLocation(geocoder, {
          text: streetPart(place.addressInput),
          postcode: place.postcode,
          city: place.city,
          citycode: place.citycode,
        })
        await db.owner
          .update(directoryPlaces)
          .set({
            label: found.label || null,
            postcode: found.postcode,
            city: found.city,
            citycode: found.citycode,
            banId: found.banId,
            latitude: found.latitude,
            longitude: found.longitude,
            geocodeScore: found.score,
            geocodeStatus: found.status,
            updatedAt: new Date(),
          })
          .where(eq(directoryPlaces.id, place.id))
        located[found.status]++
        if (found.warning && (found.status === 'commune' || found.status === 'inconnue'))
          warnings.push({
            placeId: place.id,
            structureName: place.structureName,
            address: [place.addressInput, place.postcode, place.city].filter(Boolean).join(' '),
            status: found.status,
            message: found.warning,
          })
        done++
        if (++sinceSaved >= progressEvery) await save(false)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, pending.length)) }, worker))
    await save(true)
  } catch (error) {
    await db.owner
      .update(directoryImports)
      .set({
        done,
        status: 'echouee',
        finishedAt: new Date(),
        report: sql`${directoryImports.report} || ${JSON.stringify({
          located,
          warnings,
          error: 'La localisation des adresses s’est interrompue ; les structures restent importées.',
        })}::jsonb`,
      })
      .where(eq(directoryImports.id, importId))
    throw error
  }
}

/**
 * Imports still locating their places though started before `startedBefore` (their process
 * stopped midway): each is resumed where it stopped. Returns how many were resumed.
 */
export async function resumeUnfinishedImports(
  db: Database,
  geocoder: Geocoder,
  startedBefore: Date,
): Promise<number> {
  const found = await db.owner
    .select({ id: directoryImports.id })
    .from(directoryImports)
    .where(and(eq(directoryImports.status, 'en_cours'), lt(directoryImports.createdAt, startedBefore)))
  for (const { id } of found) await geocodeImport(db, geocoder, id)
  return found.length
}

import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { geocodeCache } from '../../modules/partenaires/partenaires.table'
import type { GeocodedAddress, GeocodeQuery } from './geocoder'

/** A cached answer: the address found, or null when the service knew none. */
export interface CachedAnswer {
  result: GeocodedAddress | null
  fetchedAt: Date
}

export interface GeocodeCacheStore {
  get(key: string): Promise<CachedAnswer | undefined>
  put(key: string, result: GeocodedAddress | null): Promise<void>
}

/** The same query however it was typed: case, accents kept apart from spacing and punctuation. */
export function geocodeQueryKey(query: GeocodeQuery): string {
  const text = query.text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return ['v1', text, query.citycode ?? '', query.postcode ?? '', query.type ?? ''].join('|')
}

/** The cache table: shared by every organisation, since the addresses of places are public. */
export function databaseGeocodeCache(db: Db): GeocodeCacheStore {
  return {
    async get(key) {
      const [row] = await db
        .select({ result: geocodeCache.result, fetchedAt: geocodeCache.fetchedAt })
        .from(geocodeCache)
        .where(eq(geocodeCache.queryKey, key))
      return row
        ? { result: (row.result as GeocodedAddress | null) ?? null, fetchedAt: row.fetchedAt }
        : undefined
    },
    async put(key, result) {
      await db
        .insert(geocodeCache)
        .values({ queryKey: key, result, fetchedAt: new Date() })
        .onConflictDoUpdate({
          target: geocodeCache.queryKey,
          set: { result: sql`excluded.result`, fetchedAt: sql`excluded.fetched_at` },
        })
    },
  }
}

import type { Db } from '../../db/client'
import { databaseGeocodeCache, geocodeQueryKey, type GeocodeCacheStore } from './geocode-cache'
import { GeocoderUnavailable, type GeocodedAddress, type Geocoder, type GeocodeQuery } from './geocoder'
import { processGeocoderLimiter, type TokenBucket } from './token-bucket'

/** The address service of the IGN Géoplateforme (the BAN). No key; 50 requests a second per address. */
export const GEOPLATEFORME_URL = 'https://data.geopf.fr/geocodage'

const DAY = 86_400_000

export interface BanGeocoderOptions {
  /** The service's base URL; `/search` is appended. */
  url: string
  /** Where answers are kept; a second lookup of the same query never calls the service. */
  cache?: GeocodeCacheStore
  limiter?: TokenBucket
  timeoutMs?: number
  /** Retries after a 429 before giving up. */
  maxRetries?: number
  /** Unknown addresses are asked again after this many days (the BAN grows); found ones after a year. */
  unknownRetryDays?: number
  foundRefreshDays?: number
  clock?: () => Date
}

export interface BanGeocoder extends Geocoder {
  /** The same geocoder with its cache read and written through this transaction. */
  using(db: Db): Geocoder
}

interface Feature {
  geometry?: { coordinates?: unknown }
  properties?: Record<string, unknown>
}

const types = new Set<GeocodedAddress['type']>(['housenumber', 'street', 'locality', 'municipality'])
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

/** The first feature of a GeoJSON answer, or null when there is none or it is not an address. */
export function addressOfAnswer(body: unknown): GeocodedAddress | null {
  const features = (body as { features?: unknown } | null)?.features
  if (!Array.isArray(features) || features.length === 0) return null
  const feature = features[0] as Feature
  const p = feature.properties ?? {}
  const coordinates = feature.geometry?.coordinates
  if (!Array.isArray(coordinates) || coordinates.length < 2) return null
  const [longitude, latitude] = coordinates as unknown[]
  const type = p.type as GeocodedAddress['type']
  if (typeof longitude !== 'number' || typeof latitude !== 'number' || !types.has(type)) return null
  return {
    label: text(p.label) ?? '',
    score: typeof p.score === 'number' ? p.score : 0,
    type,
    postcode: text(p.postcode),
    city: text(p.city),
    citycode: text(p.citycode),
    banId: text(p.id),
    latitude,
    longitude,
  }
}

/** Seconds or an HTTP date; 5 s when absent, as the Géoplateforme blocks for about that long. */
export function retryAfterMs(header: string | null, now: Date): number {
  if (header) {
    const seconds = Number(header)
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000)
    const date = Date.parse(header)
    if (!Number.isNaN(date)) return Math.min(Math.max(0, date - now.getTime()), 60_000)
  }
  return 5000
}

function searchUrl(base: string, query: GeocodeQuery): string {
  const url = new URL(`${base.replace(/\/$/, '')}/search`)
  url.searchParams.set('q', query.text.slice(0, 200))
  url.searchParams.set('limit', '1')
  if (query.citycode) url.searchParams.set('citycode', query.citycode)
  if (query.postcode) url.searchParams.set('postcode', query.postcode)
  if (query.type) url.searchParams.set('type', query.type)
  return url.toString()
}

/**
 * The BAN adapter: cache first, then the service under the process's rate limit. A 429 pauses
 * every caller for its Retry-After, then the call is tried again; an unreachable service, a
 * timeout or a 5xx throws GeocoderUnavailable (callers fall back to the commune).
 */
export function createBanGeocoder(options: BanGeocoderOptions & { db?: Db }): BanGeocoder {
  const limiter = options.limiter ?? processGeocoderLimiter
  const timeoutMs = options.timeoutMs ?? 5000
  const maxRetries = options.maxRetries ?? 3
  const clock = options.clock ?? (() => new Date())
  const unknownRetry = (options.unknownRetryDays ?? 30) * DAY
  const foundRefresh = (options.foundRefreshDays ?? 365) * DAY
  const inFlight = new Map<string, Promise<GeocodedAddress | null>>()

  async function ask(query: GeocodeQuery): Promise<GeocodedAddress | null> {
    const url = searchUrl(options.url, query)
    for (let attempt = 0; ; attempt++) {
      await limiter.take()
      let response: Response
      try {
        response = await fetch(url, {
          signal: AbortSignal.timeout(timeoutMs),
          headers: { accept: 'application/json' },
        })
      } catch (error) {
        throw new GeocoderUnavailable(error)
      }
      if (response.status === 429) {
        await response.body?.cancel()
        const wait = retryAfterMs(response.headers.get('retry-after'), clock())
        limiter.pauseFor(wait)
        if (attempt >= maxRetries) throw new GeocoderUnavailable(new Error('429 after retries'))
        continue
      }
      if (response.status >= 500) {
        await response.body?.cancel()
        throw new GeocoderUnavailable(new Error(`HTTP ${response.status}`))
      }
      // 400: a query the service refuses (too short, only punctuation): no such address.
      if (!response.ok) {
        await response.body?.cancel()
        return null
      }
      try {
        return addressOfAnswer(await response.json())
      } catch (error) {
        throw new GeocoderUnavailable(error)
      }
    }
  }

  function geocoderWith(cache: GeocodeCacheStore | undefined): Geocoder {
    const fresh = (answer: { result: GeocodedAddress | null; fetchedAt: Date }) =>
      clock().getTime() - answer.fetchedAt.getTime() < (answer.result ? foundRefresh : unknownRetry)
    return {
      async cached(query) {
        const answer = await cache?.get(geocodeQueryKey(query))
        return answer ? answer.result : undefined
      },
      async geocode(query) {
        const key = geocodeQueryKey(query)
        const answer = await cache?.get(key)
        if (answer && fresh(answer)) return answer.result
        const running = inFlight.get(key)
        if (running) return running
        const call = ask(query).finally(() => inFlight.delete(key))
        inFlight.set(key, call)
        const result = await call
        await cache?.put(key, result)
        return result
      },
    }
  }

  const base = geocoderWith(options.cache ?? (options.db ? databaseGeocodeCache(options.db) : undefined))
  return { ...base, using: (db) => geocoderWith(databaseGeocodeCache(db)) }
}

import type { Db } from '../../db/client'

/** What the address service (BAN, served by the IGN Géoplateforme) made of an address. */
export interface GeocodedAddress {
  label: string
  /** 0–1: how sure the service is. */
  score: number
  type: 'housenumber' | 'street' | 'locality' | 'municipality'
  postcode: string | null
  city: string | null
  /** INSEE code of the commune. */
  citycode: string | null
  banId: string | null
  latitude: number
  longitude: number
}

export interface GeocodeQuery {
  text: string
  /** Restrict to a commune (INSEE code) or a postcode. */
  citycode?: string
  postcode?: string
  type?: GeocodedAddress['type']
}

/** Thrown when the address service cannot be reached: callers fall back to the commune. */
export class GeocoderUnavailable extends Error {
  constructor(cause?: unknown) {
    super('Le service d’adresses ne répond pas.', { cause })
  }
}

export interface Geocoder {
  /** The best match, or null when the service knows no such address. Throws GeocoderUnavailable. */
  geocode(query: GeocodeQuery): Promise<GeocodedAddress | null>
  /**
   * What the cache already holds for this query, without calling the service: undefined when the
   * cache has no answer. Geocoders without a cache leave it out.
   */
  cached?(query: GeocodeQuery): Promise<GeocodedAddress | null | undefined>
  /**
   * The same geocoder with its cache read and written through this transaction: needed inside a
   * request's transaction on PGlite, whose single connection waits for the transaction to end.
   */
  using?(db: Db): Geocoder
}

/** A geocoder for a machine without network: every lookup falls back to the commune. */
export const offlineGeocoder: Geocoder = {
  async geocode() {
    throw new GeocoderUnavailable()
  },
}

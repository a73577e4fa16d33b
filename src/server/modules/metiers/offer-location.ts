import type { RequestContext } from '../../http/context'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import { placeLocation } from '../../platform/geocoding/place-location'

export interface WorkplaceInput {
  address: string
  postcode: string
  commune: string
}

export interface WorkplaceLocation {
  postcode: string
  commune: string
  communeInsee: string | null
  latitude: number | null
  longitude: number | null
  /** Said to the recruiter when the place is not located at its address. */
  warning: string | null
}

/**
 * Locates an employer or a workplace with the platform's address service (its cache read in the
 * request's transaction). Unreachable service: the place sits on its commune, recognised locally;
 * unknown address: kept as typed, without position. The commune and postcode typed are kept when
 * the service cannot confirm them.
 */
export async function locateWorkplace(
  geocoder: Geocoder,
  ctx: RequestContext,
  input: WorkplaceInput,
): Promise<WorkplaceLocation> {
  const found = await placeLocation(
    geocoder,
    { text: input.address.trim() || input.commune, postcode: input.postcode, city: input.commune },
    { db: ctx.tx },
  )
  return {
    postcode: found.postcode ?? input.postcode,
    commune: found.city ?? input.commune,
    communeInsee: found.citycode,
    latitude: found.latitude,
    longitude: found.longitude,
    warning: found.warning ?? null,
  }
}

/**
 * What the Point de chute list shows, from the places kept on the phone: the filters (open now,
 * facilities), the distance from a position or a commune, the order. Pure, and computed on the
 * phone so that it also works offline.
 */
import type { PublicPointDeChuteView } from '../../../../../shared/modules/metiers/retention.contract'
import type { PointDeChuteFacility } from '../../../../../shared/modules/metiers/retention.constants'
import { distanceKm, isOpenAt, type WeekHours } from '../../../../../shared/modules/metiers/retention-hours'

export interface Point {
  latitude: number
  longitude: number
}

export interface PlaceFilters {
  openNow: boolean
  facilities: readonly PointDeChuteFacility[]
  origin: Point | null
}

export interface ListedPlace {
  place: PublicPointDeChuteView
  open: boolean
  distanceKm: number | null
}

/** Lower case, no accents, one space: « Saint-Étienne » and « saint etienne » meet. */
export const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The centre of the network's places in the commune typed (accents and hyphens ignored), or null. */
export function communeCentre(places: readonly PublicPointDeChuteView[], commune: string): Point | null {
  const wanted = folded(commune)
  if (!wanted) return null
  const inCommune = places.filter(
    (p) => p.latitude !== null && p.longitude !== null && folded(p.commune) === wanted,
  )
  const candidates =
    inCommune.length > 0
      ? inCommune
      : places.filter(
          (p) => p.latitude !== null && p.longitude !== null && folded(p.commune).startsWith(wanted),
        )
  if (candidates.length === 0) return null
  return {
    latitude: candidates.reduce((s, p) => s + p.latitude!, 0) / candidates.length,
    longitude: candidates.reduce((s, p) => s + p.longitude!, 0) / candidates.length,
  }
}

/** The places kept by the filters: nearest first from an origin, else by commune and name. */
export function listPlaces(
  places: readonly PublicPointDeChuteView[],
  filters: PlaceFilters,
  now: Date,
): ListedPlace[] {
  const listed = places
    .map((place) => ({
      place,
      open: isOpenAt(place.openingHours as WeekHours, place.hoursExceptions, now),
      distanceKm:
        filters.origin && place.latitude !== null && place.longitude !== null
          ? distanceKm(filters.origin, { latitude: place.latitude, longitude: place.longitude })
          : null,
    }))
    .filter((l) => !filters.openNow || l.open)
    .filter((l) => filters.facilities.every((f) => l.place.facilities.includes(f)))
  return listed.sort((a, b) => {
    if (a.distanceKm !== null || b.distanceKm !== null)
      return (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY)
    return (
      a.place.commune.localeCompare(b.place.commune, 'fr') || a.place.name.localeCompare(b.place.name, 'fr')
    )
  })
}

import type {
  EditorLivingPlaceView,
  PublicLivingPlaceView,
} from '../../../../shared/modules/metiers/retention.contract'
import type {
  HousingAudience,
  LivingCategory,
  LivingKind,
} from '../../../../shared/modules/metiers/retention.constants'
import { staggeredOf } from '../../../../shared/modules/metiers/retention-hours'
import type { LivingPlaceWithOwner } from './living-places.repository'
import { weekHoursOf } from './stored-hours'

export function publicLivingPlace({ place, organisationName }: LivingPlaceWithOwner): PublicLivingPlaceView {
  const openingHours = weekHoursOf(place.openingHours)
  return {
    id: place.id,
    category: place.category as LivingCategory,
    kind: place.kind as LivingKind,
    name: place.name,
    description: place.description,
    address: place.address,
    postcode: place.postcode,
    commune: place.commune,
    communeInsee: place.communeInsee,
    latitude: place.latitude,
    longitude: place.longitude,
    audiences: place.audiences as HousingAudience[],
    rentMin: place.rentMin,
    rentMax: place.rentMax,
    conditions: place.conditions,
    openingHours,
    staggered: place.category === 'garde' ? staggeredOf(openingHours) : [],
    ageMinMonths: place.ageMinMonths,
    ageMaxMonths: place.ageMaxMonths,
    contactPhone: place.contactPhone,
    contactEmail: place.contactEmail,
    website: place.website,
    organisationName,
    updatedAt: place.updatedAt.toISOString(),
  }
}

export function editorLivingPlace(found: LivingPlaceWithOwner): EditorLivingPlaceView {
  return { ...publicLivingPlace(found), published: found.place.published }
}

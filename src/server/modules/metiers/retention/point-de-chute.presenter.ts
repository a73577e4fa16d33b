import type {
  EditorPointDeChuteView,
  PublicPointDeChuteView,
} from '../../../../shared/modules/metiers/retention.contract'
import type {
  PointDeChuteFacility,
  PointDeChuteKind,
} from '../../../../shared/modules/metiers/retention.constants'
import { hoursExceptionsOf, weekHoursOf } from './stored-hours'
import type { PointDeChuteWithOwner } from './point-de-chute.repository'

/** A place as the public sees it: never its access code, only whether one is needed. */
export function publicPointDeChute({
  place,
  organisationName,
}: PointDeChuteWithOwner): PublicPointDeChuteView {
  return {
    id: place.id,
    name: place.name,
    kind: place.kind as PointDeChuteKind,
    address: place.address,
    postcode: place.postcode,
    commune: place.commune,
    communeInsee: place.communeInsee,
    latitude: place.latitude,
    longitude: place.longitude,
    openingHours: weekHoursOf(place.openingHours),
    hoursExceptions: hoursExceptionsOf(place.hoursExceptions),
    accessInstructions: place.accessInstructions,
    hasAccessCode: place.accessCode !== '',
    facilities: place.facilities as PointDeChuteFacility[],
    audience: place.audience,
    contactPhone: place.contactPhone,
    contactEmail: place.contactEmail,
    organisationName,
    updatedAt: place.updatedAt.toISOString(),
  }
}

export function editorPointDeChute(found: PointDeChuteWithOwner): EditorPointDeChuteView {
  return {
    ...publicPointDeChute(found),
    accessCode: found.place.accessCode,
    published: found.place.published,
  }
}

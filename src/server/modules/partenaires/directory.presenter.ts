import type {
  PlaceView,
  ServiceView,
  StructureDetailView,
  StructureSummaryView,
} from '../../../shared/modules/partenaires/directory.contract'
import type {
  DirectoryTheme,
  EntryStatus,
  GeocodeStatus,
  Language,
  Public,
  ReferralMode,
  StructureKind,
  StructureSource,
  SubTheme,
  HoursException,
} from '../../../shared/modules/partenaires/directory.constants'
import type { PlaceRow, ServiceRow, StructureListRow } from './directory.repository'

export interface StructureAbilities {
  edit: boolean
  proposeChanges: boolean
  confirm: boolean
}

export function presentPlace(row: PlaceRow): PlaceView {
  return {
    id: row.id,
    structureId: row.structureId,
    name: row.name,
    addressInput: row.addressInput,
    label: row.label,
    postcode: row.postcode,
    city: row.city,
    citycode: row.citycode,
    latitude: row.latitude,
    longitude: row.longitude,
    geocodeStatus: row.geocodeStatus as GeocodeStatus,
    geocodeScore: row.geocodeScore,
    openingHours: row.openingHours ?? {},
    hoursExceptions: (row.hoursExceptions ?? []) as HoursException[],
    wheelchairAccessible: row.wheelchairAccessible,
    hearingLoop: row.hearingLoop,
    access: row.access,
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentService(row: ServiceRow): ServiceView {
  return {
    id: row.id,
    structureId: row.structureId,
    placeId: row.placeId,
    name: row.name,
    description: row.description,
    themes: row.themes as DirectoryTheme[],
    subThemes: row.subThemes as SubTheme[],
    publics: row.publics as Public[],
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    accessConditions: row.accessConditions,
    languages: row.languages as Language[],
    referralMode: row.referralMode as ReferralMode,
    whatToBring: row.whatToBring,
    phone: row.phone,
    email: row.email,
    openingHours: row.openingHours ?? null,
    status: row.status as EntryStatus,
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentSummary(row: StructureListRow): StructureSummaryView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind as StructureKind,
    name: row.name,
    source: row.source as StructureSource,
    status: row.status as EntryStatus,
    partnerOrganisation: row.partnerOrganisationId
      ? { id: row.partnerOrganisationId, name: row.partnerName ?? '' }
      : null,
    cities: row.cities,
    placeCount: row.placeCount,
    serviceCount: row.serviceCount,
    updateEveryMonths: row.updateEveryMonths,
    confirmedAt: row.confirmedAt.toISOString(),
    needsUpdate: row.needsUpdate,
    pendingChanges: row.pendingChanges,
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentDetail(
  row: StructureListRow,
  places: PlaceRow[],
  services: ServiceRow[],
  abilities: StructureAbilities,
): StructureDetailView {
  return {
    ...presentSummary(row),
    description: row.description,
    rnaId: row.rnaId,
    siret: row.siret,
    website: row.website,
    email: row.email,
    phone: row.phone,
    places: places.map(presentPlace),
    services: services.map(presentService),
    abilities,
    createdAt: row.createdAt.toISOString(),
  }
}

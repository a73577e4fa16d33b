// Directory entries written straight by the owner, for the search's tests and its benchmark.
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import type { HoursException, WeeklyHours } from '../../../shared/modules/partenaires/directory.constants'
import { serviceSearchText } from './directory-search-text'
import { directoryPlaces, directoryServices, directoryStructures } from './partenaires.table'

export interface EntryFixture {
  structure: { name: string; status?: string; kind?: string }
  place?: {
    address: string
    city?: string
    latitude: number | null
    longitude: number | null
    hours?: WeeklyHours
    exceptions?: HoursException[]
    wheelchair?: boolean
    hearingLoop?: boolean
  }
  service: {
    name: string
    description?: string
    themes?: string[]
    subThemes?: string[]
    publics?: string[]
    languages?: string[]
    referralMode?: string
    status?: string
    /** The service's own hours, when they differ from its place's. */
    hours?: WeeklyHours
  }
}

/** Inserts a structure, its place and one service, with the search text the directory would compute. */
export async function insertEntry(owner: Db, organisationId: string, entry: EntryFixture) {
  const [structure] = await owner
    .insert(directoryStructures)
    .values({
      organisationId,
      kind: entry.structure.kind ?? 'association',
      name: entry.structure.name,
      status: entry.structure.status ?? 'publiee',
    })
    .returning({ id: directoryStructures.id })
  const p = entry.place
  const [place] = p
    ? await owner
        .insert(directoryPlaces)
        .values({
          organisationId,
          structureId: structure!.id,
          addressInput: p.address,
          label: p.address,
          city: p.city ?? 'Besançon',
          latitude: p.latitude,
          longitude: p.longitude,
          geocodeStatus: p.latitude === null ? 'inconnue' : 'adresse',
          openingHours: p.hours ?? {},
          hoursExceptions: p.exceptions ?? [],
          wheelchairAccessible: p.wheelchair ?? false,
          hearingLoop: p.hearingLoop ?? false,
        })
        .returning({ id: directoryPlaces.id })
    : [undefined]
  const s = entry.service
  const service = {
    name: s.name,
    description: s.description ?? '',
    themes: s.themes ?? [],
    subThemes: s.subThemes ?? [],
    publics: s.publics ?? ['tout_public'],
  }
  const [created] = await owner
    .insert(directoryServices)
    .values({
      organisationId,
      structureId: structure!.id,
      placeId: place?.id ?? null,
      ...service,
      languages: s.languages ?? ['fr'],
      referralMode: s.referralMode ?? 'sans_rdv',
      status: s.status ?? 'publiee',
      openingHours: s.hours ?? null,
    })
    .returning({ id: directoryServices.id })
  const text = serviceSearchText({
    service,
    structureName: entry.structure.name,
    placeCity: p?.city ?? 'Besançon',
  })
  await owner
    .update(directoryServices)
    .set({ searchText: sql`f_unaccent(lower(${text}))` })
    .where(eq(directoryServices.id, created!.id))
  return { structureId: structure!.id, placeId: place?.id ?? null, serviceId: created!.id }
}

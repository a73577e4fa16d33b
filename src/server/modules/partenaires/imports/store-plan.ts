import { newId } from '../../../../shared/ids'
import { serviceSearchText } from '../directory-search-text'
import type { directoryPlaces, directoryServices, directoryStructures } from '../partenaires.table'
import { placeKeyOf, type ImportPlan, type PlannedService, type PlannedStructure } from './import-plan'
import type { importsRepository } from './imports.repository'

export interface StoredPlan {
  created: number
  updated: number
  services: number
  /** Places to locate: new ones, and those whose address changed. */
  placeIds: string[]
}

const serviceKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * Writes a checked plan in the request's transaction: every structure, place and service, or
 * nothing if any write fails. Structures met again are updated; their services are matched by name.
 */
export async function storePlan(
  repo: ReturnType<typeof importsRepository>,
  organisationId: string,
  plan: ImportPlan,
): Promise<StoredPlan> {
  const newStructures: (typeof directoryStructures.$inferInsert)[] = []
  const newPlaces: (typeof directoryPlaces.$inferInsert)[] = []
  const newServices: (typeof directoryServices.$inferInsert & { searchSource: string })[] = []
  const placeIds: string[] = []
  // Run once the new places exist: an updated service may move to one of them.
  const serviceUpdates: (() => Promise<void>)[] = []
  let updated = 0
  let serviceCount = 0

  const existingIds = plan.structures.flatMap((s) => (s.existingId ? [s.existingId] : []))
  const placesByStructure = new Map<string, Map<string, string>>()
  for (const place of await repo.placesOf(existingIds)) {
    const map = placesByStructure.get(place.structureId) ?? new Map<string, string>()
    map.set(placeKeyOf(place.addressInput, place.postcode), place.id)
    placesByStructure.set(place.structureId, map)
  }
  const servicesByStructure = new Map<string, Map<string, string>>()
  for (const service of await repo.servicesOf(existingIds)) {
    const map = servicesByStructure.get(service.structureId) ?? new Map<string, string>()
    map.set(serviceKey(service.name), service.id)
    servicesByStructure.set(service.structureId, map)
  }

  const serviceValues = (structure: PlannedStructure, service: PlannedService) => ({
    name: service.name,
    description: service.description,
    themes: service.themes,
    subThemes: service.subThemes,
    publics: service.publics,
    ...(service.ageMin !== undefined ? { ageMin: service.ageMin } : {}),
    ...(service.ageMax !== undefined ? { ageMax: service.ageMax } : {}),
    languages: service.languages,
    referralMode: service.referralMode,
    accessConditions: service.accessConditions,
    whatToBring: service.whatToBring,
    phone: service.phone,
    email: service.email,
    openingHours: service.openingHours,
    searchSource: serviceSearchText({
      service,
      structureName: structure.name,
      placeCity: (service.placeKey ? structure.places.get(service.placeKey)?.city : null) ?? null,
    }),
  })

  for (const structure of plan.structures) {
    const structureId = structure.existingId ?? newId()
    const placeIdsByKey = new Map(placesByStructure.get(structureId) ?? [])
    if (structure.existingId) {
      updated++
      await repo.updateStructure(
        structureId,
        structure.identifiersOnly
          ? { rnaId: structure.rnaId, ...(structure.siret ? { siret: structure.siret } : {}) }
          : {
              name: structure.name,
              description: structure.description,
              rnaId: structure.rnaId,
              siret: structure.siret,
              website: structure.website,
              email: structure.email,
              phone: structure.phone,
            },
      )
      if (!structure.identifiersOnly) {
        const known = [...placeIdsByKey.entries()]
        for (const [key, place] of structure.places) {
          if (placeIdsByKey.has(key)) continue
          // An association of the RNA has one seat: when it moves, its place follows.
          const moving = structure.source === 'rna' && known.length === 1 ? known[0]! : null
          if (moving) {
            await repo.readdressPlace(moving[1], place)
            placeIdsByKey.delete(moving[0])
            placeIdsByKey.set(key, moving[1])
            placeIds.push(moving[1])
          } else {
            const id = newId()
            newPlaces.push({ id, organisationId, structureId, ...place })
            placeIdsByKey.set(key, id)
            placeIds.push(id)
          }
        }
      }
    } else {
      newStructures.push({
        id: structureId,
        organisationId,
        kind: structure.kind,
        name: structure.name,
        description: structure.description,
        rnaId: structure.rnaId,
        siret: structure.siret,
        website: structure.website,
        email: structure.email,
        phone: structure.phone,
        source: structure.source,
        status: structure.status,
      })
      for (const [key, place] of structure.places) {
        const id = newId()
        newPlaces.push({ id, organisationId, structureId, ...place })
        placeIdsByKey.set(key, id)
        placeIds.push(id)
      }
    }
    const servicesByName = servicesByStructure.get(structureId) ?? new Map<string, string>()
    for (const service of structure.services) {
      serviceCount++
      const values = serviceValues(structure, service)
      const placeId = service.placeKey ? (placeIdsByKey.get(service.placeKey) ?? null) : null
      const existing = servicesByName.get(serviceKey(service.name))
      if (existing) {
        const { searchSource, ...patch } = values
        serviceUpdates.push(() => repo.updateService(existing, { ...patch, placeId }, searchSource))
      } else {
        const id = newId()
        servicesByName.set(serviceKey(service.name), id)
        newServices.push({ id, organisationId, structureId, placeId, ...values })
      }
    }
  }
  await repo.insertStructures(newStructures)
  await repo.insertPlaces(newPlaces)
  for (const update of serviceUpdates) await update()
  await repo.insertServices(newServices)
  return { created: newStructures.length, updated, services: serviceCount, placeIds }
}

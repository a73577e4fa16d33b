import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import {
  directoryImports,
  directoryPlaces,
  directoryServices,
  directoryStructures,
} from '../partenaires.table'

const BATCH = 500

export interface ExistingStructure {
  id: string
  name: string
  source: string
  rnaId: string | null
  siret: string | null
}

/** What the imports read and write; row-level security scopes every query to the tenant. */
export function importsRepository(tx: Db) {
  const existing = {
    id: directoryStructures.id,
    name: directoryStructures.name,
    source: directoryStructures.source,
    rnaId: directoryStructures.rnaId,
    siret: directoryStructures.siret,
  }
  return {
    /** The keeper's structures, to match imported lines with those already there. */
    async keptStructures(organisationId: string): Promise<ExistingStructure[]> {
      return tx
        .select(existing)
        .from(directoryStructures)
        .where(eq(directoryStructures.organisationId, organisationId))
    },

    async insertStructures(values: (typeof directoryStructures.$inferInsert)[]) {
      for (let i = 0; i < values.length; i += BATCH)
        await tx.insert(directoryStructures).values(values.slice(i, i + BATCH))
    },

    async insertPlaces(values: (typeof directoryPlaces.$inferInsert)[]) {
      for (let i = 0; i < values.length; i += BATCH)
        await tx.insert(directoryPlaces).values(values.slice(i, i + BATCH))
    },

    /** Services with their search text, lowered and without accents as the search reads it. */
    async insertServices(values: (typeof directoryServices.$inferInsert & { searchSource: string })[]) {
      for (let i = 0; i < values.length; i += BATCH)
        await tx.insert(directoryServices).values(
          values.slice(i, i + BATCH).map(({ searchSource, ...service }) => ({
            ...service,
            searchText: sql`f_unaccent(lower(${searchSource}))`,
          })),
        )
    },

    async updateStructure(id: string, patch: Partial<typeof directoryStructures.$inferInsert>) {
      await tx
        .update(directoryStructures)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(directoryStructures.id, id))
    },

    async placesOf(structureIds: string[]) {
      const found: { id: string; structureId: string; addressInput: string; postcode: string | null }[] = []
      for (let i = 0; i < structureIds.length; i += BATCH)
        found.push(
          ...(await tx
            .select({
              id: directoryPlaces.id,
              structureId: directoryPlaces.structureId,
              addressInput: directoryPlaces.addressInput,
              postcode: directoryPlaces.postcode,
            })
            .from(directoryPlaces)
            .where(inArray(directoryPlaces.structureId, structureIds.slice(i, i + BATCH)))),
        )
      return found
    },

    async servicesOf(structureIds: string[]) {
      const found: { id: string; structureId: string; name: string }[] = []
      for (let i = 0; i < structureIds.length; i += BATCH)
        found.push(
          ...(await tx
            .select({
              id: directoryServices.id,
              structureId: directoryServices.structureId,
              name: directoryServices.name,
            })
            .from(directoryServices)
            .where(inArray(directoryServices.structureId, structureIds.slice(i, i + BATCH)))),
        )
      return found
    },

    /** A place whose address changed: located again. */
    async readdressPlace(
      id: string,
      place: { addressInput: string; postcode: string | null; city: string | null; citycode: string | null },
    ) {
      await tx
        .update(directoryPlaces)
        .set({
          ...place,
          label: null,
          banId: null,
          latitude: null,
          longitude: null,
          geocodeScore: null,
          geocodeStatus: 'a_geocoder',
          updatedAt: new Date(),
        })
        .where(eq(directoryPlaces.id, id))
    },

    async updateService(
      id: string,
      patch: Partial<typeof directoryServices.$inferInsert>,
      searchSource: string,
    ) {
      await tx
        .update(directoryServices)
        .set({ ...patch, searchText: sql`f_unaccent(lower(${searchSource}))`, updatedAt: new Date() })
        .where(eq(directoryServices.id, id))
    },

    async createImport(values: typeof directoryImports.$inferInsert) {
      const [row] = await tx.insert(directoryImports).values(values).returning()
      return row!
    },

    async findImport(id: string) {
      const [row] = await tx.select().from(directoryImports).where(eq(directoryImports.id, id))
      return row
    },

    async recentImports(organisationId: string, limit = 20) {
      return tx
        .select()
        .from(directoryImports)
        .where(and(eq(directoryImports.organisationId, organisationId)))
        .orderBy(desc(directoryImports.createdAt))
        .limit(limit)
    },
  }
}

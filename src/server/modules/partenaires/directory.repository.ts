import { and, asc, count, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { organisations } from '../organisations'
import {
  directoryChanges,
  directoryPlaces,
  directoryServices,
  directoryStructures,
} from './partenaires.table'

export type StructureRow = typeof directoryStructures.$inferSelect
export type NewStructure = typeof directoryStructures.$inferInsert
export type PlaceRow = typeof directoryPlaces.$inferSelect
export type NewPlace = typeof directoryPlaces.$inferInsert
export type ServiceRow = typeof directoryServices.$inferSelect
export type NewService = typeof directoryServices.$inferInsert

/** A structure with what its list row shows: partner's name, counts, cities, freshness. */
export interface StructureListRow extends StructureRow {
  partnerName: string | null
  placeCount: number
  serviceCount: number
  pendingChanges: number
  cities: string[]
  needsUpdate: boolean
}

export const STRUCTURES_PAGE_SIZE = 50

export interface StructureFilter {
  organisationId: string
  q?: string | undefined
  kind?: string | undefined
  status?: string | undefined
  source?: string | undefined
  needsUpdate?: boolean | undefined
  pendingChanges?: boolean | undefined
}

/** An entry is to update once its last confirmation is older than its update period. */
const staleAt = (now: Date) =>
  sql<boolean>`(${directoryStructures.confirmedAt} + make_interval(months => ${directoryStructures.updateEveryMonths}) < ${now.toISOString()}::timestamptz)`

const pendingCount = sql<number>`(select count(*)::int from ${directoryChanges} c
  where c.structure_id = ${directoryStructures.id} and c.status = 'a_valider')`

const listColumns = (now: Date) => ({
  structure: directoryStructures,
  partnerName: organisations.name,
  placeCount: sql<number>`(select count(*)::int from ${directoryPlaces} p where p.structure_id = ${directoryStructures.id})`,
  serviceCount: sql<number>`(select count(*)::int from ${directoryServices} s where s.structure_id = ${directoryStructures.id})`,
  pendingChanges: pendingCount,
  cities: sql<string[]>`coalesce((select array_agg(distinct p.city order by p.city) from ${directoryPlaces} p
    where p.structure_id = ${directoryStructures.id} and p.city is not null), '{}')`,
  needsUpdate: staleAt(now),
})

type ListRecord = {
  structure: StructureRow
  partnerName: string | null
  placeCount: number
  serviceCount: number
  pendingChanges: number
  cities: string[]
  needsUpdate: boolean
}
const flatten = (r: ListRecord): StructureListRow => ({
  ...r.structure,
  partnerName: r.partnerName,
  placeCount: Number(r.placeCount),
  serviceCount: Number(r.serviceCount),
  pendingChanges: Number(r.pendingChanges),
  cities: r.cities,
  needsUpdate: Boolean(r.needsUpdate),
})

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`)

function filterCondition(f: StructureFilter, now: Date): SQL {
  return and(
    eq(directoryStructures.organisationId, f.organisationId),
    f.q ? ilike(directoryStructures.name, `%${escapeLike(f.q)}%`) : undefined,
    f.kind ? eq(directoryStructures.kind, f.kind) : undefined,
    f.status ? eq(directoryStructures.status, f.status) : undefined,
    f.source ? eq(directoryStructures.source, f.source) : undefined,
    f.needsUpdate === undefined ? undefined : f.needsUpdate ? staleAt(now) : sql`not ${staleAt(now)}`,
    f.pendingChanges === undefined
      ? undefined
      : f.pendingChanges
        ? sql`${pendingCount} > 0`
        : sql`${pendingCount} = 0`,
  )!
}

/** Queries of the directory's entries. Row-level security lets every organisation read, only the keeper write. */
export function directoryRepository(tx: Db) {
  const selectList = (now: Date) =>
    tx
      .select(listColumns(now))
      .from(directoryStructures)
      .leftJoin(organisations, eq(organisations.id, directoryStructures.partnerOrganisationId))

  return {
    async listStructures(f: StructureFilter, page: number, now: Date) {
      const where = filterCondition(f, now)
      const [total] = await tx.select({ n: count() }).from(directoryStructures).where(where)
      const items = await selectList(now)
        .where(where)
        .orderBy(asc(directoryStructures.name), asc(directoryStructures.id))
        .limit(STRUCTURES_PAGE_SIZE)
        .offset((page - 1) * STRUCTURES_PAGE_SIZE)
      return { items: items.map(flatten), total: Number(total?.n ?? 0) }
    },

    async structureListRow(id: string, now: Date): Promise<StructureListRow | undefined> {
      const [row] = await selectList(now).where(eq(directoryStructures.id, id))
      return row ? flatten(row) : undefined
    },

    async structuresOfPartner(partnerOrganisationId: string, now: Date): Promise<StructureListRow[]> {
      const found = await selectList(now)
        .where(eq(directoryStructures.partnerOrganisationId, partnerOrganisationId))
        .orderBy(asc(directoryStructures.name))
      return found.map(flatten)
    },

    async structure(id: string): Promise<StructureRow | undefined> {
      const [row] = await tx.select().from(directoryStructures).where(eq(directoryStructures.id, id))
      return row
    },

    async insertStructure(values: NewStructure): Promise<StructureRow> {
      const [row] = await tx.insert(directoryStructures).values(values).returning()
      return row!
    },

    /** Undefined when the row does not exist or belongs to another keeper (row-level security). */
    async updateStructure(id: string, patch: Partial<NewStructure>): Promise<StructureRow | undefined> {
      const [row] = await tx
        .update(directoryStructures)
        .set(patch)
        .where(eq(directoryStructures.id, id))
        .returning()
      return row
    },

    async deleteStructure(id: string): Promise<boolean> {
      const deleted = await tx
        .delete(directoryStructures)
        .where(eq(directoryStructures.id, id))
        .returning({ id: directoryStructures.id })
      return deleted.length > 0
    },

    /** Sets the confirmation through the bounded function, for partners who may not update the table. */
    async confirmAsPartner(id: string): Promise<Date | null> {
      const [row] = await rows<{ confirmed_at: Date | string | null }>(
        tx,
        sql`select directory_confirm_structure(${id}::uuid) as confirmed_at`,
      )
      return row?.confirmed_at ? new Date(row.confirmed_at) : null
    },

    async placesOf(structureIds: string[]): Promise<PlaceRow[]> {
      if (structureIds.length === 0) return []
      return tx
        .select()
        .from(directoryPlaces)
        .where(inArray(directoryPlaces.structureId, structureIds))
        .orderBy(asc(directoryPlaces.createdAt), asc(directoryPlaces.id))
    },

    async servicesOf(structureIds: string[]): Promise<ServiceRow[]> {
      if (structureIds.length === 0) return []
      return tx
        .select()
        .from(directoryServices)
        .where(inArray(directoryServices.structureId, structureIds))
        .orderBy(asc(directoryServices.name), asc(directoryServices.id))
    },

    async place(id: string): Promise<PlaceRow | undefined> {
      const [row] = await tx.select().from(directoryPlaces).where(eq(directoryPlaces.id, id))
      return row
    },

    async insertPlace(values: NewPlace): Promise<PlaceRow> {
      const [row] = await tx.insert(directoryPlaces).values(values).returning()
      return row!
    },

    async updatePlace(id: string, patch: Partial<NewPlace>): Promise<PlaceRow | undefined> {
      const [row] = await tx.update(directoryPlaces).set(patch).where(eq(directoryPlaces.id, id)).returning()
      return row
    },

    async deletePlace(id: string): Promise<boolean> {
      const deleted = await tx
        .delete(directoryPlaces)
        .where(eq(directoryPlaces.id, id))
        .returning({ id: directoryPlaces.id })
      return deleted.length > 0
    },

    async service(id: string): Promise<ServiceRow | undefined> {
      const [row] = await tx.select().from(directoryServices).where(eq(directoryServices.id, id))
      return row
    },

    async insertService(values: NewService): Promise<ServiceRow> {
      const [row] = await tx.insert(directoryServices).values(values).returning()
      return row!
    },

    async updateService(id: string, patch: Partial<NewService>): Promise<ServiceRow | undefined> {
      const [row] = await tx
        .update(directoryServices)
        .set(patch)
        .where(eq(directoryServices.id, id))
        .returning()
      return row
    },

    async deleteService(id: string): Promise<boolean> {
      const deleted = await tx
        .delete(directoryServices)
        .where(eq(directoryServices.id, id))
        .returning({ id: directoryServices.id })
      return deleted.length > 0
    },

    /** Orientations that name a service or structure: such entries are closed, never deleted. */
    async referralsTo(target: { structureId: string } | { serviceId: string }): Promise<number> {
      const [row] = await rows<{ n: number }>(
        tx,
        'structureId' in target
          ? sql`select directory_referral_count(${target.structureId}::uuid, null) as n`
          : sql`select directory_referral_count(null, ${target.serviceId}::uuid) as n`,
      )
      return Number(row?.n ?? 0)
    },

    /** Stores the accent- and case-free search text computed from the labels. */
    async setSearchText(serviceId: string, text: string) {
      await tx
        .update(directoryServices)
        .set({ searchText: sql`f_unaccent(lower(${text}))` })
        .where(eq(directoryServices.id, serviceId))
    },
  }
}

export type DirectoryRepository = ReturnType<typeof directoryRepository>

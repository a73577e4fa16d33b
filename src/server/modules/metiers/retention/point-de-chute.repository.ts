import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations'
import { pointDeChutePlaces } from './retention.table'

export type PointDeChuteRow = typeof pointDeChutePlaces.$inferSelect
export type PointDeChuteValues = Omit<typeof pointDeChutePlaces.$inferInsert, 'id' | 'organisationId'>
export interface PointDeChuteWithOwner {
  place: PointDeChuteRow
  organisationName: string
}

const withOwner = { place: pointDeChutePlaces, organisationName: organisations.name }

/** The Point de chute places: the published network (public) and each organisation's own. */
export function pointDeChuteRepository(tx: Db) {
  return {
    published(): Promise<PointDeChuteWithOwner[]> {
      return tx
        .select(withOwner)
        .from(pointDeChutePlaces)
        .innerJoin(organisations, eq(organisations.id, pointDeChutePlaces.organisationId))
        .where(eq(pointDeChutePlaces.published, true))
        .orderBy(asc(pointDeChutePlaces.commune), asc(pointDeChutePlaces.name))
    },

    async publishedById(id: string): Promise<PointDeChuteRow | undefined> {
      const [row] = await tx
        .select()
        .from(pointDeChutePlaces)
        .where(and(eq(pointDeChutePlaces.id, id), eq(pointDeChutePlaces.published, true)))
      return row
    },

    ofOrganisation(organisationId: string): Promise<PointDeChuteWithOwner[]> {
      return tx
        .select(withOwner)
        .from(pointDeChutePlaces)
        .innerJoin(organisations, eq(organisations.id, pointDeChutePlaces.organisationId))
        .where(eq(pointDeChutePlaces.organisationId, organisationId))
        .orderBy(asc(pointDeChutePlaces.commune), asc(pointDeChutePlaces.name))
    },

    async ownById(organisationId: string, id: string): Promise<PointDeChuteWithOwner | undefined> {
      const [row] = await tx
        .select(withOwner)
        .from(pointDeChutePlaces)
        .innerJoin(organisations, eq(organisations.id, pointDeChutePlaces.organisationId))
        .where(and(eq(pointDeChutePlaces.id, id), eq(pointDeChutePlaces.organisationId, organisationId)))
      return row
    },

    async insert(organisationId: string, values: PointDeChuteValues): Promise<PointDeChuteRow> {
      const [row] = await tx
        .insert(pointDeChutePlaces)
        .values({ ...values, organisationId })
        .returning()
      return row!
    },

    async update(
      organisationId: string,
      id: string,
      values: PointDeChuteValues,
    ): Promise<PointDeChuteRow | undefined> {
      const [row] = await tx
        .update(pointDeChutePlaces)
        .set(values)
        .where(and(eq(pointDeChutePlaces.id, id), eq(pointDeChutePlaces.organisationId, organisationId)))
        .returning()
      return row
    },

    async remove(organisationId: string, id: string): Promise<boolean> {
      const gone = await tx
        .delete(pointDeChutePlaces)
        .where(and(eq(pointDeChutePlaces.id, id), eq(pointDeChutePlaces.organisationId, organisationId)))
        .returning({ id: pointDeChutePlaces.id })
      return gone.length > 0
    },
  }
}

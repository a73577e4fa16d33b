import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations'
import { livingPlaces } from './retention.table'

export type LivingPlaceRow = typeof livingPlaces.$inferSelect
export type LivingPlaceValues = Omit<typeof livingPlaces.$inferInsert, 'id' | 'organisationId'>
export interface LivingPlaceWithOwner {
  place: LivingPlaceRow
  organisationName: string
}

const withOwner = { place: livingPlaces, organisationName: organisations.name }

/** Housing and childcare places: the published ones (public) and each organisation's own. */
export function livingPlacesRepository(tx: Db) {
  const owned = (organisationId: string, id: string) =>
    and(eq(livingPlaces.id, id), eq(livingPlaces.organisationId, organisationId))
  return {
    published(category: string): Promise<LivingPlaceWithOwner[]> {
      return tx
        .select(withOwner)
        .from(livingPlaces)
        .innerJoin(organisations, eq(organisations.id, livingPlaces.organisationId))
        .where(and(eq(livingPlaces.published, true), eq(livingPlaces.category, category)))
        .orderBy(asc(livingPlaces.commune), asc(livingPlaces.name))
    },

    ofOrganisation(organisationId: string): Promise<LivingPlaceWithOwner[]> {
      return tx
        .select(withOwner)
        .from(livingPlaces)
        .innerJoin(organisations, eq(organisations.id, livingPlaces.organisationId))
        .where(eq(livingPlaces.organisationId, organisationId))
        .orderBy(asc(livingPlaces.category), asc(livingPlaces.commune), asc(livingPlaces.name))
    },

    async ownById(organisationId: string, id: string): Promise<LivingPlaceWithOwner | undefined> {
      const [row] = await tx
        .select(withOwner)
        .from(livingPlaces)
        .innerJoin(organisations, eq(organisations.id, livingPlaces.organisationId))
        .where(owned(organisationId, id))
      return row
    },

    async insert(organisationId: string, values: LivingPlaceValues): Promise<LivingPlaceRow> {
      const [row] = await tx
        .insert(livingPlaces)
        .values({ ...values, organisationId })
        .returning()
      return row!
    },

    async update(
      organisationId: string,
      id: string,
      values: LivingPlaceValues,
    ): Promise<LivingPlaceRow | undefined> {
      const [row] = await tx.update(livingPlaces).set(values).where(owned(organisationId, id)).returning()
      return row
    },

    async remove(organisationId: string, id: string): Promise<boolean> {
      const gone = await tx
        .delete(livingPlaces)
        .where(owned(organisationId, id))
        .returning({ id: livingPlaces.id })
      return gone.length > 0
    },
  }
}

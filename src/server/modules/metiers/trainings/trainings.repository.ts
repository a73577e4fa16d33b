import { and, asc, count, eq, gte, inArray, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations'
import { jobProfiles } from '../fiches.table'
import { trainingCentreSites, trainingCentres, trainingSessions, trainings } from './trainings.table'

export type CentreRow = typeof trainingCentres.$inferSelect
export type CentreInsert = typeof trainingCentres.$inferInsert
export type SiteRow = typeof trainingCentreSites.$inferSelect
export type SiteInsert = typeof trainingCentreSites.$inferInsert
export type TrainingRow = typeof trainings.$inferSelect
export type TrainingInsert = typeof trainings.$inferInsert
export type SessionRow = typeof trainingSessions.$inferSelect
export type SessionInsert = typeof trainingSessions.$inferInsert
export interface JobRow {
  id: string
  slug: string
  title: string
  published: boolean
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)

/** Training centres, their sites, trainings and sessions; row-level security decides what the caller sees. */
export function trainingsRepository(tx: Db) {
  return {
    async organisation(id: string) {
      const [row] = await tx
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row
    },

    async centre(id: string): Promise<CentreRow | undefined> {
      const [row] = await tx.select().from(trainingCentres).where(eq(trainingCentres.id, id))
      return row
    },

    async centresOf(organisationId: string | null) {
      return tx
        .select({
          centre: trainingCentres,
          organisationName: organisations.name,
          trainings: sql<number>`(select count(*)::int from trainings t where t.centre_id = ${trainingCentres.id})`,
        })
        .from(trainingCentres)
        .innerJoin(organisations, eq(organisations.id, trainingCentres.organisationId))
        .where(organisationId ? eq(trainingCentres.organisationId, organisationId) : undefined)
        .orderBy(asc(trainingCentres.name))
    },

    async slugTaken(table: 'centre' | 'training', slug: string) {
      const found =
        table === 'centre'
          ? await tx.select({ n: count() }).from(trainingCentres).where(eq(trainingCentres.slug, slug))
          : await tx.select({ n: count() }).from(trainings).where(eq(trainings.slug, slug))
      return (found[0]?.n ?? 0) > 0
    },

    async insertCentre(values: CentreInsert): Promise<CentreRow> {
      const [row] = await tx.insert(trainingCentres).values(values).returning()
      return row!
    },

    async updateCentre(id: string, values: Partial<CentreInsert>): Promise<CentreRow> {
      const [row] = await tx.update(trainingCentres).set(values).where(eq(trainingCentres.id, id)).returning()
      return row!
    },

    sites(centreIds: readonly string[]): Promise<SiteRow[]> {
      if (centreIds.length === 0) return Promise.resolve([])
      return tx
        .select()
        .from(trainingCentreSites)
        .where(inArray(trainingCentreSites.centreId, [...centreIds]))
        .orderBy(asc(trainingCentreSites.name))
    },

    async insertSite(values: SiteInsert) {
      const [row] = await tx.insert(trainingCentreSites).values(values).returning()
      return row!
    },

    async updateSite(id: string, values: Partial<SiteInsert>) {
      const [row] = await tx
        .update(trainingCentreSites)
        .set(values)
        .where(eq(trainingCentreSites.id, id))
        .returning()
      return row!
    },

    async deleteSites(ids: readonly string[]) {
      if (ids.length > 0)
        await tx.delete(trainingCentreSites).where(inArray(trainingCentreSites.id, [...ids]))
    },

    async training(id: string): Promise<TrainingRow | undefined> {
      const [row] = await tx.select().from(trainings).where(eq(trainings.id, id))
      return row
    },

    /** A published training of a published centre, by its slug or its id. */
    async publishedTraining(ref: string) {
      const [row] = await tx
        .select({ training: trainings, centre: trainingCentres })
        .from(trainings)
        .innerJoin(trainingCentres, eq(trainingCentres.id, trainings.centreId))
        .where(
          and(
            isUuid(ref) ? or(eq(trainings.slug, ref), eq(trainings.id, ref)) : eq(trainings.slug, ref),
            eq(trainings.published, true),
            eq(trainingCentres.published, true),
          ),
        )
      return row
    },

    /** Every published training of a published centre (the catalogue is small: a few hundred). */
    publishedTrainings() {
      return tx
        .select({ training: trainings, centre: trainingCentres })
        .from(trainings)
        .innerJoin(trainingCentres, eq(trainingCentres.id, trainings.centreId))
        .where(and(eq(trainings.published, true), eq(trainingCentres.published, true)))
        .orderBy(asc(trainings.title))
    },

    trainingsOfCentre(centreId: string): Promise<TrainingRow[]> {
      return tx.select().from(trainings).where(eq(trainings.centreId, centreId)).orderBy(asc(trainings.title))
    },

    async insertTraining(values: TrainingInsert): Promise<TrainingRow> {
      const [row] = await tx.insert(trainings).values(values).returning()
      return row!
    },

    async updateTraining(id: string, values: Partial<TrainingInsert>): Promise<TrainingRow> {
      const [row] = await tx.update(trainings).set(values).where(eq(trainings.id, id)).returning()
      return row!
    },

    async deleteTraining(id: string) {
      await tx.delete(trainings).where(eq(trainings.id, id))
    },

    /** Sessions of these trainings, soonest first; only those ending (or starting) on or after `from` when given. */
    sessions(
      trainingIds: readonly string[],
      from?: string,
    ): Promise<(SessionRow & { siteName: string | null })[]> {
      if (trainingIds.length === 0) return Promise.resolve([])
      return tx
        .select({
          id: trainingSessions.id,
          organisationId: trainingSessions.organisationId,
          trainingId: trainingSessions.trainingId,
          siteId: trainingSessions.siteId,
          startsOn: trainingSessions.startsOn,
          endsOn: trainingSessions.endsOn,
          seats: trainingSessions.seats,
          address: trainingSessions.address,
          postcode: trainingSessions.postcode,
          commune: trainingSessions.commune,
          communeInsee: trainingSessions.communeInsee,
          latitude: trainingSessions.latitude,
          longitude: trainingSessions.longitude,
          siteName: trainingCentreSites.name,
        })
        .from(trainingSessions)
        .leftJoin(trainingCentreSites, eq(trainingCentreSites.id, trainingSessions.siteId))
        .where(
          and(
            inArray(trainingSessions.trainingId, [...trainingIds]),
            from ? gte(trainingSessions.startsOn, from) : undefined,
          ),
        )
        .orderBy(asc(trainingSessions.startsOn))
    },

    async replaceSessions(trainingId: string, values: SessionInsert[]) {
      await tx.delete(trainingSessions).where(eq(trainingSessions.trainingId, trainingId))
      if (values.length > 0) await tx.insert(trainingSessions).values(values)
    },

    /** Sessions placed at the centre's address or at a site: moved with it. */
    async movePlace(
      where: { centreSessionsOf?: string; siteId?: string },
      place: Pick<
        SessionInsert,
        'address' | 'postcode' | 'commune' | 'communeInsee' | 'latitude' | 'longitude'
      >,
    ) {
      if (where.siteId)
        await tx.update(trainingSessions).set(place).where(eq(trainingSessions.siteId, where.siteId))
      if (where.centreSessionsOf)
        await tx
          .update(trainingSessions)
          .set(place)
          .where(
            and(
              sql`${trainingSessions.siteId} is null`,
              inArray(
                trainingSessions.trainingId,
                tx
                  .select({ id: trainings.id })
                  .from(trainings)
                  .where(eq(trainings.centreId, where.centreSessionsOf)),
              ),
            ),
          )
    },

    jobs(ids?: readonly string[]): Promise<JobRow[]> {
      const query = tx
        .select({
          id: jobProfiles.id,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          published: jobProfiles.published,
        })
        .from(jobProfiles)
      if (ids === undefined) return query.orderBy(asc(jobProfiles.title))
      if (ids.length === 0) return Promise.resolve([])
      return query.where(inArray(jobProfiles.id, [...ids]))
    },

    async jobBySlug(slug: string): Promise<JobRow | undefined> {
      const [row] = await tx
        .select({
          id: jobProfiles.id,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          published: jobProfiles.published,
        })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true)))
      return row
    },
  }
}

export type TrainingsRepository = ReturnType<typeof trainingsRepository>

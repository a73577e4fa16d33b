import { and, asc, eq, isNotNull, or, type SQL } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { directoryPlaces, directoryServices, directoryStructures, referrals } from '../partenaires.table'

export type SheetServiceRow = Awaited<ReturnType<ReturnType<typeof sheetRepository>['services']>>[number]

/** Reads of the sheet: a service with its structure and place, the keeper's own place, a referral. */
export function sheetRepository(tx: Db) {
  return {
    services(where: SQL | undefined) {
      return tx
        .select({ service: directoryServices, structure: directoryStructures, place: directoryPlaces })
        .from(directoryServices)
        .innerJoin(directoryStructures, eq(directoryStructures.id, directoryServices.structureId))
        .leftJoin(directoryPlaces, eq(directoryPlaces.id, directoryServices.placeId))
        .where(where)
        .limit(1)
    },

    async serviceById(serviceId: string) {
      const [row] = await this.services(eq(directoryServices.id, serviceId))
      return row
    },

    /** A service of the organisation's directory, or of a structure the organisation itself runs as a partner. */
    async serviceForMember(serviceId: string, organisationId: string) {
      const [row] = await this.services(
        and(
          eq(directoryServices.id, serviceId),
          or(
            eq(directoryServices.organisationId, organisationId),
            eq(directoryStructures.partnerOrganisationId, organisationId),
          ),
        ),
      )
      return row
    },

    /** A published service of a published structure in an organisation's public directory. */
    async publishedService(serviceId: string, keeperId: string) {
      const [row] = await this.services(
        and(
          eq(directoryServices.id, serviceId),
          eq(directoryServices.organisationId, keeperId),
          eq(directoryServices.status, 'publiee'),
          eq(directoryStructures.status, 'publiee'),
        ),
      )
      return row
    },

    /** The keeping organisation's own place (a service of the CCAS with a known position), for distances. */
    async homePlace(keeperId: string) {
      const [row] = await tx
        .select({ latitude: directoryPlaces.latitude, longitude: directoryPlaces.longitude })
        .from(directoryPlaces)
        .innerJoin(directoryStructures, eq(directoryStructures.id, directoryPlaces.structureId))
        .where(
          and(
            eq(directoryPlaces.organisationId, keeperId),
            eq(directoryStructures.kind, 'service_ccas'),
            eq(directoryStructures.status, 'publiee'),
            isNotNull(directoryPlaces.latitude),
            isNotNull(directoryPlaces.longitude),
          ),
        )
        .orderBy(
          asc(directoryStructures.createdAt),
          asc(directoryStructures.id),
          asc(directoryPlaces.createdAt),
        )
        .limit(1)
      return row?.latitude != null && row.longitude != null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null
    },

    /** An orientation sent by the organisation (a partner receiving it does not print the person's sheet). */
    async sentReferral(referralId: string, organisationId: string) {
      const [row] = await tx
        .select({ id: referrals.id, serviceId: referrals.serviceId, shared: referrals.shared })
        .from(referrals)
        .where(and(eq(referrals.id, referralId), eq(referrals.organisationId, organisationId)))
      return row
    },

    async recordSheetLanguage(referralId: string, language: string) {
      await tx.update(referrals).set({ sheetLanguage: language }).where(eq(referrals.id, referralId))
    },
  }
}

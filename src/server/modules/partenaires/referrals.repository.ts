import { aliasedTable, and, count, desc, eq, lte, or, sql, type SQL } from 'drizzle-orm'
import type { ReferralStatus } from '../../../shared/modules/partenaires/referrals.contract'
import { rows, type Db } from '../../db/client'
import { requestOrientations, requests } from '../accueil'
import { accounts } from '../auth'
import { organisations } from '../organisations'
import { directoryServices, directoryStructures, referrals } from './partenaires.table'

export type ReferralRecord = typeof referrals.$inferSelect
export type ReferralRow = ReferralRecord & {
  serviceName: string
  structureName: string
  partnerOrganisationName: string | null
  senderOrganisationName: string
  createdByName: string | null
  requestReference: string | null
}

export const REFERRALS_PAGE_SIZE = 50

const partnerOrganisations = aliasedTable(organisations, 'partner_organisations')
const senderOrganisations = aliasedTable(organisations, 'sender_organisations')

/** The service of the directory an orientation goes to, with what is needed to reach its structure. */
export interface ServiceTarget {
  serviceId: string
  serviceName: string
  serviceEmail: string | null
  serviceStatus: string
  structureId: string
  structureName: string
  structureEmail: string | null
  structureStatus: string
  partnerOrganisationId: string | null
  keeperId: string
}

/** Reads and writes of orientations; the only user of the ORM for them. */
export function referralsRepository(tx: Db) {
  const joined = () =>
    tx
      .select({
        referral: referrals,
        serviceName: directoryServices.name,
        structureName: directoryStructures.name,
        partnerOrganisationName: partnerOrganisations.name,
        senderOrganisationName: senderOrganisations.name,
        createdByName: accounts.displayName,
        requestReference: requests.reference,
      })
      .from(referrals)
      .innerJoin(directoryServices, eq(directoryServices.id, referrals.serviceId))
      .innerJoin(directoryStructures, eq(directoryStructures.id, referrals.structureId))
      .innerJoin(senderOrganisations, eq(senderOrganisations.id, referrals.organisationId))
      .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, referrals.partnerOrganisationId))
      .leftJoin(accounts, eq(accounts.id, referrals.createdBy))
      .leftJoin(requests, eq(requests.id, referrals.requestId))

  interface Joined {
    referral: ReferralRecord
    serviceName: string
    structureName: string
    partnerOrganisationName: string | null
    senderOrganisationName: string
    createdByName: string | null
    requestReference: string | null
  }
  const flatten = (r: Joined): ReferralRow => ({
    ...r.referral,
    serviceName: r.serviceName,
    structureName: r.structureName,
    partnerOrganisationName: r.partnerOrganisationName,
    senderOrganisationName: r.senderOrganisationName,
    createdByName: r.createdByName,
    requestReference: r.requestReference,
  })

  async function page(where: SQL | undefined, pageNumber: number) {
    const [items, [total]] = await Promise.all([
      joined()
        .where(where)
        .orderBy(desc(referrals.createdAt), desc(referrals.id))
        .limit(REFERRALS_PAGE_SIZE)
        .offset((pageNumber - 1) * REFERRALS_PAGE_SIZE),
      tx.select({ n: count() }).from(referrals).where(where),
    ])
    return { items: items.map(flatten), total: Number(total?.n ?? 0) }
  }

  return {
    async serviceTarget(serviceId: string): Promise<ServiceTarget | undefined> {
      const [row] = await tx
        .select({
          serviceId: directoryServices.id,
          serviceName: directoryServices.name,
          serviceEmail: directoryServices.email,
          serviceStatus: directoryServices.status,
          structureId: directoryStructures.id,
          structureName: directoryStructures.name,
          structureEmail: directoryStructures.email,
          structureStatus: directoryStructures.status,
          partnerOrganisationId: directoryStructures.partnerOrganisationId,
          keeperId: directoryStructures.organisationId,
        })
        .from(directoryServices)
        .innerJoin(directoryStructures, eq(directoryStructures.id, directoryServices.structureId))
        .where(eq(directoryServices.id, serviceId))
      return row
    },

    /** Whether the request is visible to the caller (its own organisation's, under row-level security). */
    async requestVisible(requestId: string) {
      const [row] = await tx.select({ id: requests.id }).from(requests).where(eq(requests.id, requestId))
      return row !== undefined
    },

    async structure(id: string) {
      const [row] = await tx.select().from(directoryStructures).where(eq(directoryStructures.id, id))
      return row
    },

    /** Addresses of the active members of the structure's partner organisation (bounded to the caller's directory). */
    async partnerEmails(structureId: string): Promise<string[]> {
      const found = await rows<{ email: string }>(
        tx,
        sql`select directory_partner_emails(${structureId}) as email`,
      )
      return found.map((r) => r.email)
    },

    /** Gives the structure its own organisation when it has none; returns it. */
    async partnerOrganisation(structureId: string, newId: string): Promise<string> {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`select directory_partner_organisation(${structureId}, ${newId}) as id`,
      )
      return row!.id
    },

    async insert(values: typeof referrals.$inferInsert): Promise<ReferralRecord> {
      const [row] = await tx.insert(referrals).values(values).returning()
      return row!
    },

    async update(id: string, patch: Partial<typeof referrals.$inferInsert>) {
      await tx.update(referrals).set(patch).where(eq(referrals.id, id))
    },

    async setOrientationPartner(orientationId: string, serviceId: string) {
      await tx
        .update(requestOrientations)
        .set({ partnerId: serviceId })
        .where(eq(requestOrientations.id, orientationId))
    },

    async find(where: SQL): Promise<ReferralRow | undefined> {
      const [row] = await joined().where(where)
      return row ? flatten(row) : undefined
    },

    async lock(id: string): Promise<ReferralRecord | undefined> {
      const [row] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update')
      return row
    },

    byId: (id: string) => eq(referrals.id, id),
    byLink: (organisationId: string, tokenHash: string) =>
      and(eq(referrals.organisationId, organisationId), eq(referrals.linkTokenHash, tokenHash))!,

    async ofRequest(organisationId: string, requestId: string) {
      const found = await joined()
        .where(and(eq(referrals.organisationId, organisationId), eq(referrals.requestId, requestId)))
        .orderBy(desc(referrals.createdAt))
      return found.map(flatten)
    },

    sent(
      organisationId: string,
      filter: {
        status?: ReferralStatus
        structureId?: string
        /** Without news: sent before the first bound and unanswered, or accepted before the second. */
        stale?: { sentBefore: Date; acceptedBefore: Date }
      },
      pageNumber: number,
    ) {
      return page(
        and(
          eq(referrals.organisationId, organisationId),
          filter.status ? eq(referrals.status, filter.status) : undefined,
          filter.structureId ? eq(referrals.structureId, filter.structureId) : undefined,
          filter.stale
            ? or(
                and(eq(referrals.status, 'envoyee'), lte(referrals.createdAt, filter.stale.sentBefore)),
                and(eq(referrals.status, 'acceptee'), lte(referrals.acceptedAt, filter.stale.acceptedBefore)),
              )
            : undefined,
        ),
        pageNumber,
      )
    },

    received(partnerOrganisationId: string, status: ReferralStatus | undefined, pageNumber: number) {
      return page(
        and(
          eq(referrals.partnerOrganisationId, partnerOrganisationId),
          status ? eq(referrals.status, status) : undefined,
        ),
        pageNumber,
      )
    },

    /** Orientations counted by counterpart, status and month (Paris), over a period. */
    async summary(side: 'sent' | 'received', organisationId: string, from: Date | null, to: Date | null) {
      const mine = side === 'sent' ? sql`r.organisation_id` : sql`r.partner_organisation_id`
      const counterpart =
        side === 'sent'
          ? sql`s.id as counterpart_id, s.name as counterpart_name`
          : sql`o.id as counterpart_id, o.name as counterpart_name`
      return rows<{
        counterpart_id: string
        counterpart_name: string
        status: ReferralStatus
        month: string
        n: number
      }>(
        tx,
        sql`select ${counterpart}, r.status,
              to_char(r.created_at at time zone 'Europe/Paris', 'YYYY-MM') as month, count(*)::int as n
            from referrals r
            join directory_structures s on s.id = r.structure_id
            join organisations o on o.id = r.organisation_id
            where ${mine} = ${organisationId}
              ${from ? sql`and r.created_at >= ${from.toISOString()}` : sql``}
              ${to ? sql`and r.created_at < ${to.toISOString()}` : sql``}
            group by 1, 2, 3, 4
            order by 2, 1, 4`,
      )
    },
  }
}

import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/modules/usagers/usagers.policy'
import { rows, type Db } from '../../db/client'
import { organisations } from '../organisations'
import { usagerMerges, usagerRetentionReviews, usagers, usagerSettings } from './usagers.table'
import type { Usager } from './usagers.repository'

/** Identity, contacts, address and situation: everything a file says about the person. */
const erased = {
  firstName: null,
  lastName: null,
  birthName: null,
  pseudonym: null,
  birthDate: null,
  phone: null,
  email: null,
  languages: [],
  interpreterNeeded: false,
  addressLine: null,
  postalCode: null,
  city: null,
  incomeSources: [],
  housing: null,
  rsaReferent: null,
  consentSms: false,
  consentEmail: false,
  searchText: '',
}

/** Files older than their retention: the reviews of the monthly job and the anonymisation. */
export function retentionRepository(tx: Db) {
  return {
    async retentionMonths(organisationId: string): Promise<number> {
      const [row] = await tx
        .select()
        .from(usagerSettings)
        .where(eq(usagerSettings.organisationId, organisationId))
      return row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS
    },
    async setRetentionMonths(organisationId: string, retentionMonths: number) {
      await tx
        .insert(usagerSettings)
        .values({ organisationId, retentionMonths })
        .onConflictDoUpdate({
          target: usagerSettings.organisationId,
          set: { retentionMonths, updatedAt: new Date() },
        })
    },

    async latestReview() {
      const [row] = await tx
        .select()
        .from(usagerRetentionReviews)
        .orderBy(desc(usagerRetentionReviews.reviewedAt))
        .limit(1)
      return row
    },

    /** Among these ids, the live files still without contact for longer than the retention. */
    stillDue(ids: string[], retentionMonths: number): Promise<Usager[]> {
      if (ids.length === 0) return Promise.resolve([])
      return tx
        .select()
        .from(usagers)
        .where(
          and(
            inArray(usagers.id, ids),
            isNull(usagers.anonymisedAt),
            isNull(usagers.mergedIntoId),
            lt(usagers.lastContactAt, sql`now() - make_interval(months => ${retentionMonths})`),
          ),
        )
        .orderBy(usagers.lastContactAt)
    },

    /** Erases the person from the file; the row, its id, dates, gender, commune and SDS flag stay for statistics. */
    async anonymise(ids: string[]) {
      if (ids.length === 0) return
      await tx
        .update(usagers)
        .set({ ...erased, anonymisedAt: new Date(), updatedAt: new Date() })
        .where(inArray(usagers.id, ids))
      // A merge snapshot copies both files: it goes too.
      await tx
        .update(usagerMerges)
        .set({ snapshot: { anonymised: true } })
        .where(or(inArray(usagerMerges.keptId, ids), inArray(usagerMerges.absorbedId, ids)))
    },
  }
}

/**
 * The monthly review, for every organisation, as the owner: records the live files whose last
 * contact is older than the organisation's retention. Erases nothing.
 */
export async function recordRetentionReviews(
  owner: Db,
): Promise<{ organisationId: string; retentionMonths: number; due: number }[]> {
  const found = await rows<{ organisation_id: string; retention_months: number; ids: string[] }>(
    owner,
    sql`select o.id as organisation_id, coalesce(s.retention_months, ${DEFAULT_RETENTION_MONTHS}) as retention_months,
          coalesce((select array_agg(u.id order by u.last_contact_at) from ${usagers} u
                    where u.organisation_id = o.id and u.merged_into_id is null and u.anonymised_at is null
                      and u.last_contact_at < now() - make_interval(months => coalesce(s.retention_months, ${DEFAULT_RETENTION_MONTHS}))),
                   '{}') as ids
        from ${organisations} o left join ${usagerSettings} s on s.organisation_id = o.id`,
  )
  if (found.length === 0) return []
  await owner.insert(usagerRetentionReviews).values(
    found.map((f) => ({
      organisationId: f.organisation_id,
      retentionMonths: Number(f.retention_months),
      usagerIds: f.ids,
    })),
  )
  return found.map((f) => ({
    organisationId: f.organisation_id,
    retentionMonths: Number(f.retention_months),
    due: f.ids.length,
  }))
}

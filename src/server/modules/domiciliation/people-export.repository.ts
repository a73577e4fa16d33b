import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { rows, type Db } from '../../db/client'
import { householdMembers, usagers } from '../usagers'
import { pendingRequestStatuses } from '../../../shared/modules/domiciliation/domiciliation.constants'
import {
  domiciliationDecisions,
  domiciliationProxies,
  domiciliationRequests,
  domiciliations,
} from './domiciliation.table'

export type ExportDecision = typeof domiciliationDecisions.$inferSelect

/** Everything the export of the domiciled people reads, a few queries for the whole base. */
export function peopleExportRepository(tx: Db) {
  return {
    /** Every file with its person's civil identity, by file number. */
    files: () =>
      tx
        .select({
          file: domiciliations,
          firstName: usagers.firstName,
          lastName: usagers.lastName,
          birthName: usagers.birthName,
          pseudonym: usagers.pseudonym,
          birthDate: usagers.birthDate,
          gender: usagers.gender,
          phone: usagers.phone,
          email: usagers.email,
          anonymisedAt: usagers.anonymisedAt,
        })
        .from(domiciliations)
        .innerJoin(usagers, eq(usagers.id, domiciliations.usagerId))
        .orderBy(asc(domiciliations.fileNumber)),

    /** Every decision, cancelled ones included (the history shows them), in the order of the chain. */
    decisions: () =>
      tx
        .select()
        .from(domiciliationDecisions)
        .orderBy(asc(domiciliationDecisions.decidedOn), asc(domiciliationDecisions.id)),

    /** The last interview of each file. */
    lastInterviews: () =>
      rows<{ domiciliationId: string; interview: Record<string, unknown> }>(
        tx,
        sql`select distinct on (domiciliation_id) domiciliation_id as "domiciliationId", interview
            from domiciliation_requests where interview <> '{}'::jsonb
            order by domiciliation_id, filed_on desc, id desc`,
      ),

    /** The request still waiting for its decision, per file. */
    pendingRequests: () =>
      tx
        .select({
          domiciliationId: domiciliationRequests.domiciliationId,
          kind: domiciliationRequests.kind,
          filedOn: domiciliationRequests.filedOn,
        })
        .from(domiciliationRequests)
        .where(inArray(domiciliationRequests.status, [...pendingRequestStatuses]))
        .orderBy(asc(domiciliationRequests.filedOn)),

    household: (usagerIds: string[]) =>
      usagerIds.length
        ? tx
            .select()
            .from(householdMembers)
            .where(inArray(householdMembers.usagerId, usagerIds))
            .orderBy(asc(householdMembers.createdAt), asc(householdMembers.id))
        : Promise.resolve([]),

    /** The proxies in force on a day. */
    proxiesOn: (day: CivilDate) =>
      tx
        .select()
        .from(domiciliationProxies)
        .where(
          and(
            isNull(domiciliationProxies.revokedAt),
            sql`${domiciliationProxies.validFrom} <= ${day}`,
            sql`${domiciliationProxies.validUntil} >= ${day}`,
          ),
        ),
  }
}

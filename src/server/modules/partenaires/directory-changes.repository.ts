import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth'
import { organisations } from '../organisations'
import { directoryChanges, directoryStructures } from './partenaires.table'

export type ChangeRow = typeof directoryChanges.$inferSelect
export type NewChange = typeof directoryChanges.$inferInsert

/** A change with the names its view shows. The submitter's name is read only where accounts are visible. */
export interface ChangeListRow extends ChangeRow {
  structureName: string
  submitterOrganisationName: string
  submitterName: string | null
}

const columns = {
  change: directoryChanges,
  structureName: directoryStructures.name,
  submitterOrganisationName: organisations.name,
  submitterName: accounts.displayName,
}

/** Partners' proposals. Row-level security shows a change to its keeper and to the organisation that submitted it. */
export function directoryChangesRepository(tx: Db) {
  const select = (where: SQL) =>
    tx
      .select(columns)
      .from(directoryChanges)
      .innerJoin(directoryStructures, eq(directoryStructures.id, directoryChanges.structureId))
      .innerJoin(organisations, eq(organisations.id, directoryChanges.submittedByOrganisationId))
      .leftJoin(accounts, eq(accounts.id, directoryChanges.submittedBy))
      .where(where)
      .orderBy(desc(directoryChanges.createdAt), desc(directoryChanges.id))
      .then((found) =>
        found.map((r): ChangeListRow => ({
          ...r.change,
          structureName: r.structureName,
          submitterOrganisationName: r.submitterOrganisationName,
          submitterName: r.submitterName,
        })),
      )

  return {
    async insert(values: NewChange): Promise<ChangeRow> {
      const [row] = await tx.insert(directoryChanges).values(values).returning()
      return row!
    },

    async get(id: string): Promise<ChangeListRow | undefined> {
      const [row] = await select(eq(directoryChanges.id, id))
      return row
    },

    keptBy(organisationId: string, status: string, structureId?: string) {
      return select(
        and(
          eq(directoryChanges.organisationId, organisationId),
          eq(directoryChanges.status, status),
          structureId ? eq(directoryChanges.structureId, structureId) : undefined,
        )!,
      )
    },

    submittedBy(organisationId: string) {
      return select(eq(directoryChanges.submittedByOrganisationId, organisationId))
    },

    /** Closes a pending change; undefined when it was no longer pending. */
    async review(
      id: string,
      values: {
        status: 'validee' | 'refusee'
        reviewedBy: string
        reviewedAt: Date
        reviewComment: string | null
        entityId?: string
      },
    ): Promise<ChangeRow | undefined> {
      const [row] = await tx
        .update(directoryChanges)
        .set(values)
        .where(and(eq(directoryChanges.id, id), eq(directoryChanges.status, 'a_valider')))
        .returning()
      return row
    },
  }
}

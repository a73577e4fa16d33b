import { inArray, sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { domiciliationDecisions, domiciliationRequests, domiciliations } from './domiciliation.table'

const BATCH = 500

async function inBatches<T>(list: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < list.length; i += BATCH) await insert(list.slice(i, i + BATCH))
}

/** What the import reads of the base and writes into it; row-level security scopes it to the tenant. */
export function importRepository(tx: Db) {
  return {
    /** The numbers among these already given to a file. */
    async usedFileNumbers(numbers: number[]): Promise<Set<number>> {
      const found = new Set<number>()
      for (let i = 0; i < numbers.length; i += BATCH) {
        const batch = await tx
          .select({ n: domiciliations.fileNumber })
          .from(domiciliations)
          .where(inArray(domiciliations.fileNumber, numbers.slice(i, i + BATCH)))
        for (const r of batch) found.add(r.n)
      }
      return found
    },

    async highestFileNumber(): Promise<number> {
      const [row] = await rows<{ n: number | null }>(
        tx,
        sql`select max(file_number) as n from domiciliations`,
      )
      return Number(row?.n ?? 0)
    },

    /** The file number of each of these people who already has a file. */
    async filesOfUsagers(usagerIds: string[]): Promise<Map<string, number>> {
      const found = new Map<string, number>()
      for (let i = 0; i < usagerIds.length; i += BATCH) {
        const batch = await tx
          .select({ usagerId: domiciliations.usagerId, n: domiciliations.fileNumber })
          .from(domiciliations)
          .where(inArray(domiciliations.usagerId, usagerIds.slice(i, i + BATCH)))
        for (const r of batch) found.set(r.usagerId, r.n)
      }
      return found
    },

    insertFiles: (values: (typeof domiciliations.$inferInsert)[]) =>
      inBatches(values, (b) => tx.insert(domiciliations).values(b)),
    insertRequests: (values: (typeof domiciliationRequests.$inferInsert)[]) =>
      inBatches(values, (b) => tx.insert(domiciliationRequests).values(b)),
    insertDecisions: (values: (typeof domiciliationDecisions.$inferInsert)[]) =>
      inBatches(values, (b) => tx.insert(domiciliationDecisions).values(b)),
  }
}

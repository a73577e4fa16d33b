import { sql } from 'drizzle-orm'
import { rows } from '../../db/client'
import type { TestApp, TestClient } from '../../test/test-app'
import { domiciliations } from './domiciliation.table'

export interface DomiciledPerson {
  usagerId: string
  domiciliationId: string
  fileNumber: number
}

export interface DomiciledOptions {
  organisationId: string
  usager: Record<string, unknown>
  status?: 'instruction' | 'valide' | 'refus' | 'radie'
  validFrom?: string | null
  validUntil?: string | null
}

/**
 * Tests of the mail registry: a person's file through the API, then a domiciliation file in the
 * state the test needs, written directly (the decision chain has its own tests).
 */
export async function domiciledPerson(
  t: TestApp,
  client: TestClient,
  o: DomiciledOptions,
): Promise<DomiciledPerson> {
  const created = await client.post<{ id: string }>('/api/usagers', {
    ...o.usager,
    confirmNotDuplicate: true,
  })
  if (created.status !== 201) throw new Error(`usager refusé : ${JSON.stringify(created.body)}`)
  const usagerId = created.body.id
  const [last] = await rows<{ n: number }>(
    t.database.db.owner,
    sql`select coalesce(max(file_number), 0)::int as n from domiciliations where organisation_id = ${o.organisationId}`,
  )
  const fileNumber = Number(last!.n) + 1
  const [file] = await t.database.db.owner
    .insert(domiciliations)
    .values({
      organisationId: o.organisationId,
      usagerId,
      fileNumber,
      status: o.status ?? 'valide',
      validFrom: o.validFrom === undefined ? '2026-01-05' : o.validFrom,
      validUntil: o.validUntil === undefined ? '2027-01-04' : o.validUntil,
      firstDomiciliationOn: '2026-01-05',
    })
    .returning()
  return { usagerId, domiciliationId: file!.id, fileNumber }
}

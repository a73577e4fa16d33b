import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../shared/ids'
import { rows } from '../../db/client'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { requestOrientations } from '../accueil'
import { directoryStructures, referrals } from './partenaires.table'
import { DEMO_PARTNER_NAME } from './referrals.demo'

/** What the database itself refuses to a partner organisation, whatever the application does. */
describe.each(databaseKinds)('orientations under row-level security (%s)', (kind) => {
  let t: TestApp
  let partnerId: string
  let structureId: string
  let referral: typeof referrals.$inferSelect

  beforeAll(async () => {
    t = await createTestApp(kind)
    const owner = t.database.db.owner
    const [structure] = await owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.name, DEMO_PARTNER_NAME))
    partnerId = structure!.partnerOrganisationId!
    structureId = structure!.id
    const [first] = await owner.select().from(referrals).where(eq(referrals.partnerOrganisationId, partnerId))
    referral = first!
  })
  afterAll(async () => t?.close())

  const asPartner = <T>(fn: Parameters<TestApp['database']['db']['transaction']>[1]) =>
    t.database.db.transaction(
      { organisationId: partnerId, accountId: null, platformAdmin: false },
      fn,
    ) as Promise<T>

  it('lets the partner read its orientations, not the request behind them', async () => {
    const seen = await asPartner<{ id: string }[]>((tx) => tx.select({ id: referrals.id }).from(referrals))
    expect(seen.map((r) => r.id)).toContain(referral.id)
    const orientations = await asPartner<unknown[]>((tx) =>
      tx.select().from(requestOrientations).where(eq(requestOrientations.id, referral.requestOrientationId!)),
    )
    expect(orientations).toEqual([])
    await asPartner((tx) =>
      tx
        .update(requestOrientations)
        .set({ outcome: 'refusee' })
        .where(eq(requestOrientations.id, referral.requestOrientationId!)),
    )
    const [after] = await t.database.db.owner
      .select()
      .from(requestOrientations)
      .where(eq(requestOrientations.id, referral.requestOrientationId!))
    expect(after!.outcome).not.toBe('refusee')
  })

  it('refuses a partner changing anything but its answer, or creating an orientation', async () => {
    const answered = await asPartner<{ id: string }[]>((tx) =>
      tx
        .update(referrals)
        .set({ statusReason: 'Réponse du partenaire' })
        .where(eq(referrals.id, referral.id))
        .returning({ id: referrals.id }),
    )
    expect(answered).toHaveLength(1)
    await expect(
      asPartner((tx) => tx.update(referrals).set({ shared: {} }).where(eq(referrals.id, referral.id))),
    ).rejects.toThrow()
    await expect(
      asPartner((tx) =>
        tx.update(referrals).set({ requestOrientationId: null }).where(eq(referrals.id, referral.id)),
      ),
    ).rejects.toThrow()
    await expect(
      asPartner((tx) =>
        tx.insert(referrals).values({
          organisationId: referral.organisationId,
          partnerOrganisationId: partnerId,
          requestId: referral.requestId,
          requestOrientationId: referral.requestOrientationId,
          serviceId: referral.serviceId,
          structureId: referral.structureId,
        }),
      ),
    ).rejects.toThrow()
  })

  it('bounds the owner functions to the caller’s own directory', async () => {
    const emails = await asPartner<{ email: string }[]>((tx) =>
      rows<{ email: string }>(tx, sql`select directory_partner_emails(${structureId}) as email`),
    )
    expect(emails).toEqual([])
    await expect(
      asPartner((tx) => rows(tx, sql`select directory_partner_organisation(${structureId}, ${newId()})`)),
    ).rejects.toThrow()
    const keeperEmails = await t.database.db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
      (tx) => rows<{ email: string }>(tx, sql`select directory_partner_emails(${structureId}) as email`),
    )
    expect(keeperEmails.map((r) => r.email)).toEqual(['association@demo-lien.test'])
  })

  it('shows another tenant none of the orientations', async () => {
    const seen = await t.database.db.transaction(
      { organisationId: t.tenantB.organisationId, accountId: null, platformAdmin: false },
      (tx) => tx.select({ id: referrals.id }).from(referrals),
    )
    expect(seen).toEqual([])
  })
})

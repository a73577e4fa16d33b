import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client'
import { sendRenewalInvitations, sendWaitingMailNotices } from '../modules/domiciliation'
import { smsOutbox } from '../platform/sms'
import { recordRetentionReviews } from '../modules/usagers'
import { createTestApp, type TestApp } from './test-app'
import { databaseKinds } from './test-db'

/** The directory of solidarity services is public information: every organisation reads it, only its keeper writes it. */
const publicByDesign = ['directory_structures', 'directory_places', 'directory_services']

/** Tables whose rows become public once published: the condition that makes a row public. */
const publicWhenPublished: Record<string, string> = {
  employer_profiles: 'true',
  employer_answer_rates: 'true',
  job_offers: "state in ('publiee', 'pourvue', 'expiree')",
  campaign_pages: 'published',
  apprenticeship_seats: "state in ('publiee', 'pourvue')",
  immersion_offers: 'published',
  metiers_events: 'published',
  point_de_chute_places: 'published',
  living_places: 'published',
  listening_slots: 'active',
  agrement_meetings: 'published and cancelled_at is null',
  ambassadors: "review_state = 'publie'",
  training_centres: 'published',
  trainings: 'published',
  training_centre_sites: 'exists (select 1 from training_centres c where c.id = centre_id and c.published)',
  training_sessions: 'exists (select 1 from trainings c where c.id = training_id and c.published)',
  // Pilotage: a published plan shows its axes and actions (never its indicators, budgets or people).
  action_plans: 'published and not archived',
  plan_axes: 'exists (select 1 from action_plans p where p.id = plan_id and p.published and not p.archived)',
  plan_actions: 'exists (select 1 from action_plans p where p.id = plan_id and p.published and not p.archived)',
}

/**
 * Rows a CCAS cannot create through the API (the agrément is a département's; a conversation needs the
 * candidate's consent; a callback, a free time of the week): tenant A gets a copy of a demonstration row.
 */
const copiedForTenantA = [
  'agrement_applications',
  'agrement_meeting_registrations',
  'agrement_steps',
  'agrement_training_sessions',
  'apprenticeship_contacts',
  'apprenticeship_messages',
  'immersion_requests',
  'immersion_conventions',
  'listening_callbacks',
  'welcome_kit_files',
]
const privateRows = (table: string) => `not (${publicWhenPublished[table] ?? 'false'})`

/** Row-level security alone, with no application filter: raw SQL as the application role. */
describe.each(databaseKinds)('row-level security without the application filters (%s)', (kind) => {
  let t: TestApp
  let tenantTables: string[]
  beforeAll(async () => {
    t = await createTestApp(kind)
    // Give tenant A rows in every table: an invitation, an audit entry.
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    await admin.post('/api/invitations', { email: 'rls@test.test', roles: ['direction'] })
    // A person's file with household, note and document, a merged duplicate, a retention setting and review.
    const usager = (
      await admin.post('/api/usagers', { firstName: 'Zoé', lastName: 'Rls', confirmNotDuplicate: true })
    ).body.id
    const duplicate = (
      await admin.post('/api/usagers', { firstName: 'Zoé', lastName: 'Rls', confirmNotDuplicate: true })
    ).body.id
    await admin.post(`/api/usagers/${usager}/household`, { relation: 'enfant' })
    await admin.post(`/api/usagers/${usager}/notes`, { text: 'Note' })
    await admin.request(
      'POST',
      `/api/usagers/${usager}/documents?kind=autre&fileName=a.pdf`,
      Buffer.from('%PDF-1.4\n'),
      { headers: { 'content-type': 'application/octet-stream' } },
    )
    await admin.post(`/api/usagers/${usager}/merge`, { absorbedId: duplicate })
    await admin.request('PUT', '/api/usagers-retention', { retentionMonths: 24 })
    await recordRetentionReviews(t.database.db.owner)
    // Announced delays, a request with its counter, answer, orientation and history.
    await admin.request('PUT', '/api/announced-delays', { delays: { telephone: 3 } })
    const request = (await admin.post('/api/requests', { channel: 'telephone', themes: ['logement'] })).body
      .id
    await admin.post(`/api/requests/${request}/answers`, { channel: 'telephone', body: 'Rappel effectué.' })
    await admin.post(`/api/requests/${request}/orientations`, { partnerName: 'ADIL du Doubs' })
    // Domiciliation: the structure's settings, a file with its request, interview and decision, a renewal invitation.
    await admin.request('PUT', '/api/domiciliation-settings', { city: 'Besançon', postalCode: '25000' })
    const domiciled = (
      await admin.post('/api/usagers', {
        firstName: 'Yves',
        lastName: 'Rls',
        email: 'yves@rls.test',
        consentEmail: true,
        confirmNotDuplicate: true,
      })
    ).body.id
    const domiciliation = (await admin.post('/api/domiciliations', { usagerId: domiciled })).body.id
    const domiciliationRequest = (
      await admin.post(`/api/domiciliations/${domiciliation}/requests`, { kind: 'PREMIERE' })
    ).body.requests[0].id
    await admin.request('PUT', `/api/domiciliation-requests/${domiciliationRequest}/interview`, {
      linkWithCommune: 'RESIDENTIEL',
    })
    const granted = (
      await admin.post(`/api/domiciliation-requests/${domiciliationRequest}/decision`, {
        decision: 'accepte',
      })
    ).body
    await sendRenewalInvitations(
      { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' },
      new Date(`${granted.validUntil}T10:00:00+01:00`),
    )
    // The annual report's declarative answers of a year.
    await admin.request('PUT', '/api/domiciliation-report/answers', { year: 2026, waitingList: false })
    // Its mail, a proxy, a visit, and the evening notice of the waiting letter.
    await admin.post('/api/domiciliation/mail', {
      items: [{ domiciliationId: domiciliation, kind: 'courrier' }],
    })
    await admin.post(`/api/domiciliations/${domiciliation}/proxies`, {
      firstName: 'Ida',
      lastName: 'Rls',
      validFrom: '2026-01-01',
      validUntil: '2030-12-31',
    })
    await admin.post(`/api/domiciliations/${domiciliation}/contacts`, { kind: 'visite' })
    await sendWaitingMailNotices(
      { db: t.database.db, mailer: t.mailer, sms: smsOutbox(t.dataDir) },
      new Date('2030-01-01T20:00:00+01:00'),
    )
    // An import of the directory from a spreadsheet (its row keeps the progress and the report).
    const sheet = [
      'Structure;Type;Service;Adresse;Code postal;Commune;Thèmes',
      'Association Rls;Association;Permanence;1 rue Battant;25000;Besançon;Aide alimentaire',
    ].join('\n')
    const imported = await admin.request('POST', '/api/directory-imports/sheet/commit', Buffer.from(sheet), {
      headers: { 'content-type': 'application/octet-stream' },
    })
    expect(imported.status, JSON.stringify(imported.body)).toBeLessThan(300)
    // An update campaign of the directory's entries.
    expect((await admin.post('/api/network/campaigns', {})).status).toBe(201)
    // Métiers: the employer's profile, a draft and a published offer, an application with a note, the campaign page withdrawn.
    const profile = await admin.request('PUT', '/api/metiers/employeur', {
      employerType: 'ccas',
      sector: 'public',
      postcode: '25000',
      commune: 'Besançon',
    })
    expect(profile.status, JSON.stringify(profile.body)).toBe(200)
    const offer = {
      title: 'Aide à domicile (RLS)',
      codeRome: 'K1302',
      descriptionHtml: '<p>Offre.</p>',
      contract: 'cdi',
      workTime: 'temps_plein',
      postcode: '25000',
      commune: 'Besançon',
    }
    expect((await admin.post('/api/metiers/recrutement/offres', offer)).status).toBe(201)
    const published = (await admin.post('/api/metiers/recrutement/offres', offer)).body
    expect((await admin.post(`/api/metiers/recrutement/offres/${published.id}/publier`, {})).status).toBe(200)
    const applied = await t
      .anonymous()
      .init()
      .then((c) =>
        c.post(`/api/metiers/offres/${published.slug}/candidatures`, {
          firstName: 'Zoé',
          lastName: 'Rls',
          email: 'zoe@rls.test',
          consent: true,
        }),
      )
    expect(applied.status, JSON.stringify(applied.body)).toBe(201)
    const pipeline = (await admin.get(`/api/metiers/recrutement/offres/${published.id}/candidatures`)).body
    const [application] = pipeline.columns.flatMap((c: { applications: { id: string }[] }) => c.applications)
    expect(
      (await admin.post(`/api/metiers/recrutement/candidatures/${application.id}/notes`, { text: 'Note' }))
        .status,
    ).toBe(201)
    expect((await admin.request('DELETE', '/api/metiers/campagne/publication')).status).toBe(200)
    // Copies point to A's copied application, so that a registration's (meeting, application) stays unique.
    let copiedApplication = ''
    for (const table of copiedForTenantA) {
      const [copied] = await rows<{ id: string }>(
        t.database.db.owner,
        sql.raw(
          `insert into ${table} select (jsonb_populate_record(null::${table}, to_jsonb(r) || jsonb_build_object(
             'id', gen_random_uuid(), 'organisation_id', '${t.tenantA.organisationId}', 'email', gen_random_uuid() || '@rls.test'
           ) || ${copiedApplication ? `jsonb_build_object('application_id', '${copiedApplication}')` : "'{}'::jsonb"})).*
           from ${table} r where r.organisation_id <> '${t.tenantA.organisationId}' limit 1 returning id`,
        ),
      ).catch(() => [])
      if (table === 'agrement_applications') copiedApplication = copied?.id ?? ''
    }
    const found = await rows<{ table_name: string }>(
      t.database.db.owner,
      sql`select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'organisation_id' order by table_name`,
    )
    tenantTables = found
      .map((r) => r.table_name)
      .filter((n) => n !== 'sessions' && !publicByDesign.includes(n))
  })
  afterAll(async () => t?.close())

  /** Drizzle wraps the database error: the reason is in its cause. */
  async function refusal(promise: Promise<unknown>): Promise<string> {
    try {
      await promise
    } catch (err) {
      return String((err as { cause?: Error }).cause?.message ?? (err as Error).message)
    }
    return 'accepté'
  }

  const asTenant = <T>(organisationId: string | null, query: ReturnType<typeof sql>) =>
    t.database.db.transaction({ organisationId, accountId: null, platformAdmin: false }, (tx) =>
      rows<T>(tx, query),
    )

  it('shows tenant B not one row of tenant A, in any tenant table', async () => {
    expect(tenantTables).toEqual(
      expect.arrayContaining(['audit_log', 'invitations', 'memberships', 'membership_services', 'services']),
    )
    const empty: string[] = []
    const leaking: string[] = []
    for (const table of tenantTables) {
      const [own] = await asTenant<{ n: number }>(
        t.tenantA.organisationId,
        sql.raw(`select count(*)::int as n from ${table}`),
      )
      const [leak] = await asTenant<{ n: number }>(
        t.tenantB.organisationId,
        sql.raw(
          `select count(*)::int as n from ${table} where organisation_id = '${t.tenantA.organisationId}' and ${privateRows(table)}`,
        ),
      )
      if (Number(own!.n) === 0 && !copiedForTenantA.includes(table)) empty.push(table)
      if (Number(leak!.n) > 0) leaking.push(table)
    }
    expect(empty, 'tables without rows for A').toEqual([])
    expect(leaking, "tables leaking A's rows to B").toEqual([])
  })

  it('shows nothing when no tenant is set', async () => {
    const visible: string[] = []
    for (const table of tenantTables) {
      const [all] = await asTenant<{ n: number }>(
        null,
        sql.raw(`select count(*)::int as n from ${table} where ${privateRows(table)}`),
      )
      if (Number(all!.n) > 0) visible.push(table)
    }
    expect(visible, 'tables showing rows without a tenant').toEqual([])
  })

  it('refuses to write into another tenant', async () => {
    expect(
      await refusal(
        asTenant(
          t.tenantB.organisationId,
          sql`insert into services (id, organisation_id, name) values (gen_random_uuid(), ${t.tenantA.organisationId}, 'Intrus') returning id`,
        ),
      ),
    ).toMatch(/row-level security/)
    const updated = await asTenant<{ id: string }>(
      t.tenantB.organisationId,
      sql`update organisations set name = 'Piraté' where id = ${t.tenantA.organisationId} returning id`,
    )
    expect(updated).toEqual([])
  })

  it('lets tenant B read tenant A’s directory but never write it', async () => {
    for (const table of publicByDesign) {
      const [read] = await asTenant<{ n: number }>(
        t.tenantB.organisationId,
        sql.raw(
          `select count(*)::int as n from ${table} where organisation_id = '${t.tenantA.organisationId}'`,
        ),
      )
      expect(Number(read!.n), `${table} is readable`).toBeGreaterThan(0)
      const updated = await asTenant<{ id: string }>(
        t.tenantB.organisationId,
        sql.raw(
          `update ${table} set updated_at = now() where organisation_id = '${t.tenantA.organisationId}' returning id`,
        ),
      )
      expect(updated, `${table} is not writable by B`).toEqual([])
      const deleted = await asTenant<{ id: string }>(
        t.tenantB.organisationId,
        sql.raw(`delete from ${table} where organisation_id = '${t.tenantA.organisationId}' returning id`),
      )
      expect(deleted, `${table} is not deletable by B`).toEqual([])
    }
    expect(
      await refusal(
        asTenant(
          t.tenantB.organisationId,
          sql`insert into directory_structures (id, organisation_id, kind, name) values (gen_random_uuid(), ${t.tenantA.organisationId}, 'autre', 'Intrus') returning id`,
        ),
      ),
    ).toMatch(/row-level security/)
  })

  it('lets tenant B read what tenant A published for jobs, never write it', async () => {
    for (const table of Object.keys(publicWhenPublished)) {
      const updated = await asTenant<{ organisation_id: string }>(
        t.tenantB.organisationId,
        sql.raw(
          `update ${table} set organisation_id = organisation_id where organisation_id = '${t.tenantA.organisationId}' returning organisation_id`,
        ),
      )
      expect(updated, `${table} is not writable by B`).toEqual([])
    }
    const [offers] = await asTenant<{ n: number }>(
      t.tenantB.organisationId,
      sql`select count(*)::int as n from job_offers where organisation_id = ${t.tenantA.organisationId}`,
    )
    expect(Number(offers!.n)).toBeGreaterThan(0)
  })

  it('hides the accounts of other tenants', async () => {
    const visible = await asTenant<{ email: string }>(
      t.tenantB.organisationId,
      sql`select email from accounts`,
    )
    expect(visible.length).toBeGreaterThan(0)
    expect(visible.every((a) => a.email.endsWith('@dole.test'))).toBe(true)
  })

  it('keeps the audit log append-only for the application role', async () => {
    expect(await refusal(asTenant(t.tenantA.organisationId, sql`update audit_log set action = 'x'`))).toMatch(
      /permission denied/,
    )
    expect(await refusal(asTenant(t.tenantA.organisationId, sql`delete from audit_log`))).toMatch(
      /permission denied/,
    )
  })

  it('gives the identity store tables no grant at all to the application role', async () => {
    expect(await refusal(asTenant(t.tenantA.organisationId, sql`select count(*) from sessions`))).toMatch(
      /permission denied/,
    )
    expect(
      await refusal(asTenant(t.tenantA.organisationId, sql`select count(*) from password_resets`)),
    ).toMatch(/permission denied/)
  })
})

import { and, asc, eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { insertOffer } from '../application-fixtures'
import { jobProfiles } from '../fiches.table'
import { jobOffers } from '../offers.table'
import { insertApprenticeships, insertImmersions } from './observatory-fixtures'
import { jobProfileViews } from './observatory.table'

const DAY_MS = 86_400_000
const march = (day: number) => new Date(`2027-03-${String(day).padStart(2, '0')}T10:00:00+01:00`)
const period = 'from=2027-03-01&to=2027-03-31'

/** One application as planned by the test: answered and hired after so many days, or not. */
interface Planned {
  answerAfter?: number
  hireAfter?: number
}

/** The plan the test seeds, and from which it computes its expected figures by hand. */
interface OfferPlan {
  name: string
  tenant: 'A' | 'B'
  job: 'A' | 'B'
  insee: string
  applications: Planned[]
}

const plans: OfferPlan[] = [
  {
    name: 'Besançon, métier A',
    tenant: 'A',
    job: 'A',
    insee: '25056',
    applications: [
      { answerAfter: 1, hireAfter: 5 },
      { answerAfter: 2, hireAfter: 8 },
      { answerAfter: 2, hireAfter: 10 },
      { answerAfter: 3 },
      { answerAfter: 4 },
      { answerAfter: 6 },
      {},
      {},
    ],
  },
  {
    // Another employer (tenant B) in the same département: the CCAS counts it, without reading it.
    name: 'Pontarlier, métier A',
    tenant: 'B',
    job: 'A',
    insee: '25462',
    applications: [
      { answerAfter: 1, hireAfter: 6 },
      { answerAfter: 1, hireAfter: 9 },
      { answerAfter: 2 },
      { answerAfter: 3 },
    ],
  },
  {
    name: 'Besançon, métier B',
    tenant: 'A',
    job: 'B',
    insee: '25056',
    applications: [
      { answerAfter: 1, hireAfter: 4 },
      { answerAfter: 2, hireAfter: 5 },
      { answerAfter: 3, hireAfter: 7 },
      { answerAfter: 4 },
      { answerAfter: 5 },
      { answerAfter: 6 },
    ],
  },
  { name: 'Bourg-en-Bresse, métier A', tenant: 'A', job: 'A', insee: '01053', applications: [{}, {}] },
  {
    name: 'Dole, métier B',
    tenant: 'B',
    job: 'B',
    insee: '39198',
    applications: [
      { answerAfter: 1 },
      { answerAfter: 1 },
      { answerAfter: 1 },
      { answerAfter: 1 },
      { answerAfter: 1 },
    ],
  },
]

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  if (s.length === 0) return null
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** The expected funnel of a job in a set of communes, from the plan alone. */
function expected(job: 'A' | 'B', departement: string) {
  const apps = plans
    .filter((p) => p.job === job && p.insee.startsWith(departement))
    .flatMap((p) => p.applications)
  const answered = apps.filter((a) => a.answerAfter !== undefined)
  const hired = apps.filter((a) => a.hireAfter !== undefined)
  return {
    applications: apps.length,
    answered: answered.length,
    hires: hired.length,
    medianAnswer: median(answered.map((a) => a.answerAfter!)),
    medianHire: median(hired.map((a) => a.hireAfter!)),
  }
}

describe.each(databaseKinds)('the recruitment observatory (%s)', (kind) => {
  let t: TestApp
  let now = march(2)
  let jobs: { A: { id: string; slug: string; title: string }; B: { id: string; slug: string; title: string } }
  let statsA: TestClient
  let statsB: TestClient
  let admin: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    const owner = t.database.db.owner
    const published = await owner
      .select({ id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title })
      .from(jobProfiles)
      .where(eq(jobProfiles.published, true))
      .orderBy(asc(jobProfiles.position))
    jobs = { A: published[0]!, B: published[1]! }
    const visitor = await t.anonymous().init()
    const recruiters = {
      A: await t.signIn(t.tenantA.accounts.recruteur),
      B: await t.signIn(t.tenantB.accounts.recruteur),
    }
    const organisation = { A: t.tenantA.organisationId, B: t.tenantB.organisationId }

    for (const plan of plans) {
      now = march(2)
      const offer = await insertOffer(owner, organisation[plan.tenant], { title: plan.name, now })
      await owner
        .update(jobOffers)
        .set({ jobId: jobs[plan.job].id, communeInsee: plan.insee })
        .where(eq(jobOffers.id, offer.id))
      for (const [i, planned] of plan.applications.entries()) {
        const appliedAt = march(3 + i)
        now = appliedAt
        const applied = await visitor.post(`/api/metiers/offres/${offer.slug}/candidatures`, {
          firstName: 'Camille',
          lastName: `Essai ${i}`,
          email: `camille.${i}@exemple.test`,
          consent: true,
        })
        expect(applied.status, JSON.stringify(applied.body)).toBe(201)
        const id = applied.body.applicationId as string
        const move = async (status: string, days: number) => {
          now = new Date(appliedAt.getTime() + days * DAY_MS)
          const res = await recruiters[plan.tenant].post(
            `/api/metiers/recrutement/candidatures/${id}/statut`,
            {
              status,
            },
          )
          expect(res.status, JSON.stringify(res.body)).toBe(200)
        }
        if (planned.answerAfter !== undefined) await move('contactee', planned.answerAfter)
        if (planned.hireAfter !== undefined) await move('retenue', planned.hireAfter)
      }
    }
    // Immersions of job B around Besançon: 6 asked in March, 5 done, 2 followed by a hire; one in February.
    await insertImmersions(
      owner,
      { organisationId: organisation.A, jobId: jobs.B.id, communeInsee: '25056' },
      [
        { state: 'realisee', outcome: 'embauche', createdAt: march(4) },
        { state: 'realisee', outcome: 'embauche', createdAt: march(5) },
        { state: 'realisee', outcome: 'formation', createdAt: march(6) },
        { state: 'realisee', outcome: 'projet_confirme', createdAt: march(7) },
        { state: 'realisee', outcome: 'autre', createdAt: march(8) },
        { state: 'refusee', createdAt: march(9) },
        { state: 'realisee', outcome: 'embauche', createdAt: new Date('2027-02-10T10:00:00+01:00') },
      ],
    )
    // Apprenticeships of job A: 7 matches, 6 contacts asked, 5 contracts signed.
    await insertApprenticeships(
      owner,
      { organisationId: organisation.B, jobId: jobs.A.id, communeInsee: '25056' },
      [
        { foundAt: march(10) },
        ...Array.from({ length: 5 }, (_, i) => ({ foundAt: march(11 + i), contact: 'contract' as const })),
        { foundAt: march(20), contact: 'asked' as const },
      ],
    )
    statsA = await t.signIn(t.tenantA.accounts.lecture_statistiques)
    statsB = await t.signIn(t.tenantB.accounts.lecture_statistiques)
    admin = await t.signIn(t.tenantA.platformAdminEmail)
    now = march(31)
  })
  afterAll(async () => t?.close())

  const openOffers = async (jobId: string, departement: string) => {
    const [row] = await rows<{ n: number }>(
      t.database.db.owner,
      sql`select count(*)::int as n from job_offers where job_id = ${jobId} and state = 'publiee'
          and (expires_at is null or expires_at > now()) and commune_insee like ${`${departement}%`}`,
    )
    return row!.n
  }

  it('counts each fiche view once: the page rendered by the server, then the fiche read by the portal', async () => {
    const visitor = await t.anonymous().init()
    now = new Date('2027-03-20T09:00:00+01:00')
    const page = await visitor.get(`/metiers/fiches/${jobs.A.slug}`)
    expect(page.status).toBe(200)
    const api = await visitor.get(`/api/metiers/fiches/${jobs.A.slug}`)
    expect(api.status).toBe(200)
    await visitor.get(`/api/metiers/fiches/${jobs.B.slug}`)
    const counted = await t.database.db.owner
      .select()
      .from(jobProfileViews)
      .where(and(eq(jobProfileViews.day, '2027-03-20')))
    expect(counted.find((v) => v.jobId === jobs.A.id)).toMatchObject({ views: 2, departement: '' })
    expect(counted.find((v) => v.jobId === jobs.B.id)).toMatchObject({ views: 1 })
    now = march(31)
  })

  it('gives the funnel of each job in the CCAS’s département, equal to the counts of the plan, with a hidden cell of 3', async () => {
    const res = await statsA.get(`/api/metiers/observatoire?${period}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.departement).toEqual({ code: '25', name: 'Doubs' })
    expect(res.body.canChooseTerritory).toBe(false)
    const rowOf = (job: { id: string }) => res.body.rows.find((r: { key: string }) => r.key === job.id)
    const a = rowOf(jobs.A)
    const b = rowOf(jobs.B)
    const ea = expected('A', '25')
    const eb = expected('B', '25')
    expect(ea).toMatchObject({ applications: 12, answered: 10, hires: 5 })
    expect(eb).toMatchObject({ applications: 6, answered: 6, hires: 3 })

    expect(a.label).toBe(jobs.A.title)
    expect(a.counts.applications).toEqual({ value: ea.applications, secret: false })
    expect(a.counts.answered).toEqual({ value: ea.answered, secret: false })
    expect(b.counts.applications).toEqual({ value: eb.applications, secret: false })
    expect(b.counts.answered).toEqual({ value: eb.answered, secret: false })
    // Job B: 3 hires, a small count: hidden. Job A's 5 hires would give it back from the total of 8: hidden too.
    expect(b.counts.hires).toEqual({ value: null, secret: true })
    expect(a.counts.hires).toEqual({ value: null, secret: true })
    expect(res.body.total.counts.hires).toEqual({ value: ea.hires + eb.hires, secret: false })
    expect(res.body.total.counts.applications.value).toBe(ea.applications + eb.applications)

    // Medians (days), over enough persons only.
    expect(a.medianAnswerDays).toEqual({ value: ea.medianAnswer, secret: false })
    expect(b.medianAnswerDays).toEqual({ value: eb.medianAnswer, secret: false })
    expect(a.medianHireDays).toEqual({ value: ea.medianHire, secret: false })
    expect(b.medianHireDays).toEqual({ value: null, secret: true })

    // Immersions of job B: 6 asked, 5 done, 2 hires (hidden, and job A's 0 cannot protect it: the total goes).
    expect(b.counts.immersions).toEqual({ value: 6, secret: false })
    expect(b.counts.immersionsDone).toEqual({ value: 5, secret: false })
    expect(b.counts.immersionHires).toEqual({ value: null, secret: true })
    expect(res.body.total.counts.immersionHires).toEqual({ value: null, secret: true })
    // Apprenticeships of job A: 7 matches, 6 contacts, 5 contracts.
    expect(a.counts.apprenticeshipMatches).toEqual({ value: 7, secret: false })
    expect(a.counts.apprenticeshipContacts).toEqual({ value: 6, secret: false })
    expect(a.counts.apprenticeshipContracts).toEqual({ value: 5, secret: false })

    expect(a.openOffers).toBe(await openOffers(jobs.A.id, '25'))
    expect(b.openOffers).toBe(await openOffers(jobs.B.id, '25'))
    expect(a.ficheViews).toBe(2)
  })

  it('keeps a CCAS to its own département, whatever the address asks', async () => {
    const res = await statsA.get(`/api/metiers/observatoire?${period}&departement=01&groupBy=departement`)
    expect(res.status).toBe(200)
    expect(res.body.departement.code).toBe('25')
    expect(res.body.rows.map((r: { key: string }) => r.key)).not.toContain('01')

    const dole = await statsB.get(`/api/metiers/observatoire?${period}&jobId=${jobs.B.id}`)
    expect(dole.status).toBe(200)
    expect(dole.body.departement).toEqual({ code: '39', name: 'Jura' })
    expect(dole.body.rows).toHaveLength(1)
    expect(dole.body.rows[0].counts.applications).toEqual({ value: 5, secret: false })
    expect(dole.body.rows[0].counts.answered).toEqual({ value: 5, secret: false })
  })

  it('lets the platform administrator read any territory, under the same secret', async () => {
    const ain = await admin.get(`/api/metiers/observatoire/plateforme?${period}&departement=01`)
    expect(ain.status, JSON.stringify(ain.body)).toBe(200)
    expect(ain.body.canChooseTerritory).toBe(true)
    const a = ain.body.rows.find((r: { key: string }) => r.key === jobs.A.id)
    expect(a.counts.applications).toEqual({ value: null, secret: true })

    const all = await admin.get(`/api/metiers/observatoire/plateforme?${period}&groupBy=departement`)
    const keys = all.body.rows.map((r: { key: string | null }) => r.key)
    expect(keys).toEqual(expect.arrayContaining(['25', '39', '01']))
    const doubs = all.body.rows.find((r: { key: string }) => r.key === '25')
    expect(doubs.label).toBe('Doubs (25)')
    expect(doubs.counts.applications.value).toBe(
      expected('A', '25').applications + expected('B', '25').applications,
    )
  })

  it('refuses those who may not read it', async () => {
    expect((await (await t.anonymous().init()).get(`/api/metiers/observatoire?${period}`)).status).toBe(401)
    const recruiter = await t.signIn(t.tenantA.accounts.recruteur)
    expect((await recruiter.get(`/api/metiers/observatoire?${period}`)).status).toBe(403)
    expect((await statsA.get(`/api/metiers/observatoire/plateforme?${period}`)).status).toBe(403)
    const bad = await statsA.get(`/api/metiers/observatoire?from=2027-03-31&to=2027-03-01`)
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('to')
    const unknown = await statsA.get(`/api/metiers/observatoire?jobId=${t.tenantA.organisationId}`)
    expect(unknown.status).toBe(404)
  })

  it('keeps the counts of other employers behind the owner function, which checks the caller itself', async () => {
    const db = t.database.db
    const [recruiter] = await rows<{ id: string }>(
      db.owner,
      sql`select id from accounts where email = ${t.tenantA.accounts.recruteur}`,
    )
    const call = (tx: typeof db.owner) =>
      tx.execute(sql`select * from metiers_recruitment_funnel('2027-03-01', '2027-03-31', null, null, 'job')`)
    await expect(
      db.transaction(
        { organisationId: t.tenantA.organisationId, accountId: recruiter!.id, platformAdmin: false },
        call,
      ),
    ).rejects.toThrow()
    // Under row-level security the CCAS reads none of tenant B's applications directly.
    const seen = await db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: recruiter!.id, platformAdmin: false },
      (tx) =>
        rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from job_applications where organisation_id = ${t.tenantB.organisationId}`,
        ),
    )
    expect(seen[0]!.n).toBe(0)
  })

  it('exports the same figures in a workbook, hidden cells in words', async () => {
    const res = await statsA.request('GET', `/api/metiers/observatoire/export.xlsx?${period}`)
    expect(res.status).toBe(200)
    expect(String(res.headers['content-type'])).toContain('spreadsheetml')
    expect(String(res.headers['content-disposition'])).toContain(
      'observatoire-recrutement-2027-03-01-2027-03-31.xlsx',
    )
    const book = new ExcelJS.Workbook()
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/metiers/observatoire/export.xlsx?${period}`,
      headers: { cookie: `lien_session=${statsA.cookie('lien_session')}` },
    })
    await book.xlsx.load(raw.rawPayload as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Observatoire')!
    const lines: unknown[][] = []
    sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1)))
    const header = lines.find((l) => l[0] === 'Métier')!
    const jobB = lines.find((l) => l[0] === jobs.B.title)!
    expect(jobB[header.indexOf('Candidatures reçues')]).toBe(6)
    expect(jobB[header.indexOf('Recrutements (candidatures retenues)')]).toBe(
      'secret statistique (moins de 5)',
    )
    expect(lines.find((l) => l[0] === 'Total')![header.indexOf('Recrutements (candidatures retenues)')]).toBe(
      8,
    )
  })

  it('follows the threshold chosen by the platform administrator', async () => {
    const settings = await admin.get('/api/metiers/plateforme/reglages')
    expect(settings.status).toBe(200)
    expect(settings.body.secrecyThreshold).toBe(5)
    const saved = await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: settings.body.contactOrganisationId,
      secrecyThreshold: 3,
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const res = await statsA.get(`/api/metiers/observatoire?${period}&jobId=${jobs.B.id}`)
    expect(res.body.threshold).toBe(3)
    expect(res.body.rows[0].counts.hires).toEqual({ value: 3, secret: false })
    await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: settings.body.contactOrganisationId,
      secrecyThreshold: 5,
    })
  })
})

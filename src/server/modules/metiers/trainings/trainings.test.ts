import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { auditLog } from '../../../platform/audit/audit.table'
import { trainingCentres, trainings } from './trainings.table'

const cfaBesancon = 'formation@cfa-sanitaire-social-bisontin.demo-lien.test'
const cfaAin = 'formation@cfa-metiers-du-lien-ain.demo-lien.test'

const training = (extra: Record<string, unknown> = {}) => ({
  title: 'Accompagnant éducatif et social — parcours court',
  diploma: 'DEAES',
  rncpCode: 'RNCP36004',
  rncpLevel: 3,
  routes: ['continue', 'vae'],
  fundingTags: ['cpf'],
  admission: ['entretien'],
  published: true,
  sessions: [{ startsOn: '2099-09-01', endsOn: '2100-06-30', seats: 12 }],
  ...extra,
})

describe.each(databaseKinds)('training centres and the catalogue (%s)', (kind) => {
  let t: TestApp
  let anonymous: TestClient
  let besancon: TestClient
  let ain: TestClient
  let aesJobId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    anonymous = await t.anonymous().init()
    besancon = await t.signIn(cfaBesancon)
    ain = await t.signIn(cfaAin)
    const fiche = await anonymous.get('/api/metiers/formations?metier=accompagnant-educatif-et-social')
    aesJobId = fiche.body.metier.id
  })
  afterAll(async () => t?.close())

  it('lists the demonstration’s trainings leading to a job, with their next sessions and places for the map', async () => {
    const answer = await anonymous.get('/api/metiers/formations?metier=accompagnant-educatif-et-social')
    expect(answer.status).toBe(200)
    expect(answer.body.metier.slug).toBe('accompagnant-educatif-et-social')
    expect(answer.body.total).toBeGreaterThanOrEqual(3)
    for (const r of answer.body.results) {
      expect(r.jobs.map((j: { slug: string }) => j.slug)).toContain('accompagnant-educatif-et-social')
      expect(r.place.commune).not.toBe('')
    }
    const withSessions = answer.body.results.filter((r: any) => r.nextSessions.length > 0)
    expect(withSessions.length).toBeGreaterThan(0)
    for (const r of withSessions) expect(r.place.latitude).toBeTypeOf('number')
  })

  it('filters by route, RNCP level, distance from a commune and start date', async () => {
    const vae = await anonymous.get('/api/metiers/formations?voie=vae')
    expect(vae.body.results.length).toBeGreaterThan(0)
    for (const r of vae.body.results) expect(r.routes).toContain('vae')

    const level6 = await anonymous.get('/api/metiers/formations?niveau=6')
    expect(level6.body.results.length).toBeGreaterThan(0)
    for (const r of level6.body.results) expect(r.rncpLevel).toBe(6)

    const nearBourg = await anonymous.get('/api/metiers/formations?lieu=01053&rayon=40')
    expect(nearBourg.status).toBe(200)
    expect(nearBourg.body.lieu.insee).toBe('01053')
    expect(nearBourg.body.results.length).toBeGreaterThan(0)
    const communes = new Set(nearBourg.body.results.map((r: any) => r.place.commune))
    expect(communes.has('Besançon')).toBe(false)
    const distances = nearBourg.body.results.map((r: any) => r.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    for (const d of distances) expect(d).toBeLessThanOrEqual(40)

    const farFuture = await anonymous.get('/api/metiers/formations?apres=2099-01-01')
    expect(farFuture.body.total).toBe(0)
  })

  it('forgives accents, capitals and typos in the words', async () => {
    const exact = await anonymous.get('/api/metiers/formations?q=educateur%20specialise')
    const typo = await anonymous.get('/api/metiers/formations?q=EDUCATEUR%20SPECIALIZE')
    const accents = await anonymous.get(
      `/api/metiers/formations?q=${encodeURIComponent('éducateur spécialisé')}`,
    )
    expect(exact.body.total).toBeGreaterThan(0)
    expect(typo.body.results.map((r: any) => r.id)).toEqual(exact.body.results.map((r: any) => r.id))
    expect(accents.body.results.map((r: any) => r.id)).toEqual(exact.body.results.map((r: any) => r.id))
    expect((await anonymous.get('/api/metiers/formations?q=pontarlier')).body.total).toBeGreaterThan(0)
  })

  it('refuses bad filters with a French message naming the field', async () => {
    const level = await anonymous.get('/api/metiers/formations?niveau=9')
    expect(level.status).toBe(400)
    expect(level.body.message).toContain('Niveau')
    const job = await anonymous.get('/api/metiers/formations?metier=inconnu')
    expect(job.status).toBe(400)
    expect(job.body.fields[0].field).toBe('metier')
  })

  it('shows a training’s page by its address, and hides unpublished ones', async () => {
    const list = await anonymous.get('/api/metiers/formations?q=DEME')
    const slug = list.body.results[0].slug
    const page = await anonymous.get(`/api/metiers/formations/${slug}`)
    expect(page.status).toBe(200)
    expect(page.body.centre.name).toMatch(/\(démo\)$/)
    expect(page.body.sessions.length).toBeGreaterThan(0)
    await t.database.db.owner.update(trainings).set({ published: false }).where(eq(trainings.slug, slug))
    expect((await anonymous.get(`/api/metiers/formations/${slug}`)).status).toBe(404)
    await t.database.db.owner.update(trainings).set({ published: true }).where(eq(trainings.slug, slug))
  })

  it('lets a centre’s recruiter keep its trainings, and only its own', async () => {
    const mine = await besancon.get('/api/metiers/centres')
    expect(mine.status).toBe(200)
    expect(mine.body.centres).toHaveLength(1)
    expect(mine.body.canCreate).toBe(false)
    const centreId = mine.body.centres[0].id

    const created = await besancon.post(
      `/api/metiers/centres/${centreId}/formations`,
      training({ jobIds: [aesJobId] }),
    )
    expect(created.status).toBe(201)
    expect(created.body.sessions).toHaveLength(1)
    const search = await anonymous.get(`/api/metiers/formations?q=${encodeURIComponent('parcours court')}`)
    expect(search.body.results.map((r: any) => r.id)).toContain(created.body.id)

    // Another centre's recruiter, a CCAS recruiter and the public do not reach it.
    expect((await ain.get(`/api/metiers/centres/${centreId}`)).status).toBe(404)
    expect(
      (await ain.request('PUT', `/api/metiers/centres-formations/${created.body.id}`, training())).status,
    ).toBe(404)
    const ccas = await t.signIn(t.tenantA.accounts.recruteur)
    expect((await ccas.get('/api/metiers/centres')).body.centres).toEqual([])
    expect((await ccas.get(`/api/metiers/centres/${centreId}`)).status).toBe(404)
    const refused = await ccas.post('/api/metiers/centres', {
      name: 'Pas un centre',
      kind: 'cfa',
      commune: 'Besançon',
    })
    expect(refused.status).toBe(403)
    expect((await anonymous.get('/api/metiers/centres')).status).toBe(401)
    const social = await t.signIn(t.tenantA.accounts.travailleur_social)
    expect((await social.get('/api/metiers/centres')).status).toBe(403)

    const removed = await besancon.delete(`/api/metiers/centres-formations/${created.body.id}`)
    expect(removed.status).toBe(200)
    expect((await anonymous.get(`/api/metiers/formations/${created.body.slug}`)).status).toBe(404)
  })

  it('lets a platform editor edit any centre, audited', async () => {
    const editor = await t.signIn(t.tenantA.accounts.editeur)
    const all = await editor.get('/api/metiers/centres')
    expect(all.body.centres.length).toBeGreaterThanOrEqual(6)
    const target = all.body.centres.find((c: any) => c.name.startsWith('GRETA'))
    const before = await editor.get(`/api/metiers/centres/${target.id}`)
    const saved = await editor.request('PUT', `/api/metiers/centres/${target.id}`, {
      name: before.body.name,
      kind: before.body.kind,
      address: before.body.address,
      postcode: before.body.postcode,
      commune: before.body.commune,
      accessibilityNote: 'Rampe d’accès côté parking.',
      published: true,
    })
    expect(saved.status).toBe(200)
    expect(saved.body.accessibilityNote).toBe('Rampe d’accès côté parking.')
    const entries = await t.database.db.owner.select().from(auditLog).where(eq(auditLog.entityId, target.id))
    expect(entries.some((e) => e.action === 'update')).toBe(true)
  })

  it('refuses bad input with the field named, saving nothing', async () => {
    const centreId = (await besancon.get('/api/metiers/centres')).body.centres[0].id
    const count = async () =>
      (await t.database.db.owner.select().from(trainings).where(eq(trainings.centreId, centreId))).length
    const before = await count()
    const level = await besancon.post(
      `/api/metiers/centres/${centreId}/formations`,
      training({ rncpLevel: 9 }),
    )
    expect(level.status).toBe(400)
    expect(JSON.stringify(level.body)).toContain('Niveau RNCP')
    const dates = await besancon.post(
      `/api/metiers/centres/${centreId}/formations`,
      training({ sessions: [{ startsOn: '2099-09-01', endsOn: '2099-01-01' }] }),
    )
    expect(dates.status).toBe(400)
    expect(JSON.stringify(dates.body)).toContain('Fin de la session')
    const foreignSite = await besancon.post(
      `/api/metiers/centres/${centreId}/formations`,
      training({ sessions: [{ startsOn: '2099-09-01', siteId: '0190a3d2-0000-7000-8000-000000000001' }] }),
    )
    expect(foreignSite.status).toBe(400)
    expect(foreignSite.body.fields[0].field).toBe('sessions')
    const unknownJob = await besancon.post(
      `/api/metiers/centres/${centreId}/formations`,
      training({ jobIds: ['0190a3d2-0000-7000-8000-000000000002'] }),
    )
    expect(unknownJob.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('places a centre’s new site and its sessions on the map', async () => {
    const centreId = (await ain.get('/api/metiers/centres')).body.centres[0].id
    const centre = (await ain.get(`/api/metiers/centres/${centreId}`)).body
    const saved = await ain.request('PUT', `/api/metiers/centres/${centreId}`, {
      name: centre.name,
      kind: centre.kind,
      address: centre.address,
      postcode: centre.postcode,
      commune: centre.commune,
      published: true,
      sites: [
        ...centre.sites.map((s: any) => ({
          id: s.id,
          name: s.name,
          address: s.address,
          postcode: s.postcode,
          commune: s.commune,
        })),
        { name: 'Antenne de Belley', commune: 'Belley', postcode: '01300' },
      ],
    })
    expect(saved.status).toBe(200)
    expect(saved.body.sites.map((s: any) => s.name)).toContain('Antenne de Belley')
    const row = await t.database.db.owner
      .select()
      .from(trainingCentres)
      .where(eq(trainingCentres.id, centreId))
    expect(row[0]!.latitude).toBeTypeOf('number')
  })
})

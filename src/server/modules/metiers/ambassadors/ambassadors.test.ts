import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../../db/client'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { mailsTo, signedUpCandidate } from '../candidate-fixtures'
import { jobProfiles } from '../fiches.table'
import { ambassadorBookings, ambassadors } from './ambassadors.table'

const fiche = (slug: string, title: string, published: boolean) => ({
  slug,
  title,
  summary: `${title} : résumé`,
  codeRome: 'K1302',
  romeVersion: '460',
  published,
})

const story =
  'J’accompagne chaque matin des personnes âgées chez elles : le lever, le repas, la conversation. Je n’ai jamais regretté.'

describe.each(databaseKinds)('ambassadors (%s)', (kind) => {
  let t: TestApp
  let job: { id: string; slug: string }
  let hiddenJob: { id: string }
  let nadia: TestClient
  let paul: TestClient
  let ines: TestClient
  let editor: TestClient
  let worker: TestClient
  let anonymous: TestClient
  let nadiaId: string
  let bookingId: string

  const profile = (extra: Record<string, unknown> = {}) => ({
    displayName: 'Nadia B.',
    jobId: job.id,
    employerType: 'association',
    yearsInJob: 6,
    story,
    languages: ['fr', 'ar'],
    formats: ['classe', 'distance'],
    commune: '25000 Besançon',
    radiusKm: 20,
    availability: 'Le mercredi après-midi',
    ...extra,
  })
  const booking = (extra: Record<string, unknown> = {}) => ({
    requesterKind: 'etablissement',
    requesterName: 'Claire Roussel',
    requesterOrganisation: 'Lycée Pasteur',
    requesterEmail: 'claire.roussel@lycee.test',
    requesterPhone: '03 81 11 22 33',
    format: 'classe',
    wishedDates: 'Un mardi de mars',
    message: 'Pour une classe de seconde ASSP.',
    ...extra,
  })
  const outboxSize = async () => (await t.mailer.outbox()).length

  beforeAll(async () => {
    t = await createTestApp(kind)
    const owner = t.database.db.owner
    job = (
      await owner
        .insert(jobProfiles)
        .values(fiche('test-ambassadeurs-aide', 'Aide à domicile (ambassadeurs)', true))
        .returning({ id: jobProfiles.id, slug: jobProfiles.slug })
    )[0]!
    hiddenJob = (
      await owner
        .insert(jobProfiles)
        .values(fiche('test-ambassadeurs-brouillon', 'Fiche en brouillon', false))
        .returning({ id: jobProfiles.id })
    )[0]!
    nadia = await signedUpCandidate(t, 'nadia.ambassadrice@exemple.test', {
      firstName: 'Nadia',
      lastName: 'Benali',
    })
    paul = await signedUpCandidate(t, 'paul.ambassadeur@exemple.test', {
      firstName: 'Paul',
      lastName: 'Girard',
    })
    ines = await signedUpCandidate(t, 'ines.decouverte@exemple.test')
    editor = await t.signIn(t.tenantA.accounts.editeur)
    worker = await t.signIn(t.tenantA.accounts.travailleur_social)
    anonymous = await t.anonymous().init()
  }, 120_000)
  afterAll(async () => t?.close())

  it('refuses a profile with bad fields, naming each in French, and saves nothing', async () => {
    const res = await nadia.request(
      'PUT',
      '/api/metiers/compte/ambassadeur',
      profile({ story: 'Court.', formats: [] }),
    )
    expect(res.status).toBe(400)
    const fields = (res.body.fields as { field: string; message: string }[]).map((f) => f.field)
    expect(fields).toEqual(expect.arrayContaining(['story', 'formats']))
    expect(res.body.fields.find((f: { field: string }) => f.field === 'story').message).toMatch(
      /40 caractères/,
    )

    const unknownPlace = await nadia.request(
      'PUT',
      '/api/metiers/compte/ambassadeur',
      profile({ commune: 'Zzyzx-sur-Mer' }),
    )
    expect(unknownPlace.status).toBe(400)
    expect(unknownPlace.body.fields[0].field).toBe('commune')
    const draftJob = await nadia.request(
      'PUT',
      '/api/metiers/compte/ambassadeur',
      profile({ jobId: hiddenJob.id }),
    )
    expect(draftJob.status).toBe(400)
    expect(draftJob.body.fields[0].field).toBe('jobId')
    expect((await nadia.get('/api/metiers/compte/ambassadeur')).body.profile).toBeNull()
  })

  it('suggests the first name and initial, saves a draft placed on its commune, hidden from the public', async () => {
    const space = await nadia.get('/api/metiers/compte/ambassadeur')
    expect(space.body.suggestedName).toBe('Nadia B.')
    expect(space.body.jobs.map((j: { slug: string }) => j.slug)).toContain(job.slug)
    expect(space.body.jobs.map((j: { id: string }) => j.id)).not.toContain(hiddenJob.id)

    const saved = await nadia.request('PUT', '/api/metiers/compte/ambassadeur', profile())
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body).toMatchObject({
      reviewState: 'brouillon',
      commune: 'Besançon',
      postcode: '25000',
      placed: true,
    })
    nadiaId = saved.body.id
    expect((await anonymous.get(`/api/metiers/ambassadeurs/${nadiaId}`)).status).toBe(404)

    const submitted = await nadia.post('/api/metiers/compte/ambassadeur/soumission')
    expect(submitted.body.reviewState).toBe('a_valider')
    expect((await nadia.post('/api/metiers/compte/ambassadeur/soumission')).status).toBe(409)
  })

  it('lets only editors review profiles, with a word required to send one back, and e-mails the ambassador', async () => {
    expect((await anonymous.get('/api/metiers/edition/ambassadeurs')).status).toBe(401)
    expect((await worker.get('/api/metiers/edition/ambassadeurs')).status).toBe(403)
    expect((await nadia.get('/api/metiers/edition/ambassadeurs')).status).toBe(403)
    expect(
      (await nadia.post(`/api/metiers/edition/ambassadeurs/${nadiaId}/validation`, { decision: 'publier' }))
        .status,
    ).toBe(403)

    const list = await editor.get('/api/metiers/edition/ambassadeurs')
    expect(list.status).toBe(200)
    expect(list.body.find((a: { id: string }) => a.id === nadiaId)).toMatchObject({
      reviewState: 'a_valider',
    })

    const noNote = await editor.post(`/api/metiers/edition/ambassadeurs/${nadiaId}/validation`, {
      decision: 'refuser',
    })
    expect(noNote.status).toBe(400)
    expect(noNote.body.fields[0].field).toBe('note')

    const before = await outboxSize()
    const published = await editor.post(`/api/metiers/edition/ambassadeurs/${nadiaId}/validation`, {
      decision: 'publier',
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.reviewState).toBe('publie')
    const [mail] = await mailsTo(t, 'nadia.ambassadrice@exemple.test', before)
    expect(mail?.subject).toMatch(/publié/)
  })

  it('lists published ambassadors by job, format and distance, without the account or the employer', async () => {
    // Paul, in Dole (about 45 km away), meets people on their workplace only.
    await paul.request(
      'PUT',
      '/api/metiers/compte/ambassadeur',
      profile({ displayName: 'Paul G.', commune: 'Dole', formats: ['lieu_de_travail'] }),
    )
    const paulId = (await paul.post('/api/metiers/compte/ambassadeur/soumission')).body.id
    await editor.post(`/api/metiers/edition/ambassadeurs/${paulId}/validation`, { decision: 'publier' })

    const all = await anonymous.get(`/api/metiers/ambassadeurs?fiche=${job.slug}`)
    expect(all.status).toBe(200)
    expect(all.body.items.map((a: { displayName: string }) => a.displayName).sort()).toEqual([
      'Nadia B.',
      'Paul G.',
    ])
    expect(all.body.jobs.map((j: { slug: string }) => j.slug)).toContain(job.slug)
    expect(JSON.stringify(all.body)).not.toMatch(/exemple\.test|accountId/)

    const near = await anonymous.get(
      `/api/metiers/ambassadeurs?fiche=${job.slug}&commune=Besan%C3%A7on&distanceKm=30`,
    )
    expect(near.body.items.map((a: { displayName: string }) => a.displayName)).toEqual(['Nadia B.'])
    expect(near.body.items[0].distanceKm).toBeLessThanOrEqual(2)
    expect(near.body.place.label).toBe('Besançon (25000)')

    const wide = await anonymous.get(
      `/api/metiers/ambassadeurs?fiche=${job.slug}&commune=25056&distanceKm=80`,
    )
    expect(wide.body.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Nadia B.',
      'Paul G.',
    ])

    const workplace = await anonymous.get(
      `/api/metiers/ambassadeurs?fiche=${job.slug}&format=lieu_de_travail`,
    )
    expect(workplace.body.items.map((a: { displayName: string }) => a.displayName)).toEqual(['Paul G.'])

    const unknown = await anonymous.get(`/api/metiers/ambassadeurs?commune=Zzyzx`)
    expect(unknown.body.placeNotFound).toBe(true)
    const bad = await anonymous.get(`/api/metiers/ambassadeurs?distanceKm=900`)
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('distanceKm')

    // Paused: out of the directory, no new request.
    await paul.request('PUT', '/api/metiers/compte/ambassadeur/actif', { active: false })
    const paused = await anonymous.get(`/api/metiers/ambassadeurs?fiche=${job.slug}`)
    expect(paused.body.items.map((a: { displayName: string }) => a.displayName)).toEqual(['Nadia B.'])
    expect(
      (
        await anonymous.post(
          `/api/metiers/ambassadeurs/${paulId}/demandes`,
          booking({ format: 'lieu_de_travail' }),
        )
      ).status,
    ).toBe(404)
  })

  it('takes a booking from the public, with its contact details for the ambassador only, e-mailing both', async () => {
    const noSchool = await anonymous.post(
      `/api/metiers/ambassadeurs/${nadiaId}/demandes`,
      booking({ requesterOrganisation: '' }),
    )
    expect(noSchool.status).toBe(400)
    expect(noSchool.body.fields[0].field).toBe('requesterOrganisation')
    const wrongFormat = await anonymous.post(
      `/api/metiers/ambassadeurs/${nadiaId}/demandes`,
      booking({ format: 'forum' }),
    )
    expect(wrongFormat.status).toBe(400)
    expect(wrongFormat.body.fields[0].field).toBe('format')
    const extra = await anonymous.post(`/api/metiers/ambassadeurs/${nadiaId}/demandes`, {
      ...booking(),
      spam: 1,
    })
    expect(extra.status).toBe(400)

    const before = await outboxSize()
    const created = await anonymous.post(`/api/metiers/ambassadeurs/${nadiaId}/demandes`, booking())
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toEqual({ id: expect.any(String), ambassadorName: 'Nadia B.', state: 'demandee' })
    bookingId = created.body.id

    const [toAmbassador] = await mailsTo(t, 'nadia.ambassadrice@exemple.test', before)
    expect(toAmbassador?.text).toMatch(/Aide à domicile \(ambassadeurs\)/)
    expect(toAmbassador?.text).not.toMatch(/Claire|Roussel|lycee\.test|Pasteur/)
    const [toRequester] = await mailsTo(t, 'claire.roussel@lycee.test', before)
    expect(toRequester?.text).toMatch(/Nadia B\./)

    // Nobody but the ambassador reads it.
    expect(JSON.stringify((await anonymous.get(`/api/metiers/ambassadeurs/${nadiaId}`)).body)).not.toMatch(
      /Claire/,
    )
    expect((await paul.get('/api/metiers/compte/ambassadeur')).body.bookings).toEqual([])
    expect(
      (
        await paul.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/reponse`, {
          decision: 'accepter',
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await ines.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/reponse`, {
          decision: 'accepter',
        })
      ).status,
    ).toBe(404)

    const space = await nadia.get('/api/metiers/compte/ambassadeur')
    expect(space.body.bookings[0]).toMatchObject({
      id: bookingId,
      requesterName: 'Claire Roussel',
      requesterEmail: 'claire.roussel@lycee.test',
      requesterPhone: '+33381112233',
      state: 'demandee',
    })
    const reads = await t.database.db.owner
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'ambassador_booking'), eq(auditLog.entityId, bookingId)))
    expect(reads.map((r) => r.action).sort()).toEqual(['create', 'read'])
  })

  it('lets the ambassador accept (e-mails to both), then mark the meeting done, in that order only', async () => {
    expect((await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/realisee`)).status).toBe(
      409,
    )
    const before = await outboxSize()
    const accepted = await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/reponse`, {
      decision: 'accepter',
      message: 'Avec plaisir, je vous écris pour fixer la date.',
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.state).toBe('acceptee')
    const [toRequester] = await mailsTo(t, 'claire.roussel@lycee.test', before)
    expect(toRequester?.subject).toMatch(/acceptée/)
    expect(toRequester?.text).toMatch(/Avec plaisir/)
    const [toAmbassador] = await mailsTo(t, 'nadia.ambassadrice@exemple.test', before)
    expect(toAmbassador?.subject).toMatch(/accepté/)

    expect(
      (
        await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/reponse`, {
          decision: 'refuser',
        })
      ).status,
    ).toBe(409)
    const done = await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${bookingId}/realisee`)
    expect(done.body.state).toBe('realisee')
    const list = await editor.get('/api/metiers/edition/ambassadeurs')
    expect(list.body.find((a: { id: string }) => a.id === nadiaId).bookingsDone).toBe(1)
  })

  it('keeps bookings out of reach of other accounts under row-level security', async () => {
    const [paulAccount] = await rows<{ id: string }>(
      t.database.db.owner,
      sql`select id from accounts where email = 'paul.ambassadeur@exemple.test'`,
    )
    const seen = await t.database.db.transaction(
      { organisationId: t.tenantB.organisationId, accountId: paulAccount!.id, platformAdmin: false },
      (tx) => tx.select().from(ambassadorBookings).where(eq(ambassadorBookings.id, bookingId)),
    )
    expect(seen).toEqual([])
    const anonymousSeen = await t.database.db.transaction(
      { organisationId: null, accountId: null, platformAdmin: false },
      (tx) =>
        tx.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.reviewState, 'brouillon')),
    )
    expect(anonymousSeen).toEqual([])
  })

  it('lets editors write sanitised modules that ambassadors complete once published', async () => {
    expect(
      (await worker.post('/api/metiers/edition/ambassadeurs-modules', { title: 'X', bodyHtml: '' })).status,
    ).toBe(403)
    const created = await editor.post('/api/metiers/edition/ambassadeurs-modules', {
      title: 'Ce qu’on ne promet pas',
      summary: 'Salaire, horaires : dire vrai.',
      bodyHtml: '<h2>Dire vrai</h2><p>Pas de promesse <script>alert(1)</script>d’embauche.</p>',
      position: 3,
      published: false,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.bodyHtml).not.toMatch(/script/)
    const moduleId = created.body.id
    expect((await nadia.post(`/api/metiers/compte/ambassadeur/modules/${moduleId}`)).status).toBe(404)

    const body = {
      title: 'Ce qu’on ne promet pas',
      bodyHtml: created.body.bodyHtml,
      position: 3,
      published: true,
    }
    expect(
      (await editor.request('PUT', `/api/metiers/edition/ambassadeurs-modules/${moduleId}`, body)).status,
    ).toBe(200)
    const space = await nadia.get('/api/metiers/compte/ambassadeur')
    expect(space.body.modules.find((m: { id: string }) => m.id === moduleId)).toMatchObject({
      completedAt: null,
    })
    const done = await nadia.post(`/api/metiers/compte/ambassadeur/modules/${moduleId}`)
    expect(done.status).toBe(200)
    expect(done.body.completedAt).not.toBeNull()
    const modules = await editor.get('/api/metiers/edition/ambassadeurs-modules')
    expect(modules.body.find((m: { id: string }) => m.id === moduleId).completions).toBe(1)
  })

  it('sends an edited published profile back to the editors', async () => {
    const saved = await nadia.request('PUT', '/api/metiers/compte/ambassadeur', profile({ yearsInJob: 7 }))
    expect(saved.body.reviewState).toBe('a_valider')
    expect((await anonymous.get(`/api/metiers/ambassadeurs/${nadiaId}`)).status).toBe(404)
    await editor.post(`/api/metiers/edition/ambassadeurs/${nadiaId}/validation`, { decision: 'publier' })
    expect((await anonymous.get(`/api/metiers/ambassadeurs/${nadiaId}`)).body.yearsInJob).toBe(7)
  })

  it('computes the discovery path from what the candidate did, with the next step and its links', async () => {
    expect((await anonymous.get('/api/metiers/compte/parcours')).status).toBe(401)
    expect(
      (await ines.post('/api/metiers/compte/parcours', { fiche: 'test-ambassadeurs-brouillon' })).status,
    ).toBe(404)
    const added = await ines.post('/api/metiers/compte/parcours', { fiche: job.slug })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const path = () => ines.get('/api/metiers/compte/parcours').then((r) => r.body.jobs[0])
    expect(added.body.jobs[0]).toMatchObject({ job: { slug: job.slug }, done: 0, next: 'fiche' })
    expect(added.body.choices.map((c: { slug: string }) => c.slug)).not.toContain(job.slug)

    // Reading the fiche, signed in, is the first step.
    expect((await ines.get(`/api/metiers/fiches/${job.slug}`)).status).toBe(200)
    let mine = await path()
    expect(mine.steps[0]).toEqual({ step: 'fiche', state: 'fait', marked: false })
    expect(mine.next).toBe('ambassadeur')
    expect(mine.suggestions[0]).toMatchObject({
      kind: 'ambassadeur',
      title: 'Rencontrer Nadia B.',
      href: `/metiers/ambassadeurs/${nadiaId}`,
    })

    // A request to an ambassador is under way, then done once the ambassador says so.
    const asked = await ines.post(
      `/api/metiers/ambassadeurs/${nadiaId}/demandes`,
      booking({
        requesterKind: 'candidat',
        requesterOrganisation: '',
        requesterName: 'Inès Garnier',
        requesterEmail: 'ines.decouverte@exemple.test',
        format: 'distance',
      }),
    )
    expect(asked.status).toBe(201)
    mine = await path()
    expect(mine.steps[1].state).toBe('en_cours')
    await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${asked.body.id}/reponse`, {
      decision: 'accepter',
    })
    await nadia.post(`/api/metiers/compte/ambassadeur/demandes/${asked.body.id}/realisee`)
    mine = await path()
    expect(mine.steps[1].state).toBe('fait')
    expect(mine.next).toBe('evenement')

    // « I did it elsewhere »: ticked by hand, and unticked.
    const marked = await ines.request('PUT', `/api/metiers/compte/parcours/${job.slug}/etapes/evenement`, {
      done: true,
    })
    expect(marked.body.jobs[0].steps[2]).toEqual({ step: 'evenement', state: 'fait', marked: true })
    expect(marked.body.jobs[0]).toMatchObject({ done: 3, percent: 50, next: 'immersion' })
    expect(marked.body.jobs[0].suggestions[0]).toMatchObject({
      kind: 'immersion',
      href: `/metiers/immersions?fiche=${job.slug}`,
    })
    const bad = await ines.request('PUT', `/api/metiers/compte/parcours/${job.slug}/etapes/voler`, {
      done: true,
    })
    expect(bad.status).toBe(400)

    // Someone else's path is their own.
    expect((await paul.get('/api/metiers/compte/parcours')).body.jobs).toEqual([])
    expect(
      (await paul.request('PUT', `/api/metiers/compte/parcours/${job.slug}/etapes/fiche`, { done: true }))
        .status,
    ).toBe(404)

    const removed = await ines.delete(`/api/metiers/compte/parcours/${job.slug}`)
    expect(removed.body.jobs).toEqual([])
  })

  it('has demo ambassadors in the directory, its modules, and Léa’s discovery path half done', async () => {
    const directory = await anonymous.get('/api/metiers/ambassadeurs')
    const names = directory.body.items.map((a: { displayName: string }) => a.displayName)
    expect(names).toEqual(expect.arrayContaining(['Nadia B.', 'Julien M.', 'Martine R.', 'Karim D.']))
    expect(names).not.toContain('Amina K.')
    const review = await editor.get('/api/metiers/edition/ambassadeurs')
    expect(review.body.find((a: { displayName: string }) => a.displayName === 'Amina K.').reviewState).toBe(
      'a_valider',
    )
    expect(
      (await editor.get('/api/metiers/edition/ambassadeurs-modules')).body.length,
    ).toBeGreaterThanOrEqual(4)

    const lea = await t.signIn(`lea.martin.candidate@${t.tenantA.accounts.editeur.split('@')[1]}`)
    const path = await lea.get('/api/metiers/compte/parcours')
    const home = path.body.jobs.find((j: { job: { slug: string } }) => j.job.slug === 'aide-a-domicile')
    expect(home.steps.slice(0, 2).map((s: { state: string }) => s.state)).toEqual(['fait', 'fait'])
    expect(home.percent).toBeGreaterThanOrEqual(33)
    expect(home.percent).toBeLessThan(100)
    expect(home.suggestions.length).toBeGreaterThan(0)
  })
})

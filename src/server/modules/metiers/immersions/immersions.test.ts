import { and, eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../platform/audit'
import type { StoredMail } from '../../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { signedUpCandidate } from '../candidate-fixtures'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { askImmersionOutcomes, sendImmersionReminders } from './immersion-reminders'

const offerBody = (jobId: string, values: Record<string, unknown> = {}) => ({
  jobId,
  title: 'Une semaine en EHPAD aux côtés des aides-soignants',
  activities: 'Aide au lever, repas, animation, transmissions.',
  conditions: 'Vaccinations à jour.',
  schedule: 'Du lundi au vendredi, 7 h – 14 h 30',
  availableFrom: '2026-06-01',
  availableTo: '2026-07-31',
  capacity: 1,
  maxDays: 10,
  tutorName: 'Nadia Ferreira',
  tutorJob: 'Aide-soignante référente',
  address: '22 rue de la République',
  postcode: '25000',
  commune: 'Besançon',
  ...values,
})

const requestBody = (startDate: string, endDate: string, values: Record<string, unknown> = {}) => ({
  firstName: 'Inès',
  lastName: 'Garnier',
  phone: '06 12 34 56 78',
  objective: 'decouvrir_metier',
  startDate,
  endDate,
  message: 'Je voudrais voir le métier avant de m’inscrire en formation.',
  consent: true,
  ...values,
})

const completeConvention = {
  beneficiaryBirthDate: '1999-02-11',
  beneficiaryAddress: '5 rue Battant, 25000 Besançon',
  hostSiret: '77550123400014',
  hostSignatory: 'Marc Vuillemin, directeur',
  prescriberType: 'mission_locale',
  prescriberName: 'Mission locale du Grand Besançon',
  prescriberAdvisor: 'Élodie Prévôt',
  skillsObserved: 'Relation avec la personne âgée ; hygiène ; transmissions.',
  riskPrevention: 'Gestes et postures présentés le premier jour ; jamais seule pour un transfert.',
  insurance: 'MAIF, contrat n° 4 512 778',
  weeklyHours: 35,
}

describe.each(databaseKinds)(
  'immersions: offers, requests, capacity, convention and outcome (%s)',
  (kind) => {
    let t: TestApp
    let now = new Date('2026-05-04T09:00:00+02:00')
    let host: TestClient
    let otherHost: TestClient
    let socialWorker: TestClient
    let visitor: TestClient
    let ines: TestClient
    let tom: TestClient
    let jobId: string
    let jobSlug: string
    let offerId: string

    beforeAll(async () => {
      t = await createTestApp(kind, { clock: () => now })
      host = await t.signIn(t.tenantA.accounts.recruteur)
      otherHost = await t.signIn(t.tenantB.accounts.recruteur)
      socialWorker = await t.signIn(t.tenantA.accounts.travailleur_social)
      visitor = await t.anonymous().init()
      ines = await signedUpCandidate(t, 'ines.garnier@exemple.test')
      tom = await signedUpCandidate(t, 'tom.roux@exemple.test', { firstName: 'Tom', lastName: 'Roux' })
      const [job] = await t.database.db.owner
        .select({ id: jobProfiles.id, slug: jobProfiles.slug })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.published, true), eq(jobProfiles.codeRome, 'J1501')))
      jobId = job!.id
      jobSlug = job!.slug
    })
    afterAll(async () => t?.close())

    async function newMails<T>(act: () => Promise<T>): Promise<{ result: T; mails: StoredMail[] }> {
      const before = (await t.mailer.outbox()).length
      const result = await act()
      const all = await t.mailer.outbox()
      return { result, mails: all.slice(0, all.length - before) }
    }

    describe('the host’s offers', () => {
      it('refuses bad input in French, naming the field, and saves nothing', async () => {
        const before = (await host.get('/api/metiers/recrutement/immersions')).body.length
        const bad = await host.post(
          '/api/metiers/recrutement/immersions',
          offerBody(jobId, { capacity: 0, availableTo: '2026-05-20' }),
        )
        expect(bad.status).toBe(400)
        const fields = (bad.body.fields as { field: string; message: string }[]).map((f) => f.field)
        expect(fields).toEqual(expect.arrayContaining(['capacity', 'availableTo']))
        expect(bad.body.fields.find((f: { field: string }) => f.field === 'capacity').message).toMatch(
          /Au moins une personne/,
        )
        const unknownJob = await host.post(
          '/api/metiers/recrutement/immersions',
          offerBody('01900000-0000-7000-8000-000000000000'),
        )
        expect(unknownJob.status).toBe(400)
        expect(unknownJob.body.fields[0].field).toBe('jobId')
        expect((await host.get('/api/metiers/recrutement/immersions')).body).toHaveLength(before)
      })

      it('creates a draft located at its address, invisible to the public until published', async () => {
        const created = await host.post('/api/metiers/recrutement/immersions', offerBody(jobId))
        expect(created.status, JSON.stringify(created.body)).toBe(201)
        offerId = created.body.id
        expect(created.body).toMatchObject({ published: false, commune: 'Besançon', communeInsee: '25056' })
        expect(created.body.latitude).toBeCloseTo(47.2401, 3)

        expect((await visitor.get(`/api/metiers/immersions/${offerId}`)).status).toBe(404)
        const published = await host.post(`/api/metiers/recrutement/immersions/${offerId}/publication`, {
          published: true,
        })
        expect(published.status).toBe(200)
        const open = await visitor.get(`/api/metiers/immersions/${offerId}`)
        expect(open.status).toBe(200)
        expect(open.body).toMatchObject({ title: expect.stringMatching(/EHPAD/), firstDay: '2026-06-01' })
        expect(open.body.tutorName).toBeUndefined()
      })

      it('keeps each organisation’s offers to itself, and to its recruiters', async () => {
        expect((await otherHost.get(`/api/metiers/recrutement/immersions/${offerId}`)).status).toBe(404)
        expect(
          (await otherHost.patch(`/api/metiers/recrutement/immersions/${offerId}`, { capacity: 5 })).status,
        ).toBe(404)
        expect((await socialWorker.get('/api/metiers/recrutement/immersions')).status).toBe(403)
        expect((await ines.get('/api/metiers/recrutement/immersions')).status).toBe(403)
        expect((await visitor.get('/api/metiers/recrutement/immersions')).status).toBe(401)
      })

      it('lists open immersions by job and by distance from a commune', async () => {
        const byJob = await visitor.get(`/api/metiers/immersions?metier=${jobSlug}`)
        expect(byJob.status).toBe(200)
        expect(byJob.body.items.map((i: { id: string }) => i.id)).toContain(offerId)
        expect(byJob.body.items.every((i: { job: { slug: string } }) => i.job.slug === jobSlug)).toBe(true)

        const near = await visitor.get('/api/metiers/immersions?lieu=Thise&rayon=10')
        const mine = near.body.items.find((i: { id: string }) => i.id === offerId)
        expect(mine.distanceKm).toBeGreaterThan(3)
        expect(mine.distanceKm).toBeLessThan(10)
        const far = await visitor.get('/api/metiers/immersions?lieu=Dole&rayon=10')
        expect(far.body.items.map((i: { id: string }) => i.id)).not.toContain(offerId)
        const unknown = await visitor.get('/api/metiers/immersions?rayon=12')
        expect(unknown.status).toBe(400)
        expect(unknown.body.fields[0].field).toBe('rayon')
      })
    })

    describe('requests and the capacity', () => {
      let inesRequest: string
      let tomRequest: string

      it('asks a candidate to sign in, to consent and to choose days within the offer', async () => {
        const path = `/api/metiers/immersions/${offerId}/demandes`
        expect((await visitor.post(path, requestBody('2026-06-08', '2026-06-12'))).status).toBe(401)
        const noConsent = await ines.post(path, requestBody('2026-06-08', '2026-06-12', { consent: false }))
        expect(noConsent.status).toBe(400)
        expect(noConsent.body.fields).toEqual([expect.objectContaining({ field: 'consent' })])
        const outside = await ines.post(path, requestBody('2026-07-28', '2026-08-03'))
        expect(outside.status).toBe(400)
        expect(outside.body.fields[0].field).toBe('endDate')
        expect(outside.body.message).toMatch(/entre le 01\/06\/2026 et le 31\/07\/2026/)
        const tooLong = await ines.post(path, requestBody('2026-06-01', '2026-06-20'))
        expect(tooLong.status).toBe(400)
        expect(tooLong.body.message).toMatch(/10 jours au plus/)
        const reversed = await ines.post(path, requestBody('2026-06-12', '2026-06-08'))
        expect(reversed.status).toBe(400)
        expect(reversed.body.fields[0].field).toBe('endDate')
      })

      it('sends the request to the host, who is told without any personal data', async () => {
        const { result, mails } = await newMails(() =>
          ines.post(`/api/metiers/immersions/${offerId}/demandes`, requestBody('2026-06-08', '2026-06-12')),
        )
        expect(result.status, JSON.stringify(result.body)).toBe(201)
        inesRequest = result.body.id
        expect(result.body).toMatchObject({
          state: 'demandee',
          canCancel: true,
          employerName: expect.stringMatching(/^CCAS de Besançon/),
        })
        const toHost = mails.find((m) => m.to === t.tenantA.accounts.recruteur)!
        expect(toHost.subject).toMatch(/Nouvelle demande d’immersion/)
        expect(toHost.text).not.toMatch(/Inès|Garnier/)
        expect(toHost.text).toContain(`/recrutement/immersions/demandes/${inesRequest}`)
        expect(mails.find((m) => m.to === 'ines.garnier@exemple.test')!.subject).toMatch(/envoyée/)

        const again = await ines.post(
          `/api/metiers/immersions/${offerId}/demandes`,
          requestBody('2026-06-15', '2026-06-16'),
        )
        expect(again.status).toBe(409)

        const tomAsks = await tom.post(
          `/api/metiers/immersions/${offerId}/demandes`,
          requestBody('2026-06-10', '2026-06-16', { firstName: 'Tom', lastName: 'Roux' }),
        )
        expect(tomAsks.status).toBe(201)
        tomRequest = tomAsks.body.id
      })

      it('lets the host read a request, and writes the reading to the audit log', async () => {
        const list = await host.get(`/api/metiers/recrutement/demandes-immersion?offerId=${offerId}`)
        expect(list.body.map((r: { id: string }) => r.id).sort()).toEqual([inesRequest, tomRequest].sort())
        const detail = await host.get(`/api/metiers/recrutement/demandes-immersion/${inesRequest}`)
        expect(detail.status).toBe(200)
        expect(detail.body).toMatchObject({
          firstName: 'Inès',
          email: 'ines.garnier@exemple.test',
          phone: '+33612345678',
          canDecide: true,
          convention: null,
        })
        const audit = await t.database.db.owner
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityType, 'immersion_request'), eq(auditLog.entityId, inesRequest)))
        expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'read']))
        expect(JSON.stringify(audit.map((a) => a.diff))).not.toContain('Garnier')
      })

      it('never shows a request to another organisation or another candidate', async () => {
        expect(
          (await otherHost.get(`/api/metiers/recrutement/demandes-immersion/${inesRequest}`)).status,
        ).toBe(404)
        expect(
          (await otherHost.post(`/api/metiers/recrutement/demandes-immersion/${inesRequest}/accepter`))
            .status,
        ).toBe(404)
        expect((await otherHost.get('/api/metiers/recrutement/demandes-immersion')).body).toEqual([])
        expect((await tom.post(`/api/metiers/compte/immersions/${inesRequest}/annuler`)).status).toBe(404)
        const toms = (await tom.get('/api/metiers/compte/immersions')).body as { id: string }[]
        expect(toms.map((r) => r.id)).toEqual([tomRequest])
      })

      it('accepts within the capacity and refuses cleanly beyond it', async () => {
        const { result: accepted, mails } = await newMails(() =>
          host.post(`/api/metiers/recrutement/demandes-immersion/${inesRequest}/accepter`),
        )
        expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
        expect(accepted.body.state).toBe('acceptee')
        expect(mails.map((m) => m.to)).toEqual(['ines.garnier@exemple.test'])
        expect(mails[0]!.subject).toMatch(/Immersion acceptée/)
        expect(accepted.body.convention).toMatchObject({
          hostName: expect.stringMatching(/^CCAS de Besançon/),
          tutorName: 'Nadia Ferreira',
          objective: 'decouvrir_metier',
          startDate: '2026-06-08',
        })

        // Tom's days overlap Inès's on an offer for one person at a time.
        const full = await host.post(`/api/metiers/recrutement/demandes-immersion/${tomRequest}/accepter`)
        expect(full.status).toBe(409)
        expect(full.body.message).toMatch(/Capacité atteinte/)
        expect((await host.get(`/api/metiers/recrutement/demandes-immersion/${tomRequest}`)).body.state).toBe(
          'demandee',
        )

        // The public sees the full days; a new request on them is refused at once.
        const open = await visitor.get(`/api/metiers/immersions/${offerId}`)
        expect(open.body.fullPeriods).toEqual([{ startDate: '2026-06-08', endDate: '2026-06-12' }])
        const lowered = await host.patch(`/api/metiers/recrutement/immersions/${offerId}`, {
          availableFrom: '2026-06-10',
        })
        expect(lowered.status).toBe(409)
        expect(lowered.body.fields[0].field).toBe('availableFrom')
      })

      it('refuses with a reason told to the person, shown in their space', async () => {
        const empty = await host.post(`/api/metiers/recrutement/demandes-immersion/${tomRequest}/refuser`, {
          reason: '  ',
        })
        expect(empty.status).toBe(400)
        expect(empty.body.fields[0].field).toBe('reason')
        const reason = 'Nous accueillons déjà une personne ces jours-là : redemandez à partir du 15 juin.'
        const { result, mails } = await newMails(() =>
          host.post(`/api/metiers/recrutement/demandes-immersion/${tomRequest}/refuser`, { reason }),
        )
        expect(result.status).toBe(200)
        expect(mails[0]).toMatchObject({ to: 'tom.roux@exemple.test' })
        expect(mails[0]!.text).toContain(reason)
        const mine = (await tom.get('/api/metiers/compte/immersions')).body[0]
        expect(mine).toMatchObject({ state: 'refusee', refusalReason: reason, canCancel: false })
        expect(
          (await host.post(`/api/metiers/recrutement/demandes-immersion/${tomRequest}/accepter`)).status,
        ).toBe(409)
      })

      it('asks for every missing field of the convention before printing it, then prints the same PDF each time', async () => {
        const path = `/api/metiers/recrutement/demandes-immersion/${inesRequest}`
        const early = await host.get(`${path}/convention.pdf`)
        expect(early.status).toBe(400)
        const missing = (early.body.fields as { field: string }[]).map((f) => f.field)
        expect(missing).toEqual(
          expect.arrayContaining([
            'beneficiaryBirthDate',
            'hostSignatory',
            'prescriberType',
            'insurance',
            'riskPrevention',
          ]),
        )
        expect(early.body.message).toMatch(/Date de naissance de la personne/)

        const wrongSiret = await host.patch(`${path}/convention`, { hostSiret: '12345' })
        expect(wrongSiret.status).toBe(400)
        expect(wrongSiret.body.fields[0].field).toBe('hostSiret')

        // The host's logo goes on the convention.
        const onePixel =
          'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAFAgJ/0vR8VAAAAABJRU5ErkJggg=='
        await t.database.db.owner
          .update(organisations)
          .set({ logoDataUrl: onePixel })
          .where(eq(organisations.id, t.tenantA.organisationId))
        const saved = await host.patch(`${path}/convention`, completeConvention)
        expect(saved.status, JSON.stringify(saved.body)).toBe(200)
        expect(saved.body.conventionMissing).toEqual([])

        const download = (client: TestClient, url: string) =>
          t.app.inject({
            method: 'GET',
            url,
            headers: { cookie: `lien_session=${client.cookie('lien_session')}` },
          })
        const raw = await download(host, `${path}/convention.pdf`)
        expect(raw.statusCode).toBe(200)
        expect(raw.headers['content-type']).toBe('application/pdf')
        expect(raw.headers['content-disposition']).toMatch(/convention-immersion-2026-06-08\.pdf/)
        const again = await download(host, `${path}/convention.pdf`)
        expect(Buffer.from(again.rawPayload).equals(Buffer.from(raw.rawPayload))).toBe(true)
        expect(Buffer.from(raw.rawPayload).toString('latin1')).toMatch(/\/Subtype \/Image/)
        const doc = await getDocumentProxy(new Uint8Array(raw.rawPayload))
        const { text } = await extractText(doc, { mergePages: true })
        for (const expected of [
          'Convention de mise en situation en milieu professionnel',
          'Inès Garnier',
          '11/02/1999',
          'CCAS de Besançon',
          '775 501 234 00014',
          'Nadia Ferreira, Aide-soignante référente',
          'Mission locale du Grand Besançon',
          'Élodie Prévôt',
          '[X] Découvrir un métier',
          'du lundi 8 juin 2026 au vendredi 12 juin 2026 (5 jours calendaires)',
          'Gestes et postures',
          'MAIF',
          'La structure prescriptrice',
          'Fait à Besançon',
        ])
          expect(text).toContain(expected)

        // The person it names downloads it too; nobody else.
        const hers = await download(ines, `/api/metiers/compte/immersions/${inesRequest}/convention.pdf`)
        expect(hers.statusCode).toBe(200)
        expect(Buffer.from(hers.rawPayload).equals(Buffer.from(raw.rawPayload))).toBe(true)
        expect((await tom.get(`/api/metiers/compte/immersions/${inesRequest}/convention.pdf`)).status).toBe(
          404,
        )
        expect((await otherHost.get(`${path}/convention.pdf`)).status).toBe(404)
        expect((await ines.get('/api/metiers/compte/immersions')).body[0].conventionReady).toBe(true)
      })

      it('reminds the person and the host the day before, once', async () => {
        const { result, mails } = await newMails(() =>
          sendImmersionReminders(
            { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' },
            new Date('2026-06-07T07:00:00+02:00'),
          ),
        )
        expect(result.immersions).toBeGreaterThanOrEqual(1)
        const toInes = mails.find((m) => m.to === 'ines.garnier@exemple.test')!
        expect(toInes.subject).toMatch(/commence demain/)
        expect(toInes.text).toContain('22 rue de la République')
        expect(mails.some((m) => m.to === t.tenantA.accounts.recruteur)).toBe(true)
        const { mails: twice } = await newMails(() =>
          sendImmersionReminders(
            { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' },
            new Date('2026-06-07T08:00:00+02:00'),
          ),
        )
        expect(twice.filter((m) => m.to === 'ines.garnier@exemple.test')).toEqual([])
      })

      it('records the outcome only after the end, and asks for it once', async () => {
        const path = `/api/metiers/recrutement/demandes-immersion/${inesRequest}/bilan`
        now = new Date('2026-06-10T10:00:00+02:00')
        const early = await host.post(path, {
          state: 'realisee',
          outcome: 'embauche',
          assessment: 'Très bien.',
        })
        expect(early.status).toBe(400)
        expect(early.body.fields[0].field).toBe('state')

        const jobDeps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }
        const { mails: asked } = await newMails(() =>
          askImmersionOutcomes(jobDeps, new Date('2026-06-13T08:00:00+02:00')),
        )
        const toHost = asked.filter((m) => m.to === t.tenantA.accounts.recruteur)
        expect(toHost).toHaveLength(1)
        expect(toHost[0]!.text).toContain(inesRequest)
        const { mails: again } = await newMails(() =>
          askImmersionOutcomes(jobDeps, new Date('2026-06-14T08:00:00+02:00')),
        )
        expect(again.filter((m) => m.text.includes(inesRequest))).toEqual([])

        now = new Date('2026-06-15T10:00:00+02:00')
        const noOutcome = await host.post(path, { state: 'realisee', assessment: 'Très bien.' })
        expect(noOutcome.status).toBe(400)
        expect(noOutcome.body.fields[0].field).toBe('outcome')
        const done = await host.post(path, {
          state: 'realisee',
          outcome: 'embauche',
          assessment: 'À l’aise avec les résidents ; recrutée en CDD.',
        })
        expect(done.status).toBe(200)
        expect(done.body).toMatchObject({ state: 'realisee', outcome: 'embauche' })
        expect((await ines.get('/api/metiers/compte/immersions')).body[0]).toMatchObject({
          state: 'realisee',
          outcome: 'embauche',
          canCancel: false,
        })
      })

      it('lets a candidate cancel a request still waiting, and tells the host', async () => {
        now = new Date('2026-06-15T10:00:00+02:00')
        const asked = await tom.post(
          `/api/metiers/immersions/${offerId}/demandes`,
          requestBody('2026-07-06', '2026-07-08', { firstName: 'Tom', lastName: 'Roux' }),
        )
        expect(asked.status).toBe(201)
        const { result, mails } = await newMails(() =>
          tom.post(`/api/metiers/compte/immersions/${asked.body.id}/annuler`),
        )
        expect(result.status).toBe(200)
        expect(result.body).toMatchObject({ state: 'annulee', canCancel: false })
        expect(mails.map((m) => m.to)).toContain(t.tenantA.accounts.recruteur)
        expect((await tom.post(`/api/metiers/compte/immersions/${asked.body.id}/annuler`)).status).toBe(409)
      })
    })
  },
)

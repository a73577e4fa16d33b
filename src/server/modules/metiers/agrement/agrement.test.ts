import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, addMonths, parisDate } from '../../../../shared/dates'
import { hashPassword } from '../../auth'
import { accounts } from '../../auth/auth.table'
import { memberships, organisations } from '../../organisations/organisations.table'
import { auditLog } from '../../../platform/audit'
import type { StoredMail } from '../../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { signedUpCandidate } from '../candidate-fixtures'
import { runAgrementDeadlines } from './agrement-deadlines'
import { agrementApplications, agrementMeetings, agrementSteps } from './agrement.table'

describe.each(databaseKinds)('the agrément of assistants familiaux (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-02T09:00:00+01:00')
  let worker: TestClient
  let director: TestClient
  let otherDirector: TestClient
  let ccasWorker: TestClient
  let visitor: TestClient
  let ainId: string
  let meetingId: string
  const domain = 'demo-lien.test'

  async function newMails<T>(act: () => Promise<T>): Promise<{ result: T; mails: StoredMail[] }> {
    const before = (await t.mailer.outbox()).length
    const result = await act()
    const all = await t.mailer.outbox()
    return { result, mails: all.slice(0, all.length - before) }
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    const owner = t.database.db.owner
    const [ain] = await owner
      .select()
      .from(organisations)
      .where(eq(organisations.name, 'Département de l’Ain'))
    ainId = ain!.id
    // A second département, with its own direction.
    const [other] = await owner
      .insert(organisations)
      .values({ kind: 'departement', name: 'Département des Hauts-de-Seine', communeInsee: '92050' })
      .returning()
    const [account] = await owner
      .insert(accounts)
      .values({
        email: `direction@hauts-de-seine.test`,
        displayName: 'Direction 92',
        passwordHash: await hashPassword(t.tenantA.password),
      })
      .returning()
    await owner
      .insert(memberships)
      .values({ organisationId: other!.id, accountId: account!.id, roles: ['direction'] })
    worker = await t.signIn(`agrement@ain.${domain}`)
    director = await t.signIn(`agrement-direction@ain.${domain}`)
    otherDirector = await t.signIn('direction@hauts-de-seine.test')
    ccasWorker = await t.signIn(t.tenantA.accounts.travailleur_social)
    visitor = await t.anonymous().init()
    const [meeting] = await owner
      .insert(agrementMeetings)
      .values({
        organisationId: ainId,
        startsAt: new Date('2026-03-20T14:00:00+01:00'),
        mode: 'presentiel',
        address: '45 avenue Alsace-Lorraine',
        postcode: '01000',
        commune: 'Bourg-en-Bresse',
        capacity: 2,
        visioUrl: null,
      })
      .returning()
    meetingId = meeting!.id
  })
  afterAll(async () => t?.close())

  const registration = {
    firstName: 'Amandine',
    lastName: 'Favre',
    email: 'amandine.favre@exemple.test',
    postcode: '01000',
    commune: 'Bourg-en-Bresse',
    consent: true,
  }

  describe('information meetings', () => {
    it('lists the coming meetings publicly, with the places left and no visio link', async () => {
      const res = await visitor.get('/api/metiers/agrement/reunions')
      expect(res.status).toBe(200)
      const mine = res.body.find((m: { id: string }) => m.id === meetingId)
      expect(mine).toMatchObject({
        departement: 'Département de l’Ain',
        placesLeft: 2,
        commune: 'Bourg-en-Bresse',
      })
      expect(JSON.stringify(res.body)).not.toContain('visio.ain.fr')
    })

    it('registers someone, opens their file and e-mails the meeting; a second time adds nothing', async () => {
      const { result, mails } = await newMails(() =>
        visitor.post(`/api/metiers/agrement/reunions/${meetingId}/inscriptions`, registration),
      )
      expect(result.status, JSON.stringify(result.body)).toBe(201)
      expect(result.body).toMatchObject({ alreadyRegistered: false, meeting: { placesLeft: 1 } })
      expect(mails).toHaveLength(1)
      expect(mails[0]!.to).toBe(registration.email)
      expect(mails[0]!.subject).not.toContain('Favre')
      expect(mails[0]!.text).toContain('45 avenue Alsace-Lorraine')

      const again = await visitor.post(
        `/api/metiers/agrement/reunions/${meetingId}/inscriptions`,
        registration,
      )
      expect(again.status).toBe(201)
      expect(again.body.alreadyRegistered).toBe(true)

      const files = await t.database.db.owner
        .select()
        .from(agrementApplications)
        .where(eq(agrementApplications.email, registration.email))
      expect(files).toHaveLength(1)
      expect(files[0]).toMatchObject({ organisationId: ainId, step: 'demande_information' })
    })

    it('refuses a full meeting, an unknown one and bad input, in French, naming the field', async () => {
      const second = await visitor.post(`/api/metiers/agrement/reunions/${meetingId}/inscriptions`, {
        ...registration,
        email: 'second@exemple.test',
      })
      expect(second.status).toBe(201)
      const full = await visitor.post(`/api/metiers/agrement/reunions/${meetingId}/inscriptions`, {
        ...registration,
        email: 'troisieme@exemple.test',
      })
      expect(full.status).toBe(409)
      expect(full.body.message).toMatch(/complète/)
      const unknown = await visitor.post(
        `/api/metiers/agrement/reunions/0190a0a0-0000-7000-8000-000000000000/inscriptions`,
        registration,
      )
      expect(unknown.status).toBe(404)
      const bad = await visitor.post(`/api/metiers/agrement/reunions/${meetingId}/inscriptions`, {
        ...registration,
        postcode: '1000',
        consent: false,
      })
      expect(bad.status).toBe(400)
      const fields = bad.body.fields.map((f: { field: string }) => f.field)
      expect(fields).toEqual(expect.arrayContaining(['postcode', 'consent']))
      expect(bad.body.fields.find((f: { field: string }) => f.field === 'postcode').message).toMatch(
        /code postal/i,
      )
    })

    it('records attendance once the meeting took place, adding the step to the file', async () => {
      const detail = await worker.get(`/api/metiers/agrement/seances/${meetingId}`)
      expect(detail.status).toBe(200)
      const reg = detail.body.registrations.find((r: { lastName: string }) => r.lastName === 'Favre')
      const early = await worker.post(`/api/metiers/agrement/seances/${meetingId}/presences`, {
        registrationId: reg.id,
        attended: true,
      })
      expect(early.status).toBe(400)
      now = new Date('2026-03-21T09:00:00+01:00')
      const done = await worker.post(`/api/metiers/agrement/seances/${meetingId}/presences`, {
        registrationId: reg.id,
        attended: true,
      })
      expect(done.status).toBe(200)
      const file = await worker.get(`/api/metiers/agrement/dossiers/${reg.applicationId}`)
      expect(file.body.stage).toBe('reunion_information')
      expect(file.body.history.map((h: { kind: string; on: string }) => [h.kind, h.on])).toContainEqual([
        'reunion_information',
        '2026-03-20',
      ])
      const other = await otherDirector.get(`/api/metiers/agrement/seances/${meetingId}`)
      expect(other.status).toBe(404)
    })
  })

  describe('a file from the request to the decision', () => {
    let fileId: string
    const candidateEmail = 'ines.rolland@exemple.test'
    const fields = {
      firstName: 'Inès',
      lastName: 'Rolland',
      email: candidateEmail,
      postcode: '01000',
      commune: 'Bourg-en-Bresse',
      address: '3 rue Bourgmayer',
      household: [{ relation: 'Conjoint', birthYear: 1980 }],
      housingType: 'maison',
      housingRooms: 5,
      housingSpareRooms: 2,
      currentJob: 'Auxiliaire de vie',
      motivation: 'Accueillir des enfants dans une maison calme.',
      childrenWished: 2,
      agesWishedMin: 3,
      agesWishedMax: 12,
    }

    it('opens a file; the other département, a CCAS and a recruiter cannot reach it', async () => {
      const created = await worker.post('/api/metiers/agrement/dossiers', fields)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      fileId = created.body.id
      expect((await otherDirector.get(`/api/metiers/agrement/dossiers/${fileId}`)).status).toBe(404)
      expect((await ccasWorker.get(`/api/metiers/agrement/dossiers/${fileId}`)).status).toBe(403)
      expect((await ccasWorker.get('/api/metiers/agrement/dossiers')).status).toBe(403)
      const recruiter = await t.signIn(t.tenantA.accounts.recruteur)
      expect((await recruiter.get('/api/metiers/agrement/dossiers')).status).toBe(403)
      expect((await visitor.get(`/api/metiers/agrement/dossiers/${fileId}`)).status).toBe(401)
      const otherPipeline = await otherDirector.get('/api/metiers/agrement/dossiers')
      expect(JSON.stringify(otherPipeline.body)).not.toContain(fileId)
    })

    it('refuses ages upside down and a bad e-mail, naming the field; nothing is saved', async () => {
      const bad = await worker.post('/api/metiers/agrement/dossiers', {
        ...fields,
        email: 'pas-une-adresse',
        agesWishedMin: 15,
        agesWishedMax: 3,
      })
      expect(bad.status).toBe(400)
      expect(bad.body.fields.map((f: { field: string }) => f.field)).toContain('email')
      const count = await t.database.db.owner
        .select()
        .from(agrementApplications)
        .where(eq(agrementApplications.email, 'pas-une-adresse'))
      expect(count).toHaveLength(0)
    })

    it('declares the file complete only once deposited with its documents; the delay starts and the candidate is told', async () => {
      const tooSoon = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/etapes`, {
        kind: 'dossier_complet',
        on: '2026-03-20',
      })
      expect(tooSoon.status).toBe(400)
      expect(tooSoon.body.message).toMatch(/dépôt/)
      expect(
        (
          await worker.post(`/api/metiers/agrement/dossiers/${fileId}/etapes`, {
            kind: 'dossier_depose',
            on: '2026-03-18',
          })
        ).status,
      ).toBe(201)
      const missing = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/etapes`, {
        kind: 'dossier_complet',
        on: '2026-03-20',
      })
      expect(missing.status).toBe(400)
      expect(missing.body.message).toMatch(/Pièces manquantes/)
      const future = await worker.request('PUT', `/api/metiers/agrement/dossiers/${fileId}/pieces`, {
        documents: { cerfa_13395: '2026-04-01' },
      })
      expect(future.status).toBe(400)
      const docs = await worker.request('PUT', `/api/metiers/agrement/dossiers/${fileId}/pieces`, {
        documents: {
          cerfa_13395: '2026-03-18',
          piece_identite: '2026-03-18',
          certificat_medical: '2026-03-19',
        },
      })
      expect(docs.status, JSON.stringify(docs.body)).toBe(200)
      const { result, mails } = await newMails(() =>
        worker.post(`/api/metiers/agrement/dossiers/${fileId}/etapes`, {
          kind: 'dossier_complet',
          on: '2026-03-20',
        }),
      )
      expect(result.status).toBe(201)
      expect(mails).toHaveLength(1)
      expect(mails[0]!.text).toContain(
        'Sans réponse au 20 juillet 2026, votre agrément est accordé tacitement',
      )
      const file = await worker.get(`/api/metiers/agrement/dossiers/${fileId}`)
      expect(file.body).toMatchObject({
        stage: 'dossier_complet',
        completeOn: '2026-03-20',
        legalDelay: {
          dueOn: '2026-07-20',
          extended: false,
          silenceMeans: 'agrement_tacite',
          tacitOn: '2026-07-21',
        },
        abilities: { decide: false, extend: false },
      })
    })

    it('lets the candidate see the due date in their space once signed in with the same address', async () => {
      const candidate = await signedUpCandidate(t, candidateEmail)
      const res = await candidate.get('/api/metiers/compte/agrement')
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body).toHaveLength(1)
      expect(res.body[0]).toMatchObject({
        departement: 'Département de l’Ain',
        stage: 'dossier_complet',
        nextStage: 'evaluation',
        legalDelay: { dueOn: '2026-07-20', silenceMeans: 'agrement_tacite' },
      })
      // Oldest first: the deposit was recorded after the fact, on its own date.
      expect(res.body[0].steps.map((s: { kind: string; on: string }) => [s.kind, s.on])).toEqual([
        ['dossier_depose', '2026-03-18'],
        ['dossier_complet', '2026-03-20'],
        ['demande_information', '2026-03-21'],
      ])
      const stranger = await signedUpCandidate(t, 'quelquun.dautre@exemple.test')
      expect((await stranger.get('/api/metiers/compte/agrement')).body).toEqual([])
      const [read] = await t.database.db.owner
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entityId, fileId),
            eq(auditLog.action, 'read'),
            eq(auditLog.entityType, 'agrement_application'),
          ),
        )
      expect(read).toBeDefined()
    })

    it('extends the delay once, by the direction, with a motive', async () => {
      now = new Date('2026-06-01T10:00:00+02:00')
      const byWorker = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/prolongation`, {
        on: '2026-06-01',
        motive: 'Visite à domicile reportée.',
      })
      expect(byWorker.status).toBe(403)
      const noMotive = await director.post(`/api/metiers/agrement/dossiers/${fileId}/prolongation`, {
        on: '2026-06-01',
        motive: 'court',
      })
      expect(noMotive.status).toBe(400)
      expect(noMotive.body.fields[0].field).toBe('motive')
      const ok = await director.post(`/api/metiers/agrement/dossiers/${fileId}/prolongation`, {
        on: '2026-06-01',
        motive: 'Visite à domicile reportée à la demande de la famille.',
      })
      expect(ok.status).toBe(201)
      const twice = await director.post(`/api/metiers/agrement/dossiers/${fileId}/prolongation`, {
        on: '2026-06-01',
        motive: 'Une seconde prolongation, impossible.',
      })
      expect(twice.status).toBe(400)
      const file = await director.get(`/api/metiers/agrement/dossiers/${fileId}`)
      expect(file.body.legalDelay).toMatchObject({ dueOn: '2026-09-20', extended: true })
      expect(file.body.history.find((h: { kind: string }) => h.kind === 'prolongation').motive).toMatch(
        /reportée/,
      )
    })

    it('records an evaluation step, then the decision with the number of children; the letter is a PDF', async () => {
      expect(
        (
          await worker.post(`/api/metiers/agrement/dossiers/${fileId}/etapes`, {
            kind: 'visite_domicile',
            on: '2026-05-10',
            note: 'Maison adaptée.',
          })
        ).status,
      ).toBe(201)
      const byWorker = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/decision`, {
        kind: 'agrement',
        on: '2026-06-01',
        children: 2,
      })
      expect(byWorker.status).toBe(403)
      const noChildren = await director.post(`/api/metiers/agrement/dossiers/${fileId}/decision`, {
        kind: 'agrement',
        on: '2026-06-01',
      })
      expect(noChildren.status).toBe(400)
      expect(noChildren.body.fields[0].field).toBe('children')
      const decided = await director.post(`/api/metiers/agrement/dossiers/${fileId}/decision`, {
        kind: 'agrement',
        on: '2026-06-01',
        children: 2,
        ageMin: 3,
        ageMax: 12,
      })
      expect(decided.status, JSON.stringify(decided.body)).toBe(201)
      const again = await director.post(`/api/metiers/agrement/dossiers/${fileId}/decision`, {
        kind: 'refus',
        on: '2026-06-01',
        motive: 'Changement d’avis impossible.',
      })
      expect(again.status).toBe(400)
      const file = await director.get(`/api/metiers/agrement/dossiers/${fileId}`)
      expect(file.body).toMatchObject({
        decision: 'agrement',
        approvedChildren: 2,
        validUntil: '2031-06-01',
        stage: 'decision',
      })
      expect(file.body.legalDelay.lapsed).toBe(false)
      const letter = await director.get(`/api/metiers/agrement/dossiers/${fileId}/decision.pdf`)
      expect(letter.status).toBe(200)
      expect(letter.headers['content-type']).toBe('application/pdf')
      expect(String(letter.body).startsWith('%PDF')).toBe(true)
    })

    it('counts the training hours', async () => {
      const res = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/formation`, {
        phase: 'preparatoire',
        title: 'Stage préparatoire',
        on: '2026-06-01',
        hours: 30,
      })
      expect(res.status).toBe(201)
      const tooMany = await worker.post(`/api/metiers/agrement/dossiers/${fileId}/formation`, {
        phase: 'deaf',
        title: 'Module',
        on: '2026-06-01',
        hours: 500,
      })
      expect(tooMany.status).toBe(400)
      const file = await worker.get(`/api/metiers/agrement/dossiers/${fileId}`)
      expect(file.body.training).toMatchObject({
        preparatoryDone: 30,
        preparatoryRequired: 60,
        deafDone: 0,
        deafRequired: 240,
      })
      expect(file.body.stage).toBe('formation')
    })
  })

  describe('the daily job', () => {
    it('reminds agents 30 then 7 days before, and writes down the tacit agrément the day after the due date', async () => {
      const owner = t.database.db.owner
      now = new Date('2026-07-01T06:00:00+02:00')
      const completeOn = '2026-03-05'
      const created = await worker.post('/api/metiers/agrement/dossiers', {
        firstName: 'Hugo',
        lastName: 'Bernard',
        email: 'hugo.bernard@exemple.test',
        postcode: '01000',
        commune: 'Bourg-en-Bresse',
        childrenWished: 1,
      })
      const id = created.body.id as string
      await owner
        .update(agrementApplications)
        .set({ completeOn, decisionDueOn: '2026-07-05', step: 'evaluation' })
        .where(eq(agrementApplications.id, id))
      const deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }

      const first = await newMails(() => runAgrementDeadlines(deps, now))
      const [row] = await owner.select().from(agrementApplications).where(eq(agrementApplications.id, id))
      expect(row!.reminder7SentAt).not.toBeNull()
      const toWorker = first.mails.filter(
        (m) => m.to === `agrement@ain.${domain}` && m.subject.includes('7 jours'),
      )
      expect(toWorker.length).toBeGreaterThan(0)
      expect(toWorker[0]!.text).not.toContain('Bernard')
      const second = await newMails(() => runAgrementDeadlines(deps, now))
      expect(
        second.mails.filter((m) => m.subject.includes('7 jours') && m.to === `agrement@ain.${domain}`),
      ).toHaveLength(0)

      now = new Date(new Date('2026-07-06T06:00:00+02:00').getTime())
      const lapsed = await newMails(() => runAgrementDeadlines(deps, now))
      expect(lapsed.result.tacit).toBeGreaterThanOrEqual(1)
      const [after] = await owner.select().from(agrementApplications).where(eq(agrementApplications.id, id))
      expect(after).toMatchObject({
        decision: 'agrement_tacite',
        decisionOn: '2026-07-06',
        step: 'decision',
        approvedChildren: 1,
        validUntil: '2031-07-06',
      })
      const steps = await owner.select().from(agrementSteps).where(eq(agrementSteps.applicationId, id))
      expect(steps.map((s) => s.kind)).toContain('agrement_tacite')
      expect(lapsed.mails.find((m) => m.to === 'hugo.bernard@exemple.test')!.text).toMatch(
        /accordé tacitement/,
      )
      // Run again: nothing more happens.
      const again = await runAgrementDeadlines(deps, now)
      expect(again.tacit).toBe(0)
    })

    it('shows the demo candidate the tacit-approval date of a file near its due date', async () => {
      now = new Date()
      const client = await t.signIn(`candidat.agrement@${domain}`)
      const res = await client.get('/api/metiers/compte/agrement')
      expect(res.status).toBe(200)
      const today = parisDate(now)
      expect(res.body[0].legalDelay.dueOn).toBe(addMonths(addDays(addMonths(today, -4), 12), 4))
      expect(res.body[0].legalDelay.daysLeft).toBeLessThanOrEqual(12)
      expect(res.body[0].legalDelay.daysLeft).toBeGreaterThan(0)
    })
  })
})

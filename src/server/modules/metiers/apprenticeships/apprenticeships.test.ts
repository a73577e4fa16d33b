import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../platform/audit'
import type { StoredMail } from '../../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { signedUpCandidate } from '../candidate-fixtures'
import { jobProfiles } from '../fiches.table'
import { apprenticeshipMatches, apprenticeshipSeats } from './apprenticeships.table'
import { runApprenticeshipMatching, sendApprenticeshipMatchMails } from './match-mails'

const SEATS = '/api/metiers/recrutement/apprentissage'
const SPACE = '/api/metiers/compte/apprentissage'

describe.each(databaseKinds)('apprenticeship matching (%s)', (kind) => {
  let t: TestApp
  const now = new Date('2026-05-04T09:00:00+02:00')
  let recruiter: TestClient
  let otherRecruiter: TestClient
  let agent: TestClient
  let candidate: TestClient
  let stranger: TestClient
  let recruiterEmail: string
  let aideSoignant: string
  let auxPuer: string
  const candidateEmail = 'apprentie.lea@exemple.test'

  const seatBody = (over: Record<string, unknown> = {}) => ({
    jobId: aideSoignant,
    title: 'Apprenti·e aide-soignant·e en EHPAD',
    description: 'Accompagner les résidents au quotidien, avec une tutrice.',
    address: '12 avenue de la Paix',
    postcode: '25000',
    commune: 'Besançon',
    startMonth: '2026-09',
    durationMonths: 12,
    diploma: 'Diplôme d’État d’aide-soignant (DEAS)',
    trainingCentreIds: [],
    tutorName: 'Martine Vernier',
    tutorJob: 'Infirmière coordinatrice',
    seats: 2,
    ...over,
  })

  const requestBody = (over: Record<string, unknown> = {}) => ({
    jobIds: [aideSoignant],
    postcode: '25000',
    commune: 'Besançon',
    mobilityKm: 20,
    startMonth: '2026-09',
    presentation: 'J’ai fait un stage en EHPAD et je veux devenir aide-soignante.',
    ...over,
  })

  /** Mails to an address arriving after `before`, waiting a little for those sent once an answer left. */
  async function mailsTo(to: string, before: number, atLeast = 1): Promise<StoredMail[]> {
    for (let i = 0; i < 50; i++) {
      const all = await t.mailer.outbox()
      const found = all.slice(0, all.length - before).filter((m) => m.to === to)
      if (found.length >= atLeast) return found
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return []
  }
  const outboxSize = async () => (await t.mailer.outbox()).length

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    recruiter = await t.signIn(t.tenantA.accounts.recruteur)
    recruiterEmail = t.tenantA.accounts.recruteur
    otherRecruiter = await t.signIn(t.tenantB.accounts.recruteur)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    candidate = await signedUpCandidate(t, candidateEmail, { firstName: 'Léa', lastName: 'Moreau' })
    stranger = await signedUpCandidate(t, 'autre.candidat@exemple.test', {
      firstName: 'Paul',
      lastName: 'Roy',
    })
    const fiches = await t.database.db.owner.select().from(jobProfiles)
    aideSoignant = fiches.find((f) => f.slug === 'aide-soignant')!.id
    auxPuer = fiches.find((f) => f.codeRome.startsWith('K13') || f.codeRome.startsWith('K12'))!.id
  }, 120_000)
  afterAll(async () => t?.close())

  describe('bad input and access', () => {
    it('refuses a bad seat in French naming the field, and saves nothing', async () => {
      const before = await t.database.db.owner.select().from(apprenticeshipSeats)
      const short = await recruiter.post(SEATS, seatBody({ durationMonths: 3 }))
      expect(short.status).toBe(400)
      expect(short.body.message).toMatch(/6 mois au moins/)
      expect(JSON.stringify(short.body.fields)).toContain('durationMonths')
      const month = await recruiter.post(SEATS, seatBody({ startMonth: 'septembre' }))
      expect(month.status).toBe(400)
      expect(month.body.message).toMatch(/AAAA-MM/)
      const past = await recruiter.post(SEATS, seatBody({ startMonth: '2025-09' }))
      expect(past.status).toBe(400)
      expect(past.body.message).toMatch(/Ce mois est passé/)
      const unknownJob = await recruiter.post(
        SEATS,
        seatBody({ jobId: '018f0000-0000-7000-8000-000000000000' }),
      )
      expect(unknownJob.status).toBe(400)
      expect(unknownJob.body.message).toMatch(/Fiche métier/)
      expect(await t.database.db.owner.select().from(apprenticeshipSeats)).toHaveLength(before.length)
    })

    it('refuses a request without mobility, or a time without a travel mode', async () => {
      const none = await candidate.request('PUT', SPACE, requestBody({ mobilityKm: null }))
      expect(none.status).toBe(400)
      expect(none.body.message).toMatch(/jusqu’où vous pouvez aller/)
      const noMode = await candidate.request(
        'PUT',
        SPACE,
        requestBody({ mobilityKm: null, mobilityMinutes: 30 }),
      )
      expect(noMode.status).toBe(400)
      expect(noMode.body.message).toMatch(/moyen de transport/)
      expect((await candidate.get(SPACE)).body.request).toBeNull()
    })

    it('lets only recruiters and administrators write seats; candidates’ routes need an account', async () => {
      expect((await agent.post(SEATS, seatBody())).status).toBe(403)
      expect((await agent.get(SEATS)).status).toBe(403)
      expect((await t.anonymous().get(SPACE)).status).toBe(401)
      const anonymous = await t.anonymous().init()
      expect((await anonymous.request('PUT', SPACE, requestBody())).status).toBe(401)
    })
  })

  describe('a seat and a request are matched, both ways, and both sides are told once', () => {
    let seatId: string
    let contactId: string

    it('publishes a seat, located at its address', async () => {
      const created = await recruiter.post(SEATS, seatBody())
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(created.body.state).toBe('brouillon')
      expect(created.body.latitude).toBeCloseTo(47.2466, 2)
      seatId = created.body.id
      // A draft is the employer's alone.
      expect((await t.anonymous().get(`/api/metiers/apprentissage/places/${seatId}`)).status).toBe(404)
      const published = await recruiter.post(`${SEATS}/${seatId}/etat`, { state: 'publiee' })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      const open = await t.anonymous().get(`/api/metiers/apprentissage/places/${seatId}`)
      expect(open.status).toBe(200)
      expect(JSON.stringify(open.body)).not.toContain('Martine Vernier')
      expect(open.body.tutorJob).toBe('Infirmière coordinatrice')
      const near = await t.anonymous().get('/api/metiers/apprentissage/places?lieu=Besancon&rayon=10')
      expect(near.status).toBe(200)
      expect(near.body.seats.map((s: { id: string }) => s.id)).toContain(seatId)
    })

    it('gives the candidate the seat with its reasons, and the employer the request without identity', async () => {
      const before = await outboxSize()
      const saved = await candidate.request('PUT', SPACE, requestBody())
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
      expect(saved.body.request.mobility).toBe('20 km')
      const match = saved.body.matches.find((m: { seat: { id: string } }) => m.seat.id === seatId)
      expect(match, 'la place parmi les correspondances').toBeDefined()
      expect(match.reasons).toContain('même métier que votre demande')
      expect(match.reasons).toContain('début : septembre pour les deux')
      expect(match.reasons.some((r: string) => /^à [\d,]+ km \(vous acceptez 20 km\)$/.test(r))).toBe(true)

      const seen = await recruiter.get(`${SEATS}/${seatId}`)
      expect(seen.status).toBe(200)
      const request = seen.body.matches.find(
        (m: { request: { initial: string } }) => m.request.initial === 'L.',
      )
      expect(request, 'la demande parmi les correspondances de la place').toBeDefined()
      expect(request.request.commune).toBe('Besançon')
      const text = JSON.stringify(seen.body)
      for (const secret of ['Léa', 'Moreau', candidateEmail]) expect(text).not.toContain(secret)
      const audited = await t.database.db.owner
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'apprenticeship_request'), eq(auditLog.action, 'read')))
      expect(audited.some((a) => a.entityId === request.request.id)).toBe(true)

      // Both sides are told by e-mail once the answer has left.
      const [toCandidate] = await mailsTo(candidateEmail, before)
      expect(toCandidate?.subject).toMatch(/place d’apprentissage correspond/)
      expect(toCandidate?.text).toContain('/metiers/compte/apprentissage')
      const [toRecruiter] = await mailsTo(recruiterEmail, before)
      expect(toRecruiter?.subject).toMatch(/demande d’apprentissage correspond/)
      expect(toRecruiter?.text).not.toContain('Moreau')
    })

    it('does not tell anyone twice, even after everything is matched again', async () => {
      const before = await outboxSize()
      const run = await runApprenticeshipMatching(
        { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' },
        now,
      )
      expect(run.pairs).toBeGreaterThanOrEqual(1)
      expect(run.candidates).toBe(0)
      expect(run.employers).toBe(0)
      const again = await sendApprenticeshipMatchMails(
        { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' },
        now,
      )
      expect(again).toEqual({ candidates: 0, employers: 0 })
      expect(await outboxSize()).toBe(before)
      const stored = await t.database.db.owner
        .select()
        .from(apprenticeshipMatches)
        .where(eq(apprenticeshipMatches.seatId, seatId))
      expect(stored).toHaveLength(1)
    })

    it('hides another tenant’s seat and someone else’s request', async () => {
      expect((await otherRecruiter.get(`${SEATS}/${seatId}`)).status).toBe(404)
      expect((await otherRecruiter.post(`${SEATS}/${seatId}/etat`, { state: 'retiree' })).status).toBe(404)
      const theirs = await otherRecruiter.get(SEATS)
      expect(theirs.body.map((s: { id: string }) => s.id)).not.toContain(seatId)
      expect((await stranger.get(SPACE)).body.request).toBeNull()
    })

    it('opens a conversation only once the employer accepts the candidate’s contact request', async () => {
      const before = await outboxSize()
      const asked = await candidate.post(`${SPACE}/places/${seatId}/contact`, {
        message: 'Bonjour, votre place m’intéresse beaucoup.',
      })
      expect(asked.status, JSON.stringify(asked.body)).toBe(201)
      contactId = asked.body.id
      expect(asked.body.state).toBe('demandee')
      expect(asked.body.canWrite).toBe(false)
      const [notice] = await mailsTo(recruiterEmail, before)
      expect(notice?.subject).toMatch(/Demande de contact/)
      expect(notice?.text).not.toContain('m’intéresse')

      const pending = await recruiter.get(`${SEATS}/contacts/${contactId}`)
      expect(pending.status).toBe(200)
      expect(pending.body.candidate).toBeNull()
      expect(pending.body.canAnswer).toBe(true)
      expect(pending.body.messages[0].body).toBe('Bonjour, votre place m’intéresse beaucoup.')
      expect(
        (await recruiter.post(`${SEATS}/contacts/${contactId}/messages`, { body: 'Trop tôt' })).status,
      ).toBe(409)
      // Only the side asked answers.
      expect((await candidate.post(`${SPACE}/contacts/${contactId}/reponse`, { accept: true })).status).toBe(
        409,
      )
      // Nobody else sees it.
      expect((await otherRecruiter.get(`${SEATS}/contacts/${contactId}`)).status).toBe(404)
      expect((await stranger.get(`${SPACE}/contacts/${contactId}`)).status).toBe(404)

      const accepted = await recruiter.post(`${SEATS}/contacts/${contactId}/reponse`, { accept: true })
      expect(accepted.status).toBe(200)
      expect(accepted.body.candidate).toMatchObject({
        firstName: 'Léa',
        lastName: 'Moreau',
        email: candidateEmail,
      })
      const [told] = await mailsTo(candidateEmail, before)
      expect(told?.subject).toMatch(/Contact accepté/)
    })

    it('carries messages both ways, with notices that never hold the message', async () => {
      const before = await outboxSize()
      const fromEmployer = await recruiter.post(`${SEATS}/contacts/${contactId}/messages`, {
        body: 'Pouvez-vous venir jeudi à 14 h ?',
      })
      expect(fromEmployer.status).toBe(201)
      const [notice] = await mailsTo(candidateEmail, before)
      expect(notice?.subject).toMatch(/Nouveau message/)
      expect(notice?.text).not.toContain('jeudi')
      const reply = await candidate.post(`${SPACE}/contacts/${contactId}/messages`, {
        body: 'Oui, avec plaisir.',
      })
      expect(reply.status).toBe(201)
      expect(reply.body.messages.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([
        ['Bonjour, votre place m’intéresse beaucoup.', true],
        ['Pouvez-vous venir jeudi à 14 h ?', false],
        ['Oui, avec plaisir.', true],
      ])
      const audited = await t.database.db.owner
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityType, 'apprenticeship_message'))
      expect(audited.length).toBeGreaterThanOrEqual(2)
      expect(JSON.stringify(audited)).not.toContain('jeudi')
    })

    it('records the outcome, by the employer only', async () => {
      expect(
        (await otherRecruiter.post(`${SEATS}/contacts/${contactId}/issue`, { outcome: 'contrat_signe' }))
          .status,
      ).toBe(404)
      const closed = await recruiter.post(`${SEATS}/contacts/${contactId}/issue`, {
        outcome: 'contrat_signe',
      })
      expect(closed.status).toBe(200)
      expect(closed.body).toMatchObject({ state: 'close', outcome: 'contrat_signe', canWrite: false })
      expect(
        (await candidate.post(`${SPACE}/contacts/${contactId}/messages`, { body: 'Merci !' })).status,
      ).toBe(409)
    })

    it('reveals nothing when the candidate refuses an employer’s contact', async () => {
      const second = await recruiter.post(SEATS, seatBody({ title: 'Apprenti·e aide-soignant·e à domicile' }))
      await recruiter.post(`${SEATS}/${second.body.id}/etat`, { state: 'publiee' })
      const detail = await recruiter.get(`${SEATS}/${second.body.id}`)
      const requestId = detail.body.matches[0].request.id
      const offered = await recruiter.post(`${SEATS}/${second.body.id}/contacts`, {
        requestId,
        message: 'Notre service d’aide à domicile vous accueillerait volontiers.',
      })
      expect(offered.status, JSON.stringify(offered.body)).toBe(201)
      expect(
        (await recruiter.post(`${SEATS}/${second.body.id}/contacts`, { requestId, message: 'Encore' }))
          .status,
      ).toBe(409)
      const refused = await candidate.post(`${SPACE}/contacts/${offered.body.id}/reponse`, { accept: false })
      expect(refused.status).toBe(200)
      expect(refused.body.state).toBe('refusee')
      const seen = await recruiter.get(`${SEATS}/contacts/${offered.body.id}`)
      expect(seen.body.candidate).toBeNull()
      expect(JSON.stringify(seen.body)).not.toContain('Moreau')
    })

    it('stops matching while the request is paused, and again once active', async () => {
      const paused = await candidate.post(`${SPACE}/etat`, { state: 'en_pause' })
      expect(paused.status).toBe(200)
      expect(paused.body.matches).toEqual([])
      expect((await recruiter.get(`${SEATS}/${seatId}`)).body.matches).toEqual([])
      const back = await candidate.post(`${SPACE}/etat`, { state: 'active' })
      expect(back.body.matches.length).toBeGreaterThanOrEqual(1)
    })

    it('matches a time by a travel mode, and a neighbouring job by its family', async () => {
      const saved = await stranger.request(
        'PUT',
        SPACE,
        requestBody({
          jobIds: [auxPuer],
          mobilityKm: null,
          mobilityMinutes: 20,
          travelMode: 'velo',
          startMonth: '2026-11',
        }),
      )
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
      expect(saved.body.request.mobility).toBe('20 min à vélo')
    })
  })
})

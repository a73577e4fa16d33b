import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../platform/audit'
import type { StoredMail } from '../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import {
  followTokenIn,
  insertOffer,
  sampleDocx,
  sampleExe,
  sampleOdt,
  samplePdf,
} from './application-fixtures'
import { signedUpCandidate } from './candidate-fixtures'

const DAY_MS = 86_400_000
const octets = { headers: { 'content-type': 'application/octet-stream' } }

const candidate = {
  firstName: 'Samia',
  lastName: 'Benali',
  email: 'samia.benali@exemple.test',
  phone: '06 12 34 56 78',
  message: 'Aide-soignante depuis six ans, je cherche un poste de nuit près de Besançon.',
  consent: true,
}

describe.each(databaseKinds)('applying to an offer and the recruiters’ pipeline (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-05-04T09:00:00+02:00')
  let visitor: TestClient
  let recruiter: TestClient
  let otherRecruiter: TestClient
  let offer: { id: string; slug: string; title: string }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    visitor = await t.anonymous().init()
    recruiter = await t.signIn(t.tenantA.accounts.recruteur)
    otherRecruiter = await t.signIn(t.tenantB.accounts.recruteur)
    offer = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
      title: 'Aide-soignant de nuit',
      now,
    })
  })
  afterAll(async () => t?.close())

  async function newMails<T>(act: () => Promise<T>): Promise<{ result: T; mails: StoredMail[] }> {
    const before = (await t.mailer.outbox()).length
    const result = await act()
    const all = await t.mailer.outbox()
    return { result, mails: all.slice(0, all.length - before) }
  }

  const upload = (client: TestClient, bytes: Buffer, fileName = 'cv.pdf') =>
    client.request('POST', `/api/metiers/cv?fileName=${encodeURIComponent(fileName)}`, bytes, octets)

  async function apply(body: Record<string, unknown> = candidate, slug = offer.slug) {
    const { result, mails } = await newMails(() =>
      visitor.post(`/api/metiers/offres/${slug}/candidatures`, body),
    )
    return { res: result, mails }
  }

  describe('the CV', () => {
    it('refuses a text file renamed .pdf, a program and a file over 10 MB, in French', async () => {
      const text = await upload(visitor, Buffer.from('Mon CV : aide-soignante, 6 ans.', 'utf8'), 'cv.pdf')
      expect(text.status).toBe(415)
      expect(text.body.message).toMatch(
        /ni un PDF, ni un document Word \(DOCX\), ni un document OpenDocument/,
      )

      const exe = await upload(visitor, sampleExe(), 'cv.exe')
      expect(exe.status).toBe(415)
      expect(exe.body.message).toMatch(/son contenu a été vérifié, pas seulement son nom/)

      const big = Buffer.concat([samplePdf(), Buffer.alloc(10 * 1024 * 1024 + 1 - samplePdf().length, 0x20)])
      const tooBig = await upload(visitor, big, 'cv.pdf')
      expect(tooBig.status).toBe(413)
      expect(tooBig.body.message).toMatch(/10 Mo au plus/)

      const empty = await upload(visitor, Buffer.alloc(0), 'cv.pdf')
      expect(empty.status).toBe(400)
    })

    it('takes a PDF, a Word document and an OpenDocument text, and signs what it checked', async () => {
      for (const [bytes, type] of [
        [samplePdf(), 'application/pdf'],
        [sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [sampleOdt(), 'application/vnd.oasis.opendocument.text'],
      ] as const) {
        const res = await upload(visitor, bytes, 'Mon CV.docx')
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect(res.body).toMatchObject({ type, bytes: bytes.length, fileName: 'Mon CV.docx' })
        expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/)
      }
    })

    it('refuses a forged or expired CV token when applying', async () => {
      const up = await upload(visitor, samplePdf())
      const [payload, signature] = (up.body.cvToken as string).split('.')
      const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), k: 'usagers/x/y' })).toString('base64url')}.${signature}`
      const { res } = await apply({ ...candidate, cvToken: forged })
      expect(res.status).toBe(400)
      expect(res.body.fields[0].field).toBe('cvToken')

      now = new Date(now.getTime() + 2 * 60 * 60_000)
      const { res: late } = await apply({ ...candidate, cvToken: up.body.cvToken })
      expect(late.status).toBe(400)
      expect(late.body.message).toMatch(/déposez-le à nouveau/)
    })
  })

  describe('applying', () => {
    it('refuses without consent, naming the field', async () => {
      const { res } = await apply({ ...candidate, consent: false })
      expect(res.status).toBe(400)
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'consent' })])
      expect(res.body.message).toMatch(/traitement de vos données/)
    })

    it('refuses an expired, a filled and an unknown offer', async () => {
      const expired = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
        expiresAt: new Date(now.getTime() - DAY_MS),
        now,
      })
      const filled = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
        state: 'pourvue',
        now,
      })
      const draft = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
        state: 'brouillon',
        now,
      })

      const late = await apply(candidate, expired.slug)
      expect(late.res.status).toBe(409)
      expect(late.res.body.message).toMatch(/n’est plus ouverte aux candidatures/)
      expect(late.mails).toEqual([])
      expect((await apply(candidate, filled.slug)).res.status).toBe(409)
      // A draft is not public: it does not exist for the visitor.
      expect((await apply(candidate, draft.slug)).res.status).toBe(404)
      expect((await apply(candidate, 'offre-inconnue-abc123')).res.status).toBe(404)
    })

    it('sends the candidate the follow-up link, and the recruiters a notice without personal data', async () => {
      const up = await upload(visitor, samplePdf(), 'CV Samia.pdf')
      const { res, mails } = await apply({ ...candidate, cvToken: up.body.cvToken })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body.followPath).toMatch(/^\/metiers\/candidatures\/suivi\/[A-Za-z0-9_-]{40,}$/)

      const toCandidate = mails.filter((m) => m.to === candidate.email)
      expect(toCandidate).toHaveLength(1)
      expect(res.body.followPath).toContain(followTokenIn(toCandidate[0]!))
      expect(toCandidate[0]!.subject).not.toMatch(/Samia|Benali/)

      const toRecruiters = mails.filter((m) => m.to !== candidate.email)
      expect(toRecruiters.map((m) => m.to)).toContain(t.tenantA.accounts.recruteur)
      expect(toRecruiters.map((m) => m.to)).toContain(t.tenantA.accounts.administrateur)
      for (const m of toRecruiters) {
        const all = `${m.subject}\n${m.text}`
        for (const personal of [
          candidate.firstName,
          candidate.lastName,
          candidate.email,
          '06 12',
          'six ans',
        ]) {
          expect(all).not.toContain(personal)
        }
        expect(m.text).toContain(`/recrutement/candidatures/${res.body.applicationId}`)
      }
    })
  })

  describe('with a candidate account', () => {
    it('links the application to the account, attaches a copy of the profile’s CV, and refuses a second one', async () => {
      const account = await signedUpCandidate(t, 'ines.garnier@exemple.test')
      const cv = sampleDocx()
      const stored = await account.request(
        'POST',
        '/api/metiers/compte/profil/cv?fileName=CV%20In%C3%A8s.docx',
        cv,
        octets,
      )
      expect(stored.status, JSON.stringify(stored.body)).toBe(200)

      const body = { ...candidate, email: 'ines.garnier@exemple.test', useProfileCv: true }
      const sent = await account.post(`/api/metiers/offres/${offer.slug}/candidatures`, body)
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      const detail = await recruiter.get(`/api/metiers/recrutement/candidatures/${sent.body.applicationId}`)
      expect(detail.body).toMatchObject({ withAccount: true, cv: { name: 'CV Inès.docx', bytes: cv.length } })

      // The profile's CV may change or go: the application keeps its own copy.
      expect((await account.delete('/api/metiers/compte/profil/cv')).status).toBe(200)
      const file = await recruiter.get(`/api/metiers/recrutement/candidatures/${sent.body.applicationId}/cv`)
      expect(file.status).toBe(200)

      const again = await account.post(`/api/metiers/offres/${offer.slug}/candidatures`, body)
      expect(again.status).toBe(409)
      const mine = await account.get('/api/metiers/compte/candidatures')
      expect(mine.body.map((a: { id: string }) => a.id)).toContain(sent.body.applicationId)
    })

    it('refuses the profile’s CV to a visitor without an account', async () => {
      const { res } = await apply({ ...candidate, useProfileCv: true })
      expect(res.status).toBe(400)
      expect(res.body.fields[0].field).toBe('useProfileCv')
    })
  })

  describe('following, status changes and withdrawal', () => {
    let applicationId: string
    let token: string

    beforeAll(async () => {
      const up = await upload(visitor, sampleOdt(), 'cv.odt')
      const { res, mails } = await apply({
        ...candidate,
        email: 'karim@exemple.test',
        firstName: 'Karim',
        message: 'Bonjour <script>alert(1)</script><b>motivé</b>',
        cvToken: up.body.cvToken,
      })
      applicationId = res.body.applicationId
      token = followTokenIn(mails.find((m) => m.to === 'karim@exemple.test')!)
    })

    it('shows the candidate the status, then the change and the message the employer sent', async () => {
      const first = await visitor.get(`/api/metiers/candidatures/suivi/${token}`)
      expect(first.status).toBe(200)
      expect(first.body).toMatchObject({ status: 'recue', offer: { slug: offer.slug }, canWithdraw: true })
      expect(first.body.history.map((e: { kind: string }) => e.kind)).toEqual(['depot'])

      now = new Date(now.getTime() + 2 * DAY_MS)
      const { result: moved, mails } = await newMails(() =>
        recruiter.post(`/api/metiers/recrutement/candidatures/${applicationId}/statut`, {
          status: 'entretien',
          message: 'Pouvez-vous venir jeudi 14 mai à 10 h, 2 rue Mégevand ?',
        }),
      )
      expect(moved.status, JSON.stringify(moved.body)).toBe(200)
      expect(moved.body).toMatchObject({ status: 'entretien', overdue: false })
      expect(mails).toHaveLength(1)
      expect(mails[0]!.to).toBe('karim@exemple.test')
      expect(mails[0]!.text).toContain('jeudi 14 mai à 10 h')
      expect(followTokenIn(mails[0]!)).toBe(token)

      const after = await visitor.get(`/api/metiers/candidatures/suivi/${token}`)
      expect(after.body.status).toBe('entretien')
      expect(after.body.history.at(-1)).toMatchObject({
        kind: 'statut',
        status: 'entretien',
        message: 'Pouvez-vous venir jeudi 14 mai à 10 h, 2 rue Mégevand ?',
      })
    })

    it('keeps HTML typed by a candidate as plain text, never as markup', async () => {
      const detail = await recruiter.get(`/api/metiers/recrutement/candidatures/${applicationId}`)
      expect(detail.body.message).toBe('Bonjour <script>alert(1)</script><b>motivé</b>')
      const mails = await t.mailer.outbox()
      expect(mails.filter((m) => m.to === 'karim@exemple.test').every((m) => m.html === undefined)).toBe(true)
    })

    it('gives the CV back byte for byte, and writes every read of the application to the audit log', async () => {
      const cv = await recruiter.get(`/api/metiers/recrutement/candidatures/${applicationId}/cv`)
      expect(cv.status).toBe(200)
      expect(cv.headers['content-type']).toContain('application/vnd.oasis.opendocument.text')
      expect(cv.headers['content-disposition']).toContain('cv.odt')
      expect(Buffer.from(cv.body as string, 'latin1').length).toBe(sampleOdt().length)

      const reads = await t.database.db.owner
        .select({ entityType: auditLog.entityType, action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityId, applicationId), eq(auditLog.action, 'read')))
      const types = reads.map((r) => r.entityType)
      expect(types).toContain('job_application')
      expect(types).toContain('job_application_cv')
    })

    it('keeps notes to the employer: never shown to the candidate', async () => {
      const note = await recruiter.post(`/api/metiers/recrutement/candidatures/${applicationId}/notes`, {
        text: 'Très bon contact au téléphone.',
      })
      expect(note.status).toBe(201)
      expect(note.body.notes[0]).toMatchObject({ kind: 'note', text: 'Très bon contact au téléphone.' })
      const seen = await visitor.get(`/api/metiers/candidatures/suivi/${token}`)
      expect(JSON.stringify(seen.body)).not.toContain('Très bon contact')
    })

    it('hides every application from another employer (404)', async () => {
      for (const url of [
        `/api/metiers/recrutement/candidatures/${applicationId}`,
        `/api/metiers/recrutement/candidatures/${applicationId}/cv`,
        `/api/metiers/recrutement/offres/${offer.id}/candidatures`,
      ]) {
        expect((await otherRecruiter.get(url)).status, url).toBe(404)
      }
      const move = await otherRecruiter.post(
        `/api/metiers/recrutement/candidatures/${applicationId}/statut`,
        {
          status: 'non_retenue',
        },
      )
      expect(move.status).toBe(404)
      const board = await otherRecruiter.get('/api/metiers/recrutement/tableau')
      expect(board.body.offers.map((o: { id: string }) => o.id)).not.toContain(offer.id)
    })

    it('lets the candidate withdraw once; the recruiter can no longer move it', async () => {
      const out = await visitor.post(`/api/metiers/candidatures/suivi/${token}/retirer`, {})
      expect(out.status, JSON.stringify(out.body)).toBe(200)
      expect(out.body).toMatchObject({ canWithdraw: false })
      expect(out.body.withdrawnAt).not.toBeNull()
      expect((await visitor.post(`/api/metiers/candidatures/suivi/${token}/retirer`, {})).status).toBe(409)
      const move = await recruiter.post(`/api/metiers/recrutement/candidatures/${applicationId}/statut`, {
        status: 'retenue',
      })
      expect(move.status).toBe(409)
      const pipeline = await recruiter.get(`/api/metiers/recrutement/offres/${offer.id}/candidatures`)
      expect(pipeline.body.withdrawn.map((c: { id: string }) => c.id)).toContain(applicationId)
    })

    it('answers an unknown follow-up link with 404', async () => {
      expect((await visitor.get(`/api/metiers/candidatures/suivi/${'x'.repeat(43)}`)).status).toBe(404)
    })
  })

  describe('the pipeline and the dashboard', () => {
    it('sends a kind message on « non retenue » even when the recruiter wrote none', async () => {
      const { res, mails } = await apply({ ...candidate, email: 'lea@exemple.test', firstName: 'Léa' })
      const { result, mails: sent } = await newMails(() =>
        recruiter.post(`/api/metiers/recrutement/candidatures/${res.body.applicationId}/statut`, {
          status: 'non_retenue',
          message: '',
        }),
      )
      expect(mails.length).toBeGreaterThan(0)
      expect(result.status).toBe(200)
      expect(sent).toHaveLength(1)
      expect(sent[0]!.text).toMatch(/Bonjour Léa/)
      expect(sent[0]!.text).toMatch(/Ce n’est pas un jugement sur vous/)
    })

    it('shows columns by status, the days waiting and the overdue ones after 7 days', async () => {
      const fresh = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
        title: 'Éducateur spécialisé',
        now,
      })
      const a = await apply({ ...candidate, email: 'a@exemple.test' }, fresh.slug)
      now = new Date(now.getTime() + 8 * DAY_MS)
      const b = await apply({ ...candidate, email: 'b@exemple.test' }, fresh.slug)

      const pipeline = await recruiter.get(`/api/metiers/recrutement/offres/${fresh.id}/candidatures`)
      expect(pipeline.status).toBe(200)
      const received = pipeline.body.columns.find((c: { status: string }) => c.status === 'recue')
      expect(pipeline.body.columns.map((c: { status: string }) => c.status)).toEqual([
        'recue',
        'contactee',
        'entretien',
        'retenue',
        'non_retenue',
      ])
      expect(received.count).toBe(2)
      const byId = Object.fromEntries(received.applications.map((c: { id: string }) => [c.id, c]))
      expect(byId[a.res.body.applicationId]).toMatchObject({ overdue: true, daysWaiting: 8 })
      expect(byId[b.res.body.applicationId]).toMatchObject({ overdue: false, daysWaiting: 0 })

      const board = await recruiter.get('/api/metiers/recrutement/tableau')
      expect(board.status).toBe(200)
      expect(board.body.offers.find((o: { id: string }) => o.id === fresh.id)).toMatchObject({
        total: 2,
        unanswered: 2,
        overdue: 1,
      })
    })

    it('is closed to the back office’s other roles', async () => {
      const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
      expect((await agent.get('/api/metiers/recrutement/tableau')).status).toBe(403)
    })
  })
})

import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'

const platformRequests = async (t: TestApp) =>
  rows<{ organisation_id: string; subject: string; message: string; contact_name: string; themes: string[] }>(
    t.database.db.owner,
    sql`select organisation_id, subject, message, contact_name, themes from requests
        where subject like 'Écrire à la plateforme%' order by reference`,
  )

describe.each(databaseKinds)('« Écrire à la plateforme » (%s)', (kind) => {
  let t: TestApp
  let visitor: TestClient
  let admin: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind)
    visitor = await t.anonymous().init()
    admin = await t.signIn(t.tenantA.platformAdminEmail)
  })
  afterAll(async () => t?.close())

  async function rightAnswer() {
    const form = await visitor.get('/api/public/metiers/contact')
    const id: string = form.body.question.id
    return { questionId: id, answer: id === 'numero-du-departement' ? '25' : 'le doubs' }
  }

  const message = {
    name: 'Inès Haddad',
    email: 'ines.haddad@exemple.test',
    subject: 'formation',
    message: 'Bonjour, je voudrais devenir accompagnante éducative et sociale. Par où commencer ?',
    consent: true,
  }

  it('names the organisation that answers (the demo CCAS), its delay and a question, never its answer', async () => {
    const form = await visitor.get('/api/public/metiers/contact')
    expect(form.status).toBe(200)
    expect(form.body.organisationName).toBe('CCAS de Besançon (démonstration)')
    expect(form.body.announcedWorkingDays).toBeGreaterThan(0)
    expect(form.body.question.text).toMatch(/département/)
    expect(JSON.stringify(form.body)).not.toMatch(/Doubs"/)
  })

  it('puts the message in the reception queue of that organisation and acknowledges it by e-mail', async () => {
    const before = (await t.mailer.outbox()).length
    const res = await visitor.post('/api/public/metiers/contact', { ...message, ...(await rightAnswer()) })
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    expect(res.body.reference).toMatch(/^\d{4}-\d{6}$/)
    expect(res.body.organisationName).toBe('CCAS de Besançon (démonstration)')
    const [request] = await platformRequests(t)
    expect(request).toMatchObject({
      organisation_id: t.tenantA.organisationId,
      subject: 'Écrire à la plateforme — Formation, apprentissage, immersion',
      message: message.message,
      contact_name: 'Inès Haddad',
      themes: ['emploi'],
    })
    const mails = (await t.mailer.outbox()).slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toBe('ines.haddad@exemple.test')
    expect(mails[0]!.text).toContain(res.body.reference)

    // An agent of the CCAS sees it among the requests to assign.
    const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    const queue = await agent.get('/api/requests?queue=unassigned')
    expect(queue.status).toBe(200)
    expect(JSON.stringify(queue.body)).toContain(res.body.reference)
    // Another organisation never does.
    const other = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect(JSON.stringify((await other.get('/api/requests?queue=unassigned')).body)).not.toContain(
      res.body.reference,
    )
  })

  it('refuses a wrong answer, a missing consent or subject in French, naming the field, and keeps nothing', async () => {
    const before = (await platformRequests(t)).length
    const wrong = await visitor.post('/api/public/metiers/contact', {
      ...message,
      ...(await rightAnswer()),
      answer: 'Paris',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fields[0].field).toBe('answer')
    const noConsent = await visitor.post('/api/public/metiers/contact', {
      ...message,
      consent: false,
      ...(await rightAnswer()),
    })
    expect(noConsent.status).toBe(400)
    expect(noConsent.body.fields[0]).toMatchObject({
      field: 'consent',
      message: expect.stringMatching(/Cochez/),
    })
    const noSubject = await visitor.post('/api/public/metiers/contact', {
      ...message,
      subject: 'spam',
      ...(await rightAnswer()),
    })
    expect(noSubject.status).toBe(400)
    expect(noSubject.body.fields[0].field).toBe('subject')
    expect(await platformRequests(t)).toHaveLength(before)
  })

  it('tells a robot that filled the hidden field « received » and keeps nothing', async () => {
    const before = (await platformRequests(t)).length
    const res = await visitor.post('/api/public/metiers/contact', {
      ...message,
      ...(await rightAnswer()),
      website: 'http://spam.example',
    })
    expect(res.status).toBe(202)
    expect(await platformRequests(t)).toHaveLength(before)
  })

  it('says plainly that the form is closed while no organisation is chosen, and only the platform administrator chooses', async () => {
    const ccasAdmin = await t.signIn(t.tenantA.accounts.administrateur)
    expect((await ccasAdmin.get('/api/metiers/plateforme/reglages')).status).toBe(403)
    const current = await admin.get('/api/metiers/plateforme/reglages')
    expect(current.body.contactOrganisationId).toBe(t.tenantA.organisationId)
    expect(current.body.organisations.map((o: { name: string }) => o.name)).toContain('CCAS de Dole')

    const tooLow = await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: null,
      secrecyThreshold: 1,
    })
    expect(tooLow.status).toBe(400)
    expect(tooLow.body.fields[0].field).toBe('secrecyThreshold')

    const closed = await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: null,
      secrecyThreshold: 5,
    })
    expect(closed.status).toBe(200)
    expect((await visitor.get('/api/public/metiers/contact')).body.organisationName).toBeNull()
    const refused = await visitor.post('/api/public/metiers/contact', {
      ...message,
      questionId: 'jour-apres-lundi',
      answer: 'mardi',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toMatch(/pas encore ouvert/)

    const dole = await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: t.tenantB.organisationId,
      secrecyThreshold: 5,
    })
    expect(dole.status).toBe(200)
    expect((await visitor.get('/api/public/metiers/contact')).body.organisationName).toBe('CCAS de Dole')
    await admin.request('PUT', '/api/metiers/plateforme/reglages', {
      contactOrganisationId: t.tenantA.organisationId,
      secrecyThreshold: 5,
    })
  })
})

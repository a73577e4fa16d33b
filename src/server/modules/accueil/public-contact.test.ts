import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

const formRequests = async (t: TestApp) =>
  rows<{ message: string; reference: string }>(
    t.database.db.owner,
    sql`select message, reference from requests where channel = 'formulaire' and organisation_id = ${t.tenantA.organisationId} order by reference`,
  )

async function rightAnswer(visitor: TestClient, organisationId: string) {
  const form = await visitor.get(`/api/public/organisations/${organisationId}/contact-form`)
  const id: string = form.body.question.id
  return { questionId: id, answer: id === 'numero-du-departement' ? '25' : 'Doubs' }
}

describe.each(databaseKinds)('the public contact form (%s)', (kind) => {
  let t: TestApp
  let visitor: TestClient
  let url: string
  beforeAll(async () => {
    t = await createTestApp(kind)
    visitor = await t.anonymous().init()
    url = `/api/public/organisations/${t.tenantA.organisationId}/contact`
  })
  afterAll(async () => t?.close())

  it('shows the organisation, the themes, the announced delay and a question without its answer', async () => {
    const form = await visitor.get(`/api/public/organisations/${t.tenantA.organisationId}/contact-form`)
    expect(form.status).toBe(200)
    expect(form.body.organisation).toEqual({
      id: t.tenantA.organisationId,
      name: 'CCAS de Besançon (démonstration)',
      // The demo CCAS has its logo (drawn for its campaign page).
      logoDataUrl: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      primaryColor: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      accentColor: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    })
    expect(form.body.themes).toContainEqual({ value: 'droits_rsa', label: 'Accès aux droits, RSA' })
    expect([
      "Comment s'appelle le département 25 ?",
      'Quel est le numéro du département « Doubs » ? (en chiffres)',
    ]).toContain(form.body.question.text)
    expect(JSON.stringify(form.body)).not.toMatch(/"Doubs"|"25"/)
    expect(
      (await visitor.get('/api/public/organisations/0190a000-0000-7000-8000-000000000000/contact-form'))
        .status,
    ).toBe(404)
    expect((await visitor.get('/api/public/organisations/pas-un-id/contact-form')).status).toBe(400)
  })

  it('keeps a request sent with a phone number only, and sends no e-mail', async () => {
    const mailsBefore = (await t.mailer.outbox()).length
    const sent = await visitor.post(url, {
      phone: '03 81 00 00 00',
      message: 'Rappelez-moi pour la domiciliation.',
      themes: ['domiciliation'],
      ...(await rightAnswer(visitor, t.tenantA.organisationId)),
    })
    expect(sent.status).toBe(202)
    const stored = (await formRequests(t)).find((r) => r.reference === sent.body.reference)
    expect(stored?.message).toBe('Rappelez-moi pour la domiciliation.')
    expect((await t.mailer.outbox()).length).toBe(mailsBefore)
  })

  it('answers a filled trap field as if accepted, and stores nothing', async () => {
    const before = (await formRequests(t)).length
    const mailsBefore = (await t.mailer.outbox()).length
    const robot = await visitor.post(url, {
      email: 'robot@spam.test',
      message: 'Achetez maintenant',
      themes: ['autre'],
      website: 'https://spam.test',
      questionId: 'nom-du-departement',
      answer: 'n’importe quoi',
    })
    expect(robot.status).toBe(202)
    expect(robot.body.reference).toMatch(/^\d{4}-\d{6}$/)
    expect((await formRequests(t)).length).toBe(before)
    expect((await t.mailer.outbox()).length).toBe(mailsBefore)
  })

  it('refuses a wrong answer, a form without a way to reply, and an unknown field, naming the field', async () => {
    const before = (await formRequests(t)).length
    const wrong = await visitor.post(url, {
      email: 'a@b.test',
      message: 'Bonjour',
      themes: ['autre'],
      questionId: 'nom-du-departement',
      answer: 'Jura',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fields[0].field).toBe('answer')
    expect(wrong.body.message).toMatch(/^Réponse à la question : /)
    const noWay = await visitor.post(url, {
      message: 'Bonjour',
      themes: ['autre'],
      ...(await rightAnswer(visitor, t.tenantA.organisationId)),
    })
    expect(noWay.status).toBe(400)
    expect(noWay.body.fields[0]).toMatchObject({
      field: 'email',
      message: expect.stringMatching(/e-mail ou un numéro/),
    })
    const badMail = await visitor.post(url, {
      email: 'pas-une-adresse',
      message: 'Bonjour',
      themes: ['autre'],
      questionId: 'x',
      answer: 'y',
    })
    expect(badMail.body.fields[0].field).toBe('email')
    const extra = await visitor.post(url, {
      email: 'a@b.test',
      message: 'Bonjour',
      themes: ['autre'],
      questionId: 'x',
      answer: 'y',
      usagerId: 'x',
    })
    expect(extra.status).toBe(400)
    expect((await formRequests(t)).length).toBe(before)
  })
})

describe.each(databaseKinds)('the contact form under a flood from one address (%s)', (kind) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(kind, { rateLimitFactor: 1 })
  })
  afterAll(async () => t?.close())

  it('keeps the first posts, answers 429 to the rest, and goes on serving everyone', async () => {
    const visitor = await t.anonymous().init()
    const url = `/api/public/organisations/${t.tenantA.organisationId}/contact`
    const answer = await rightAnswer(visitor, t.tenantA.organisationId)
    const statuses: number[] = []
    for (let i = 1; i <= 100; i++) {
      const res = await visitor.post(url, {
        email: `personne${i}@exemple.test`,
        message: `Message numéro ${i}`,
        themes: ['isolement'],
        ...answer,
      })
      statuses.push(res.status)
      if (res.status === 429) expect(res.body.message).toMatch(/Trop de tentatives/)
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202])
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true)
    const flood = (await formRequests(t)).filter((r) => r.message.startsWith('Message numéro'))
    expect(flood.map((r) => r.message)).toEqual([1, 2, 3, 4, 5].map((i) => `Message numéro ${i}`))
    expect((await t.mailer.outbox()).filter((m) => /^personne\d+@/.test(m.to)).length).toBe(5)

    // The server keeps serving: the form still opens, and another address may still write.
    expect(
      (await visitor.get(`/api/public/organisations/${t.tenantA.organisationId}/contact-form`)).status,
    ).toBe(200)
    const neighbour = await t.app.inject({
      method: 'POST',
      url,
      remoteAddress: '192.0.2.10',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': visitor.csrf,
        cookie: `lien_csrf=${visitor.cookie('lien_csrf')}`,
      },
      payload: JSON.stringify({
        email: 'voisine@exemple.test',
        message: 'Une autre personne',
        themes: ['autre'],
        ...answer,
      }),
    })
    expect(neighbour.statusCode).toBe(202)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from './totp'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('sign-in and sessions (%s)', (kind) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(kind)
  })
  afterAll(async () => t?.close())

  it('asks a role that sees personal data to enrol a second factor, then opens the session', async () => {
    const c = await t.anonymous().init()
    const login = await c.post('/api/auth/login', { email: t.tenantA.accounts.agent_accueil, password: t.tenantA.password })
    expect(login.body).toEqual({ stage: 'totp_enrolment' })
    expect((await c.get('/api/members')).status).toBe(403)
    const enrolment = await c.post('/api/auth/totp/enrolment', {})
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Lien:/)
    expect(enrolment.body.qrSvg).toContain('<svg')
    const wrong = await c.post('/api/auth/totp/enrolment/confirm', { code: '000000' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fields[0].field).toBe('code')
    const ok = await c.post('/api/auth/totp/enrolment/confirm', { code: await currentTotp(enrolment.body.secret) })
    expect(ok.body).toEqual({ stage: 'active' })
    const session = await c.get('/api/auth/session')
    expect(session.body.stage).toBe('active')
    expect(session.body.currentOrganisationId).toBe(t.tenantA.organisationId)
    expect(session.body.account.totpEnabled).toBe(true)
  })

  it('accepts a second-factor code only once', async () => {
    const email = t.tenantA.accounts.instructeur_aides
    const first = await t.anonymous().init()
    await first.post('/api/auth/login', { email, password: t.tenantA.password })
    const { secret } = (await first.post('/api/auth/totp/enrolment', {})).body
    const code = await currentTotp(secret)
    expect((await first.post('/api/auth/totp/enrolment/confirm', { code })).status).toBe(200)
    const second = await t.anonymous().init()
    expect((await second.post('/api/auth/login', { email, password: t.tenantA.password })).body).toEqual({ stage: 'totp' })
    const replay = await second.post('/api/auth/totp', { code })
    expect(replay.status).toBe(400)
    expect(replay.body.fields[0].field).toBe('code')
  })

  it('lets a statistics reader in without a second factor', async () => {
    const c = await t.anonymous().init()
    const login = await c.post('/api/auth/login', { email: t.tenantA.accounts.lecture_statistiques, password: t.tenantA.password })
    expect(login.body).toEqual({ stage: 'active' })
  })

  it('rotates the session cookie at sign-in and forgets it at sign-out', async () => {
    const c = await t.signIn(t.tenantA.accounts.administrateur)
    const before = c.cookie('lien_session')
    await c.post('/api/auth/login', { email: t.tenantA.accounts.lecture_statistiques, password: t.tenantA.password })
    const after = c.cookie('lien_session')
    expect(after).toBeDefined()
    expect(after).not.toBe(before)
    const stale = t.anonymous()
    stale.setCookie('lien_session', before!)
    expect((await stale.get('/api/auth/session')).body.account).toBeNull()
    await c.post('/api/auth/logout', {})
    expect((await c.get('/api/auth/session')).body.account).toBeNull()
  })

  it('answers the same for an unknown e-mail and a wrong password, and locks after five failures', async () => {
    const c = await t.anonymous().init()
    const unknown = await c.post('/api/auth/login', { email: 'personne@nulle-part.test', password: 'x' })
    const wrong = await c.post('/api/auth/login', { email: t.tenantA.accounts.recruteur, password: 'mauvais' })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body.message).toBe(wrong.body.message)
    for (let i = 0; i < 4; i++) await c.post('/api/auth/login', { email: t.tenantA.accounts.recruteur, password: 'mauvais' })
    const locked = await c.post('/api/auth/login', { email: t.tenantA.accounts.recruteur, password: t.tenantA.password })
    expect(locked.status).toBe(423)
    expect(locked.body.message).toMatch(/bloqué jusqu'à/)
  })

  it('refuses an unsafe request without the anti-CSRF token or with a forged one', async () => {
    const c = await t.signIn(t.tenantA.accounts.administrateur)
    const good = c.csrf
    c.csrf = ''
    expect((await c.post('/api/services', { name: 'Sans jeton' })).status).toBe(403)
    c.csrf = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA')
    const forged = await c.post('/api/services', { name: 'Jeton forgé' })
    expect(forged.status).toBe(403)
    expect(forged.body.error).toBe('csrf')
    c.csrf = good
    expect((await c.post('/api/services', { name: 'Avec jeton' })).status).toBe(201)
    expect((await c.get('/api/services')).body.map((s: { name: string }) => s.name)).not.toContain('Jeton forgé')
  })

  it('resets a forgotten password through the e-mailed link, once', async () => {
    const c = await t.anonymous().init()
    const email = t.tenantA.accounts.partenaire
    expect((await c.post('/api/auth/password/forgot', { email })).status).toBe(202)
    expect((await c.post('/api/auth/password/forgot', { email: 'inconnu@nulle-part.test' })).status).toBe(202)
    const mail = (await t.mailer.outbox()).find((m) => m.to === email)!
    const token = /token=([\w-]+)/.exec(mail.text)![1]!
    const weak = await c.post('/api/auth/password/reset', { token, newPassword: 'azertyuiop12' })
    expect(weak.status).toBe(400)
    expect(weak.body.fields[0].field).toBe('newPassword')
    // A refused password spends the link: ask again.
    await c.post('/api/auth/password/forgot', { email })
    const mail2 = (await t.mailer.outbox()).find((m) => m.to === email)!
    const token2 = /token=([\w-]+)/.exec(mail2.text)![1]!
    expect((await c.post('/api/auth/password/reset', { token: token2, newPassword: 'Quatre chevaux dans la Saône' })).status).toBe(200)
    expect((await c.post('/api/auth/password/reset', { token: token2, newPassword: 'Un autre mot de passe long' })).status).toBe(400)
    const login = await c.post('/api/auth/login', { email, password: 'Quatre chevaux dans la Saône' })
    expect(login.status).toBe(200)
  })
})

describe('login rate limit', () => {
  it('answers 429 with a French message past the per-minute limit', async () => {
    const t = await createTestApp('pglite', { rateLimitFactor: 1 })
    try {
      const c = await t.anonymous().init()
      const statuses: number[] = []
      for (let i = 0; i < 22; i++) statuses.push((await c.post('/api/auth/login', { email: `x${i}@y.test`, password: 'z' })).status)
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
      const last = await c.post('/api/auth/login', { email: 'a@b.test', password: 'z' })
      expect(last.status).toBe(429)
      expect(last.body.message).toMatch(/Trop de tentatives/)
    } finally {
      await t.close()
    }
  })
})

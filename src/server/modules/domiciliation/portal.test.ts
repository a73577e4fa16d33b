import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciledPerson, type DomiciledPerson } from './mail.fixtures'
import { PORTAL_COOKIE } from './portal-session'

describe.each(databaseKinds)('the domiciled person’s read-only portal (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-10T10:00:00+01:00')
  let agent: TestClient
  let direction: TestClient
  let person: DomiciledPerson
  let code: string

  const at = (iso: string) => (now = new Date(iso))
  const portalOf = (organisationId: string) =>
    `/api/public/organisations/${organisationId}/domiciliation/portal`
  const signIn = async (organisationId: string, body: unknown) => {
    const visitor = await t.anonymous().init()
    const res = await visitor.post(`${portalOf(organisationId)}/session`, body)
    return { visitor, res }
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantA.accounts.direction)
    person = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Nadia', lastName: 'Portail' },
    })
    await agent.post('/api/domiciliation/mail', {
      items: [
        { fileNumber: person.fileNumber, kind: 'courrier', sender: 'Tribunal judiciaire' },
        { fileNumber: person.fileNumber, kind: 'recommande' },
      ],
    })
  })
  afterAll(async () => t?.close())

  it('stays closed until the structure opens it', async () => {
    const refused = await agent.post(`/api/domiciliations/${person.domiciliationId}/portal-code`)
    expect(refused.status).toBe(409)
    expect(refused.body.message).toMatch(/n’est pas ouvert/)
    const { res } = await signIn(t.tenantA.organisationId, {
      fileNumber: person.fileNumber,
      code: 'AAAA-BBBB',
    })
    expect(res.status).toBe(404)
    expect(
      (await agent.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })).status,
    ).toBe(403)
    const opened = await direction.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })
    expect(opened.body).toEqual({ noticeTime: '18:00', portalEnabled: true })
    const badTime = await direction.request('PUT', '/api/domiciliation/mail-settings', {
      noticeTime: '25:00',
    })
    expect(badTime.status).toBe(400)
    expect(badTime.body.message).toMatch(/^Heure de l’avis de courrier : /)
  })

  it('gives a code once at the desk; only its keyed hash is stored', async () => {
    const given = await agent.post(`/api/domiciliations/${person.domiciliationId}/portal-code`)
    expect(given.status).toBe(201)
    expect(given.body.fileNumber).toBe(person.fileNumber)
    expect(given.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    code = given.body.code
    const stored = JSON.stringify(await t.database.db.owner.select().from(auditLog))
    expect(stored).not.toContain(code)
  })

  it('refuses a wrong code plainly, signs in with the right one and records the contact', async () => {
    const wrong = await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code: 'ZZZZ-ZZZZ' })
    expect(wrong.res.status).toBe(401)
    expect(wrong.res.body.message).toBe(
      'Numéro de dossier ou code incorrect. Vérifiez-les, ou demandez un nouveau code à l’accueil.',
    )
    const unknown = await signIn(t.tenantA.organisationId, { fileNumber: 424_242, code })
    expect(unknown.res.body.message).toBe(wrong.res.body.message)
    expect((await wrong.visitor.get(portalOf(t.tenantA.organisationId))).status).toBe(401)

    at('2026-03-10T16:45:00+01:00')
    const typed = code.toLowerCase().replace('-', ' ')
    const { visitor, res } = await signIn(t.tenantA.organisationId, {
      fileNumber: person.fileNumber,
      code: typed,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(visitor.cookie(PORTAL_COOKIE)).toBeTruthy()
    expect(visitor.cookie('lien_session')).toBeUndefined()
    const seen = await visitor.get(portalOf(t.tenantA.organisationId))
    expect(seen.status).toBe(200)
    expect(seen.body).toEqual({
      organisationName: 'CCAS de Besançon (démonstration)',
      fileNumber: person.fileNumber,
      validUntil: '2027-01-04',
      lastContactAt: now.toISOString(),
      waitingMail: [
        { kind: 'recommande', receivedAt: '2026-03-10T09:00:00.000Z' },
        { kind: 'courrier', receivedAt: '2026-03-10T09:00:00.000Z' },
      ],
    })
    expect(JSON.stringify(seen.body)).not.toContain('Tribunal')
    const contacts = (await agent.get(`/api/domiciliations/${person.domiciliationId}/contacts`)).body
    expect(contacts.contacts).toEqual([expect.objectContaining({ kind: 'connexion_portail', agent: null })])
    expect(contacts.file.lastContactAt).toBe(now.toISOString())

    at('2026-03-10T17:01:00+01:00')
    expect((await visitor.get(portalOf(t.tenantA.organisationId))).status).toBe(401)
    const signedOut = await visitor.request('DELETE', `${portalOf(t.tenantA.organisationId)}/session`)
    expect(signedOut.status).toBe(200)
    expect(visitor.cookie(PORTAL_COOKIE)).toBeUndefined()
  })

  it('is bound to its structure: another structure neither signs in nor reads with it', async () => {
    const directionB = await t.signIn(t.tenantB.accounts.direction)
    await directionB.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })
    const elsewhere = await signIn(t.tenantB.organisationId, { fileNumber: person.fileNumber, code })
    expect(elsewhere.res.status).toBe(401)
    const { visitor } = await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code })
    const token = visitor.cookie(PORTAL_COOKIE)!
    const intruder = t.anonymous()
    intruder.setCookie(PORTAL_COOKIE, token)
    expect((await intruder.get(portalOf(t.tenantB.organisationId))).status).toBe(401)
    const forged = t.anonymous()
    forged.setCookie(
      PORTAL_COOKIE,
      token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    )
    expect((await forged.get(portalOf(t.tenantA.organisationId))).status).toBe(401)
    expect((await intruder.get(portalOf(t.tenantA.organisationId))).status).toBe(200)
  })

  it('locks after five wrong codes in a row, even for the right code, then opens again', async () => {
    at('2026-03-11T09:00:00+01:00')
    for (let i = 1; i <= 4; i++) {
      expect(
        (await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code: 'ZZZZ-ZZZ2' })).res
          .status,
      ).toBe(401)
    }
    const fifth = await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code: 'ZZZZ-ZZZ2' })
    expect(fifth.res.status).toBe(423)
    expect(fifth.res.body.message).toMatch(/bloqué jusqu’à 10 h 00/)
    expect((await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code })).res.status).toBe(
      423,
    )
    const failures = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login_failed'), eq(auditLog.entityId, person.domiciliationId)))
    expect(failures.length).toBeGreaterThanOrEqual(6)
    at('2026-03-11T10:01:00+01:00')
    expect((await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code })).res.status).toBe(
      200,
    )
  })

  it('ends open sessions and the old code when a new code is given', async () => {
    const { visitor } = await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code })
    expect((await visitor.get(portalOf(t.tenantA.organisationId))).status).toBe(200)
    const fresh = (await agent.post(`/api/domiciliations/${person.domiciliationId}/portal-code`)).body.code
    expect(fresh).not.toBe(code)
    expect((await visitor.get(portalOf(t.tenantA.organisationId))).status).toBe(401)
    expect((await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code })).res.status).toBe(
      401,
    )
    const again = await signIn(t.tenantA.organisationId, { fileNumber: person.fileNumber, code: fresh })
    expect(again.res.status).toBe(200)
    await direction.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: false })
    expect((await again.visitor.get(portalOf(t.tenantA.organisationId))).status).toBe(404)
  })

  it('shows no end of validity once the domiciliation is radiated or past its end', async () => {
    await direction.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })
    at('2026-03-12T09:00:00+01:00')
    const seenBy = async (p: DomiciledPerson) => {
      const given = await agent.post(`/api/domiciliations/${p.domiciliationId}/portal-code`)
      expect(given.status).toBe(201)
      const { visitor, res } = await signIn(t.tenantA.organisationId, {
        fileNumber: p.fileNumber,
        code: given.body.code,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return (await visitor.get(portalOf(t.tenantA.organisationId))).body
    }
    // A radiation keeps the end date of the validity it ended: the person must not read it as running.
    const radiated = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Rachid', lastName: 'Radié' },
      status: 'radie',
    })
    expect(await seenBy(radiated)).toMatchObject({ fileNumber: radiated.fileNumber, validUntil: null })
    const expired = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Émile', lastName: 'Échu' },
      validFrom: '2025-03-01',
      validUntil: '2026-02-28',
    })
    expect(await seenBy(expired)).toMatchObject({ fileNumber: expired.fileNumber, validUntil: null })
    const lastDay = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Lucie', lastName: 'Dernierjour' },
      validFrom: '2025-03-13',
      validUntil: '2026-03-12',
    })
    expect(await seenBy(lastDay)).toMatchObject({ validUntil: '2026-03-12' })
  })

  it('refuses a malformed sign-in with a French message naming the field', async () => {
    await direction.request('PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })
    const visitor = await t.anonymous().init()
    const url = `${portalOf(t.tenantA.organisationId)}/session`
    const noNumber = await visitor.post(url, { code: 'AAAA-BBBB' })
    expect(noNumber.status).toBe(400)
    expect(noNumber.body.message).toMatch(/^Numéro de dossier : /)
    const noCode = await visitor.post(url, { fileNumber: person.fileNumber, code: '  ' })
    expect(noCode.body.message).toBe('Code : Tapez le code donné à l’accueil.')
    expect(
      (
        await visitor.post(`/api/public/organisations/pas-un-id/domiciliation/portal/session`, {
          fileNumber: 1,
          code: 'x',
        })
      ).status,
    ).toBe(400)
  })
})

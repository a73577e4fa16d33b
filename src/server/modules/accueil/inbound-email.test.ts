import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { usagers } from '../usagers/usagers.table'
import { relaySignature, RELAY_SIGNATURE_HEADER } from './inbound-email.service'

const message = (opts: { from: string; id?: string; subject?: string; html?: string; text?: string }) =>
  [
    `From: ${opts.from}`,
    'To: accueil@ccas-besancon.test',
    `Subject: ${opts.subject ?? '=?UTF-8?Q?Demande_d=27aide_=C3=A9nergie?='}`,
    ...(opts.id ? [`Message-ID: ${opts.id}`] : []),
    'Date: Mon, 02 Mar 2026 08:12:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: ${opts.html ? 'text/html' : 'text/plain'}; charset=utf-8`,
    'Content-Transfer-Encoding: 8bit',
    '',
    opts.html ?? opts.text ?? 'Bonjour, je voudrais un rendez-vous.',
  ].join('\r\n')

describe.each(databaseKinds)('e-mails posted by the mail relay (%s)', (kind) => {
  let t: TestApp
  let url: string
  let signature: string
  beforeAll(async () => {
    t = await createTestApp(kind)
    url = `/api/inbound/email/${t.tenantA.organisationId}`
    signature = relaySignature(t.secrets, t.tenantA.organisationId)
  })
  afterAll(async () => t?.close())

  const post = (
    body: string,
    headers: Record<string, string> = { [RELAY_SIGNATURE_HEADER]: signature },
    contentType = 'message/rfc822',
    target = url,
  ) =>
    t.app.inject({
      method: 'POST',
      url: target,
      headers: { 'content-type': contentType, ...headers },
      payload: Buffer.from(body, 'utf8'),
    })
  const stored = (externalId: string) =>
    rows<{
      channel: string
      usager_id: string | null
      message: string
      subject: string
      reply_to: string
      contact_name: string
      assignee_id: string | null
    }>(
      t.database.db.owner,
      sql`select channel, usager_id, message, subject, reply_to, contact_name, assignee_id from requests where external_id = ${externalId}`,
    )

  it('refuses a post without the relay’s signature, or signed for another organisation', async () => {
    const raw = message({ from: 'x@exemple.test', id: '<unsigned@exemple.test>' })
    expect((await post(raw, {})).statusCode).toBe(401)
    expect(
      (await post(raw, { [RELAY_SIGNATURE_HEADER]: relaySignature(t.secrets, t.tenantB.organisationId) }))
        .statusCode,
    ).toBe(401)
    expect(await stored('<unsigned@exemple.test>')).toEqual([])
  })

  it('creates one e-mail request per Message-ID, attached to the usager with that address', async () => {
    const [helene] = await t.database.db.owner
      .insert(usagers)
      .values({
        organisationId: t.tenantA.organisationId,
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        email: 'helene.lefevre@exemple.test',
      })
      .returning()
    const raw = message({ from: '"Hélène Lefèvre" <Helene.Lefevre@Exemple.test>', id: '<m1@exemple.test>' })
    const first = await post(raw)
    expect(first.statusCode, first.body).toBe(202)
    expect(first.json()).toMatchObject({
      duplicate: false,
      reference: expect.stringMatching(/^\d{4}-\d{6}$/),
    })
    const again = await post(raw, { [RELAY_SIGNATURE_HEADER]: signature }, 'text/plain')
    expect(again.json()).toEqual({ reference: first.json().reference, duplicate: true })
    const found = await stored('<m1@exemple.test>')
    expect(found).toEqual([
      {
        channel: 'courriel',
        usager_id: helene!.id,
        message: 'Bonjour, je voudrais un rendez-vous.',
        subject: "Demande d'aide énergie",
        reply_to: 'helene.lefevre@exemple.test',
        contact_name: 'Hélène Lefèvre',
        assignee_id: null,
      },
    ])
    const [after] = await t.database.db.owner.select().from(usagers).where(eq(usagers.id, helene!.id))
    expect(after!.lastContactAt.getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('keeps an unknown sender anonymous, and an HTML message as its text', async () => {
    const raw = message({
      from: 'inconnu@exemple.test',
      id: '<m2@exemple.test>',
      html: '<p>Bonjour <b>madame</b>,</p><script>alert(1)</script><p>j’ai besoin d’aide.</p>',
    })
    expect((await post(raw)).statusCode).toBe(202)
    const [row] = await stored('<m2@exemple.test>')
    expect(row!.usager_id).toBeNull()
    expect(row!.message).not.toMatch(/<|script|alert/)
    expect(row!.message).toMatch(/Bonjour madame,/)
    expect(row!.message).toMatch(/j’ai besoin d’aide\./)
  })

  it('refuses JSON and an empty body, and an unknown organisation, without storing anything', async () => {
    const before = Number(
      (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from requests`))[0]!.n,
    )
    expect(
      (await post('{"from":"x"}', { [RELAY_SIGNATURE_HEADER]: signature }, 'application/json')).statusCode,
    ).toBe(415)
    expect((await post('', { [RELAY_SIGNATURE_HEADER]: signature })).statusCode).toBe(415)
    const nowhere = '0190a000-0000-7000-8000-000000000000'
    const lost = await post(
      message({ from: 'x@exemple.test' }),
      { [RELAY_SIGNATURE_HEADER]: relaySignature(t.secrets, nowhere) },
      'message/rfc822',
      `/api/inbound/email/${nowhere}`,
    )
    expect(lost.statusCode).toBe(404)
    expect(
      Number(
        (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from requests`))[0]!.n,
      ),
    ).toBe(before)
    // Other routes still refuse plain text.
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    expect(
      (
        await admin.request('POST', '/api/services', 'name=Accueil', {
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415)
  })

  it('gives the administrator the relay’s address and signature', async () => {
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const relay = await admin.get('/api/email-relay')
    expect(relay.body).toEqual({
      url: `http://localhost:3000${url}`,
      header: RELAY_SIGNATURE_HEADER,
      signature,
    })
    const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    expect((await agent.get('/api/email-relay')).status).toBe(403)
  })
})

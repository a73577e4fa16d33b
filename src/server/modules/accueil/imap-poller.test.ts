import hoodiecrow from 'hoodiecrow-imap'
import { sql } from 'drizzle-orm'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config'
import { rows } from '../../db/client'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { relaySignature, RELAY_SIGNATURE_HEADER } from './inbound-email.service'
import { pollMailbox } from './imap-poller'

const raw = (id: string, from: string, body: string) =>
  [
    `From: ${from}`,
    'To: accueil@ccas.test',
    `Subject: ${body.slice(0, 20)}`,
    `Message-ID: ${id}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n')

describe.each(databaseKinds)('reading an organisation’s mailbox (%s)', (kind) => {
  let t: TestApp
  let server: ReturnType<typeof hoodiecrow>
  let url: string
  const inbox = [
    {
      raw: raw(
        '<a1@exemple.test>',
        'Awa <awa@exemple.test>',
        'Bonjour, j’ai besoin d’une aide pour ma facture.',
      ),
    },
    {
      raw: raw(
        '<a2@exemple.test>',
        'jean@exemple.test',
        'Demande de rendez-vous avec une assistante sociale.',
      ),
    },
    {
      raw: raw('<a0@exemple.test>', 'deja@exemple.test', 'Message déjà lu dans la boîte.'),
      flags: ['\\Seen'],
    },
    { raw: raw('<relayed@exemple.test>', 'relais@exemple.test', 'Déjà reçu par le relais de courrier.') },
  ]

  beforeAll(async () => {
    t = await createTestApp(kind)
    server = hoodiecrow({
      plugins: ['ID', 'UNSELECT', 'ENABLE', 'LITERALPLUS', 'UIDPLUS'],
      storage: { INBOX: { messages: inbox } },
      users: { accueil: { password: 'mot de passe' } },
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.server.address() as AddressInfo
    url = `imap://accueil:${encodeURIComponent('mot de passe')}@127.0.0.1:${port}/INBOX`
  })
  afterAll(async () => {
    await new Promise<void>((done) => server?.close(() => done()))
    await t?.close()
  })

  const stored = () =>
    rows<{ external_id: string; channel: string }>(
      t.database.db.owner,
      sql`select external_id, channel from requests where external_id like '<a%' or external_id like '<relayed%' order by external_id`,
    )

  it('turns each unread e-mail into one request, marks it read, and takes nothing twice', async () => {
    const relayed = await t.app.inject({
      method: 'POST',
      url: `/api/inbound/email/${t.tenantA.organisationId}`,
      headers: {
        'content-type': 'message/rfc822',
        [RELAY_SIGNATURE_HEADER]: relaySignature(t.secrets, t.tenantA.organisationId),
      },
      payload: inbox[3]!.raw,
    })
    expect(relayed.statusCode).toBe(202)

    const mailbox = { organisationId: t.tenantA.organisationId, url }
    expect(await pollMailbox(t.database.db, mailbox, () => new Date())).toEqual({
      received: 2,
      duplicates: 1,
      failed: 0,
    })
    expect(await stored()).toEqual([
      { external_id: '<a1@exemple.test>', channel: 'courriel' },
      { external_id: '<a2@exemple.test>', channel: 'courriel' },
      { external_id: '<relayed@exemple.test>', channel: 'courriel' },
    ])
    expect(await pollMailbox(t.database.db, mailbox, () => new Date())).toEqual({
      received: 0,
      duplicates: 0,
      failed: 0,
    })
    const [audit] = await rows<{ n: number }>(
      t.database.db.owner,
      sql`select count(*)::int as n from audit_log where actor_label = 'Relève de la boîte aux lettres' and organisation_id = ${t.tenantA.organisationId}`,
    )
    expect(Number(audit!.n)).toBe(2)
  })

  it('refuses a wrong password without recording anything', async () => {
    const before = (await stored()).length
    const wrong = url.replace(encodeURIComponent('mot de passe'), 'faux')
    await expect(
      pollMailbox(t.database.db, { organisationId: t.tenantA.organisationId, url: wrong }, () => new Date()),
    ).rejects.toThrow()
    expect((await stored()).length).toBe(before)
  })
})

describe('mailboxes in the configuration', () => {
  const organisationId = '0190a000-0000-7000-8000-000000000001'
  it('reads LIEN_IMAP_MAILBOXES as organisation → imap(s) address, and names the variable when it is wrong', () => {
    const config = loadConfig({
      LIEN_IMAP_MAILBOXES: JSON.stringify({
        [organisationId]: 'imaps://accueil:secret@mail.ccas.test/INBOX',
      }),
    })
    expect(config.imapMailboxes).toEqual([
      { organisationId, url: 'imaps://accueil:secret@mail.ccas.test/INBOX' },
    ])
    expect(loadConfig({}).imapMailboxes).toEqual([])
    expect(() => loadConfig({ LIEN_IMAP_MAILBOXES: '{pas du json' })).toThrow(/LIEN_IMAP_MAILBOXES/)
    expect(() =>
      loadConfig({ LIEN_IMAP_MAILBOXES: JSON.stringify({ [organisationId]: 'https://mail.ccas.test' }) }),
    ).toThrow(/imaps?:\/\//)
    expect(() =>
      loadConfig({ LIEN_IMAP_MAILBOXES: JSON.stringify({ 'pas-un-id': 'imaps://mail.ccas.test' }) }),
    ).toThrow(/LIEN_IMAP_MAILBOXES/)
  })
})

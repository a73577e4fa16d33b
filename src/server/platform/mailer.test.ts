import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailer } from './mailer'

describe('mailer', () => {
  let server: SMTPServer
  let port = 0
  const received: { from: string; to: string[]; raw: string }[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-mail-'))

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = ''
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('sends through SMTP when SMTP_URL is set, accents intact', async () => {
    const mailer = createMailer(`smtp://127.0.0.1:${port}?ignoreTLS=true`, 'Lien <ne-pas-repondre@lien.test>', dataDir)
    expect(mailer.kind).toBe('smtp')
    await mailer.send({ to: 'zoe.lefevre@exemple.test', subject: 'Invitation à rejoindre le CCAS', text: 'Bonjour Zoé,\nà bientôt.' })
    expect(received).toHaveLength(1)
    expect(received[0]!.from).toBe('ne-pas-repondre@lien.test')
    expect(received[0]!.to).toEqual(['zoe.lefevre@exemple.test'])
    expect(received[0]!.raw).toMatch(/Subject: =\?UTF-8\?/)
    expect(await mailer.outbox()).toEqual([])
  })

  it('writes to the development outbox without SMTP, newest first', async () => {
    const mailer = createMailer(undefined, 'Lien <ne-pas-repondre@lien.test>', dataDir)
    await mailer.send({ to: 'a@exemple.test', subject: 'Premier', text: 'un' })
    await mailer.send({ to: 'b@exemple.test', subject: 'Second', text: 'deux' })
    const outbox = await mailer.outbox()
    expect(outbox.map((m) => m.subject)).toEqual(['Second', 'Premier'])
  })
})

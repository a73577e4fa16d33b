import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../test/free-port'
import { httpSmsProvider } from './http-sms-provider'
import { smsOutbox } from './sms-outbox'

interface Received {
  method: string | undefined
  authorization: string | undefined
  contentType: string | undefined
  body: unknown
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = ''
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    req.on('end', () => resolve(text))
  })

/** A local fake of an SMS gateway: answers what the test asks for, keeps what it received. */
describe('HTTP SMS provider against a local fake gateway', () => {
  let server: Server
  let base: string
  const received: Received[] = []
  let answer: { status: number; body: string; delayMs?: number } = { status: 200, body: '{"id":"msg-1"}' }

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((text) => {
        received.push({
          method: req.method,
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          body: JSON.parse(text) as unknown,
        })
        setTimeout(() => {
          res.writeHead(answer.status, { 'content-type': 'application/json' })
          res.end(answer.body)
        }, answer.delayMs ?? 0)
      })
    })
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const provider = (timeoutMs?: number) =>
    httpSmsProvider({
      url: `${base}/sms`,
      token: 'jeton-secret',
      sender: 'CCAS',
      ...(timeoutMs ? { timeoutMs } : {}),
    })

  it('posts the number, the text and the sender as JSON with the bearer token', async () => {
    answer = { status: 201, body: '{"id":"msg-42"}' }
    const outcome = await provider().send('+33612345678', 'Du courrier vous attend à l’accueil.')
    expect(outcome).toEqual({ sent: true, detail: 'envoyé (msg-42)' })
    expect(received.at(-1)).toEqual({
      method: 'POST',
      authorization: 'Bearer jeton-secret',
      contentType: 'application/json',
      body: { to: '+33612345678', text: 'Du courrier vous attend à l’accueil.', sender: 'CCAS' },
    })
  })

  it('reports a refusal, a body that is not JSON, an unreachable gateway and a timeout, never the number', async () => {
    answer = { status: 503, body: '{"error":"busy"}' }
    const refused = await provider().send('+33612345678', 'Texte')
    expect(refused).toEqual({ sent: false, detail: 'échec : HTTP 503' })
    answer = { status: 200, body: 'OK' }
    expect(await provider().send('+33612345678', 'Texte')).toEqual({ sent: true, detail: 'envoyé' })
    const unreachable = await httpSmsProvider({
      url: `http://127.0.0.1:${await freePort()}/sms`,
      token: 't',
      sender: 'CCAS',
    }).send('+33612345678', 'Texte')
    expect(unreachable).toEqual({ sent: false, detail: 'échec : fournisseur injoignable' })
    answer = { status: 200, body: '{}', delayMs: 500 }
    expect(await provider(100).send('+33612345678', 'Texte')).toEqual({
      sent: false,
      detail: 'échec : délai dépassé',
    })
    for (const outcome of [refused, unreachable]) expect(outcome.detail).not.toContain('612345678')
  })
})

describe('development SMS outbox', () => {
  it('writes each message under the data directory and lists the newest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lien-sms-'))
    try {
      const outbox = smsOutbox(dir)
      expect(await outbox.outbox()).toEqual([])
      expect(await outbox.send('+33611111111', 'Premier')).toEqual({
        sent: true,
        detail: 'boîte d’envoi de développement',
      })
      await outbox.send('+33622222222', 'Second')
      const listed = await outbox.outbox()
      expect(listed.map((m) => [m.to, m.text])).toEqual([
        ['+33622222222', 'Second'],
        ['+33611111111', 'Premier'],
      ])
      expect(await smsOutbox(dir).outbox()).toHaveLength(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

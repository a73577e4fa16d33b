import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../modules/auth/totp'
import { freePort } from '../test/free-port'

/** A real server process on a PGlite directory, driven over HTTP like a browser would. */
class Browser {
  cookies = new Map<string, string>()
  csrf = ''
  constructor(readonly base: string) {}
  async call(method: string, path: string, body?: unknown) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body !== undefined ? { 'content-type': 'application/json', 'x-csrf-token': this.csrf } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : null,
    })
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(';')
      const i = kv!.indexOf('=')
      this.cookies.set(kv!.slice(0, i), kv!.slice(i + 1))
    }
    return { status: res.status, body: (await res.json()) as any }
  }
  async init() {
    this.csrf = (await this.call('GET', '/api/auth/session')).body.csrfToken
  }
}

function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LIEN_DATA_DIR: dataDir, PORT: String(port), LIEN_JOBS: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (d: Buffer) => {
      out += d.toString()
      if (out.includes('Lien écoute sur')) resolve(child)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code}) : ${out}`)))
  })
}

describe('kill -9 during writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-crash-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('keeps every acknowledged write, and a second process on the same directory refuses to start', { timeout: 400_000 }, async () => {
    const port = await freePort()
    const server = await startServer(dataDir, port)
    const b = new Browser(`http://localhost:${port}`)
    await b.init()
    await b.call('POST', '/api/auth/login', { email: 'administrateur@demo-lien.test', password: 'Lien-Démo-Besançon-2026' })
    const { secret } = (await b.call('POST', '/api/auth/totp/enrolment', {})).body
    expect((await b.call('POST', '/api/auth/totp/enrolment/confirm', { code: await currentTotp(secret) })).status).toBe(200)

    const second = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, LIEN_DATA_DIR: dataDir, PORT: String(await freePort()), LIEN_JOBS: 'off', NODE_ENV: 'test' },
    })
    let secondErr = ''
    second.stderr.on('data', (d: Buffer) => (secondErr += d.toString()))
    const secondCode = await new Promise<number | null>((r) => second.on('exit', r))
    expect(secondCode).toBe(2)
    expect(secondErr).toMatch(/déjà utilisé par le processus/)

    const acknowledged: string[] = []
    let finished = false
    const writes = (async () => {
      for (let i = 0; i < 2000; i++) {
        try {
          const res = await b.call('POST', '/api/services', { name: `Service ${i}` })
          if (res.status === 201) acknowledged.push(res.body.name)
        } catch {
          break
        }
      }
      finished = true
    })()
    while (acknowledged.length < 40 && !finished) await new Promise((r) => setTimeout(r, 20))
    server.kill('SIGKILL')
    await writes
    if (server.exitCode === null && server.signalCode === null) await new Promise((r) => server.once('exit', r))

    const restarted = await startServer(dataDir, port)
    try {
      const c = new Browser(`http://localhost:${port}`)
      await c.init()
      await c.call('POST', '/api/auth/login', { email: 'administrateur@demo-lien.test', password: 'Lien-Démo-Besançon-2026' })
      await c.call('POST', '/api/auth/totp', { code: await currentTotp(secret) })
      const names = new Set((await c.call('GET', '/api/services')).body.map((s: { name: string }) => s.name))
      const lost = acknowledged.filter((n) => !names.has(n))
      expect(acknowledged.length).toBeGreaterThanOrEqual(40)
      expect(lost).toEqual([])
    } finally {
      restarted.kill('SIGTERM')
      await new Promise((r) => restarted.once('exit', r))
    }
  })
})

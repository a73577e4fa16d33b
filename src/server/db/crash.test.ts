import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../demo/demo'
import { HttpSession } from '../test/http-session'
import { freePort } from '../test/free-port'

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
    child.stdout.on('data', onData)
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code}) : ${out}`)))
  })
}

describe('kill -9 during writes', () => {
  const admin = `administrateur@${DEMO_DOMAIN}`
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-crash-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('keeps every acknowledged write, and a second process on the same directory refuses to start', { timeout: 400_000 }, async () => {
    const port = await freePort()
    const server = await startServer(dataDir, port)
    const b = await new HttpSession(`http://localhost:${port}`).init()
    const secret = await b.signInEnrollingTotp(admin, DEMO_PASSWORD)

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
      const c = await new HttpSession(`http://localhost:${port}`).init()
      await c.signInWithTotp(admin, DEMO_PASSWORD, secret)
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

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildApp } from '../app'
import { loadConfig } from '../config'
import { createDemo, demoTenant, type DemoData } from '../demo/demo'
import { accounts, currentTotp } from '../modules/auth'
import { newTotpSecret } from '../modules/auth/totp'
import { createMailer, type Mailer } from '../platform/mailer'
import { createSecrets, randomToken, type Secrets } from '../platform/secrets'
import type { Role } from '../../shared/modules/organisations/roles'
import { startFakeBan, type FakeBan } from './fake-ban'
import { testDatabase, type DatabaseKind, type TestDatabase } from './test-db'

export interface TestApp {
  app: FastifyInstance
  database: TestDatabase
  mailer: Mailer
  secrets: Secrets
  /** The app's data directory (uploaded files live under it). */
  dataDir: string
  /** The demo CCAS (Besançon) and a second tenant (Dole), one account per role in each. */
  tenantA: DemoData
  tenantB: DemoData
  /** The local address service the app geocodes with: nothing leaves the machine. */
  fakeBan: FakeBan
  /** A client signed in with this account (TOTP enrolled behind the scenes when needed). */
  signIn(email: string): Promise<TestClient>
  anonymous(): TestClient
  close(): Promise<void>
}

export interface Answer<T = unknown> {
  status: number
  body: T
  headers: Record<string, unknown>
}

export class TestClient {
  private cookies = new Map<string, string>()
  csrf = ''
  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    extra: Partial<InjectOptions> = {},
  ): Promise<Answer<T>> {
    const unsafe = method !== 'GET' && method !== 'HEAD'
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    }
    if (unsafe) {
      headers['x-csrf-token'] = this.csrf
      headers['content-type'] = 'application/json'
    }
    const res = await this.app.inject({
      method,
      url,
      headers: { ...headers, ...(extra.headers as Record<string, string> | undefined) },
      ...(unsafe
        ? {
            payload:
              typeof payload === 'string' || Buffer.isBuffer(payload)
                ? payload
                : JSON.stringify(payload ?? {}),
          }
        : {}),
      ...(extra.payload !== undefined ? { payload: extra.payload } : {}),
    })
    for (const c of res.cookies) {
      if (c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    let body: unknown = res.body
    if ((res.headers['content-type'] ?? '').toString().includes('json')) body = res.json()
    return { status: res.statusCode, body: body as T, headers: res.headers }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name)
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value)
  }

  async init() {
    const session = await this.request<{ csrfToken: string }>('GET', '/api/auth/session')
    this.csrf = session.body.csrfToken
    return this
  }

  get = <T = any>(url: string) => this.request<T>('GET', url)
  post = <T = any>(url: string, body?: unknown) => this.request<T>('POST', url, body)
  patch = <T = any>(url: string, body?: unknown) => this.request<T>('PATCH', url, body)
  delete = <T = any>(url: string) => this.request<T>('DELETE', url)
}

const dole = {
  name: 'CCAS de Dole',
  siret: '26390001200018',
  communeInsee: '39198',
  domain: 'dole.test',
  withPlatformAdmin: false,
}

export async function createTestApp(
  kind: DatabaseKind,
  options: {
    rateLimitFactor?: number
    clock?: () => Date
    /** The demo's domiciliation files; left out by default so that tests count only what they file. */
    demoDomiciliations?: boolean
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-test-'))
  const database = await testDatabase(kind)
  const fakeBan = await startFakeBan()
  const config = loadConfig({
    NODE_ENV: 'test',
    LIEN_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LIEN_JOBS: 'off',
    PUBLIC_URL: 'http://localhost:3000',
    GEOCODER_URL: fakeBan.url,
  })
  const secrets = createSecrets(randomToken(48))
  const mailer = createMailer(undefined, config.mailFrom, dataDir)
  const app = await buildApp({
    config,
    db: database.db,
    mailer,
    secrets,
    rateLimitFactor: options.rateLimitFactor ?? 100,
    ...(options.clock ? { clock: options.clock } : {}),
  })
  const tenantA = await createDemo(database.db, {
    ...demoTenant,
    withDomiciliations: options.demoDomiciliations ?? false,
  })
  const tenantB = await createDemo(database.db, dole)
  const totpSecrets = new Map<string, string>()

  async function ensureTotp(email: string): Promise<string> {
    const known = totpSecrets.get(email)
    if (known) return known
    const secret = newTotpSecret()
    await database.db.owner
      .update(accounts)
      .set({ totpSecret: secrets.encrypt(secret), totpEnabledAt: new Date() })
      .where(eq(accounts.email, email))
    totpSecrets.set(email, secret)
    return secret
  }

  return {
    app,
    database,
    mailer,
    secrets,
    dataDir,
    tenantA,
    tenantB,
    fakeBan,
    anonymous: () => new TestClient(app),
    async signIn(email) {
      const client = await new TestClient(app).init()
      const secret = await ensureTotp(email)
      // Each code is good once; the fixture forgets the last one so tests may sign in again at once.
      await database.db.owner.update(accounts).set({ totpLastStep: null }).where(eq(accounts.email, email))
      const login = await client.post<{ stage: string }>('/api/auth/login', {
        email,
        password: tenantA.password,
      })
      if (login.status !== 200)
        throw new Error(`connexion refusée pour ${email} : ${JSON.stringify(login.body)}`)
      const code = await currentTotp(secret)
      const totp = await client.post('/api/auth/totp', { code })
      if (totp.status !== 200) throw new Error(`code refusé pour ${email} : ${JSON.stringify(totp.body)}`)
      return client
    },
    async close() {
      await app.close()
      await database.drop()
      await fakeBan.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type { Role }

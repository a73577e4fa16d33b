import type { FastifyInstance } from 'fastify'
import { buildApp } from './app'
import type { Config } from './config'
import { openPglite, openPostgres, type Database } from './db/client'
import { lockDataDir } from './db/lock'
import { migrate } from './db/migrate'
import { createDemo, isEmpty, type DemoData } from './demo/demo'
import { startJobs, type Jobs } from './platform/jobs'
import { createMailer, type Mailer } from './platform/mailer'
import { createSmsProvider } from './platform/sms'
import { createSecrets, loadSecret } from './platform/secrets'

export interface Platform {
  app: FastifyInstance
  db: Database
  mailer: Mailer
  url: string
  demo: DemoData | undefined
  migrations: number
  close(): Promise<void>
}

export interface StartOptions {
  /** Listen on the configured port; false builds the app for `inject` only. */
  listen?: boolean
  rateLimitFactor?: number
  /** An already opened database (tests). */
  db?: Database
  /** The time the modules read as "now" (browser journeys move it to make a request late). */
  clock?: () => Date
}

/** Opens the database (with its lock), migrates, seeds the demo on an empty one, serves. */
export async function startPlatform(config: Config, options: StartOptions = {}): Promise<Platform> {
  const release = !options.db && !config.databaseUrl ? lockDataDir(config.dataDir) : () => undefined
  let db: Database | undefined
  let jobs: Jobs | undefined
  let app: FastifyInstance | undefined
  try {
    db = options.db ?? (config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir))
    const migrations = await migrate(db)
    const demo = config.demo && (await isEmpty(db)) ? await createDemo(db) : undefined
    const secrets = createSecrets(loadSecret(config.secret, config.dataDir))
    const mailer = createMailer(config.smtpUrl, config.mailFrom, config.dataDir)
    app = await buildApp({
      config,
      db,
      mailer,
      secrets,
      rateLimitFactor: options.rateLimitFactor ?? 1,
      ...(options.clock ? { clock: options.clock } : {}),
    })
    if (config.jobs === 'inprocess') jobs = await startJobs(db, app.log, config.sessionIdleMinutes, { mailer, publicUrl: config.publicUrl, imapMailboxes: config.imapMailboxes, sms: createSmsProvider(config.sms, config.dataDir), geocoderUrl: config.geocoderUrl, secrets, ...(options.clock ? { clock: options.clock } : {}) })
    let url = config.publicUrl
    if (options.listen !== false) {
      await app.listen({ host: config.host, port: config.port })
      const address = app.server.address()
      if (address && typeof address === 'object' && config.port === 0) url = `http://localhost:${address.port}`
    }
    const opened = db
    const server = app
    let closing: Promise<void> | undefined
    return {
      app: server,
      db: opened,
      mailer,
      url,
      demo,
      migrations,
      close: () =>
        (closing ??= (async () => {
          await server.close()
          await jobs?.stop()
          if (!options.db) await opened.close()
          release()
        })()),
    }
  } catch (err) {
    await app?.close().catch(() => undefined)
    await jobs?.stop().catch(() => undefined)
    if (db && !options.db) await db.close().catch(() => undefined)
    release()
    throw err
  }
}

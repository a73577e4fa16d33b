import { PgBoss, fromPglite } from 'pg-boss'
import type { Database } from '../db/client'
import { purgeAuditLog } from '../modules/audit'
import { authRepository } from '../modules/auth'

export type JobName = 'audit-retention' | 'sessions-cleanup'

export interface Jobs {
  /** Queues a scheduled job for right away (administration, tests). */
  runNow(name: JobName): Promise<void>
  stop(): Promise<void>
}

interface Logger {
  info(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/**
 * Background jobs on pg-boss, in the same database (PGlite through its adapter, or the server).
 * Runs in-process by default; `npm run worker` runs them in a separate process.
 */
export async function startJobs(db: Database, log: Logger, sessionIdleMinutes: number): Promise<Jobs> {
  const boss = db.pglite
    ? new PgBoss({ db: fromPglite(db.pglite), backend: 'pglite', schema: 'pgboss' })
    : new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 4 })
  boss.on('error', (err: Error) => log.error({ err: { message: err.message } }, 'tâches : erreur'))
  await boss.start()

  await boss.createQueue('audit-retention')
  await boss.work('audit-retention', async () => {
    const n = await purgeAuditLog(db)
    log.info({ deleted: n }, "journal d'audit : entrées anciennes supprimées")
  })
  await boss.schedule('audit-retention', '15 3 * * *', null, { tz: 'Europe/Paris' })

  await boss.createQueue('sessions-cleanup')
  await boss.work('sessions-cleanup', async () => {
    await authRepository(db.owner).deleteExpiredSessions(sessionIdleMinutes)
  })
  await boss.schedule('sessions-cleanup', '*/30 * * * *', null, { tz: 'Europe/Paris' })

  return {
    async runNow(name) {
      await boss.send(name, {})
    },
    stop: () => boss.stop({ graceful: true, timeout: 5000 }),
  }
}


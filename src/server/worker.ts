import { loadConfig } from './config'
import { openPostgres } from './db/client'
import { migrate } from './db/migrate'
import { startJobs } from './platform/jobs'
import { createMailer } from './platform/mailer'
import { createSecrets, loadSecret } from './platform/secrets'
import { createSmsProvider } from './platform/sms'

/** Background jobs in their own process. PGlite serves one process only: a worker needs DATABASE_URL. */
const config = loadConfig()
if (!config.databaseUrl) {
  console.error(
    'Le processus de tâches séparé demande un serveur PostgreSQL (DATABASE_URL). ' +
      'Avec la base embarquée, les tâches tournent dans le processus principal (npm start).',
  )
  process.exit(2)
}
const db = await openPostgres(config.databaseUrl, 4)
await migrate(db)
const log = {
  info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)),
  error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
}
const mailer = createMailer(config.smtpUrl, config.mailFrom, config.dataDir)
const jobs = await startJobs(db, log, config.sessionIdleMinutes, { mailer, publicUrl: config.publicUrl, imapMailboxes: config.imapMailboxes, sms: createSmsProvider(config.sms, config.dataDir), geocoderUrl: config.geocoderUrl, secrets: createSecrets(loadSecret(config.secret, config.dataDir)) })
console.log('Tâches de fond démarrées (LIEN_JOBS=off sur les processus web).')
const stop = async () => {
  await jobs.stop()
  await db.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

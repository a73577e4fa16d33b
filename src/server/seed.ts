import { loadConfig } from './config'
import { openPglite, openPostgres } from './db/client'
import { lockDataDir } from './db/lock'
import { migrate } from './db/migrate'
import { seedSynthetic } from './demo/synthetic'

/** `npm run seed -- --scale N`: adds N synthetic tenants with members, audit entries and 10,000 × N usagers each. */
const args = process.argv.slice(2)
const scale = Number(args[args.indexOf('--scale') + 1] ?? 1)
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  console.error('--scale : un entier de 1 à 1000 est attendu.')
  process.exit(2)
}
const config = loadConfig()
const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir)
const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir)
try {
  await migrate(db)
  const counts = await seedSynthetic(db, scale, (done) =>
    process.stdout.write(`\r${done}/${scale} organisations`),
  )
  console.log(
    `\n${counts.organisations} organisations, ${counts.accounts} comptes, ${counts.auditEntries} entrées de journal, ${counts.usagers} dossiers d’usagers, ${counts.requests} demandes ajoutés.`,
  )
} finally {
  await db.close()
  release()
}

import { loadConfig } from './config'
import { openPglite, openPostgres } from './db/client'
import { lockDataDir } from './db/lock'
import { migrate } from './db/migrate'
import { seedSynthetic } from './demo/synthetic'

/**
 * `npm run seed -- --scale N [--organisations K]`: adds K synthetic organisations (1 by default),
 * each with N times a CCAS's yearly volume: 10,000 × N people, 100,000 × N requests, members and
 * audit entries. `--scale 10` gives 100,000 people and 1,000,000 requests in one organisation.
 */
const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : 1)
const scale = option('--scale')
const organisationCount = option('--organisations')
for (const [name, value] of [
  ['--scale', scale],
  ['--organisations', organisationCount],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    console.error(`${name} : un entier de 1 à 1000 est attendu.`)
    process.exit(2)
  }
}
const bar = (done: number, total: number) =>
  `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}]`
const n = (x: number) => x.toLocaleString('fr-FR')

const config = loadConfig()
const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir)
const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir)
try {
  await migrate(db)
  const started = Date.now()
  const counts = await seedSynthetic(
    db,
    scale,
    (done, total) =>
      process.stdout.write(
        `\r${bar(done, total)} ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`,
      ),
    { organisations: organisationCount },
  )
  console.log(
    `\n${n(counts.organisations)} organisation(s), ${n(counts.accounts)} comptes, ${n(counts.usagers)} dossiers d’usagers, ${n(counts.requests)} demandes, ${n(counts.auditEntries)} entrées de journal ajoutés.`,
  )
} finally {
  await db.close()
  release()
}

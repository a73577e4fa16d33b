/**
 * The yearly recap of a large plan (500 actions, their milestones and budget lines, from the
 * synthetic plan of the dashboard benchmark): the recap read in a tenant transaction as the
 * application role, then its PDF (tables by axis and Gantt calendar) and its workbook, as the
 * routes make them (no HTTP). Writes its own section of RESULTS.md beside this file.
 *
 *   npm run bench:pilotage-recap -- [--runs 5] [--database pglite|postgresql]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { openPglite, openPostgres, type Database } from '../../src/server/db/client'
import { migrate } from '../../src/server/db/migrate'
import { accounts } from '../../src/server/modules/auth/auth.table'
import { memberships, organisations } from '../../src/server/modules/organisations/organisations.table'
import { governanceRepository } from '../../src/server/modules/pilotage/governance/governance.repository'
import { recapPdf } from '../../src/server/modules/pilotage/governance/recap.pdf'
import { yearlyRecap } from '../../src/server/modules/pilotage/governance/recap.model'
import { recapXlsx } from '../../src/server/modules/pilotage/governance/recap.xlsx'
import { parisDate } from '../../src/shared/dates'
import { newId } from '../../src/shared/ids'
import { databaseLabel, postgresUrl, type BenchDatabase } from '../support/bench-platform'
import { syntheticPlan } from './synthetic'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    database: { type: 'string', default: 'postgresql' },
  },
})
const runs = Number(values.runs)
const database = values.database as BenchDatabase
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const today = parisDate(new Date())
const year = Number(today.slice(0, 4))
const load = loadavg().map((n) => n.toFixed(1))

async function open(): Promise<{ db: Database; close: () => Promise<void> }> {
  if (database === 'postgresql') {
    const name = `lien_bench_recap_${process.pid}`
    await dropDatabase(postgresUrl, name)
    const db = await openPostgres(await createDatabase(postgresUrl, name), 4)
    return {
      db,
      async close() {
        await db.close()
        await dropDatabase(postgresUrl, name)
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'lien-bench-recap-'))
  const db = await openPglite(dir)
  return {
    db,
    async close() {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const { db, close } = await open()
const timings = { read: [] as number[], pdf: [] as number[], total: [] as number[], xlsx: [] as number[] }
let pages = 0
let bytes = 0
let actionsShown = 0
try {
  await migrate(db)
  const [org] = await db.owner.insert(organisations).values({ kind: 'ccas', name: 'CCAS de mesure' }).returning()
  const organisationId = org!.id
  const pilotIds = Array.from({ length: 20 }, () => newId())
  await db.owner
    .insert(accounts)
    .values(pilotIds.map((id, i) => ({ id, email: `pilote${i}@recap.test`, displayName: `Pilote ${i + 1}` })))
  await db.owner
    .insert(memberships)
    .values(pilotIds.map((accountId) => ({ organisationId, accountId, roles: ['direction'] })))
  const plan = await syntheticPlan(db.owner, { organisationId, today, pilotAccountIds: pilotIds })
  log(`${databaseLabel(database)} : plan écrit (${JSON.stringify(plan.counts)})`)

  const once = () =>
    db.transaction({ organisationId, accountId: pilotIds[0]!, platformAdmin: false }, async (tx) => {
      const start = performance.now()
      const row = (await governanceRepository(tx).plan(plan.planId))!
      const recap = await yearlyRecap(tx, row, year, today)
      const read = performance.now()
      const pdf = await recapPdf(recap)
      const done = performance.now()
      const xlsx = await recapXlsx(recap)
      const end = performance.now()
      return { recap, pdf, xlsx, read: read - start, pdfMs: done - read, total: done - start, xlsxMs: end - done }
    })
  await once() // warm-up: fonts read, code compiled
  for (let i = 0; i < runs; i++) {
    const r = await once()
    timings.read.push(r.read)
    timings.pdf.push(r.pdfMs)
    timings.total.push(r.total)
    timings.xlsx.push(r.xlsxMs)
    pages = (await PDFDocument.load(r.pdf)).getPageCount()
    bytes = r.pdf.length
    actionsShown = r.recap.axes.reduce((n, a) => n + a.actions.length, 0)
    log(`essai ${i + 1} : ${r.total.toFixed(0)} ms`)
  }
} finally {
  await close()
}

const sorted = (list: number[]) => [...list].sort((a, b) => a - b)
const worst = (list: number[]) => sorted(list).at(-1)!
const median = (list: number[]) => sorted(list)[Math.floor(list.length / 2)]!
const s = (n: number) => (n / 1000).toFixed(2)
const section = [
  '<!-- recap:start -->',
  '## Liste récapitulative annuelle en PDF (npm run bench:pilotage-recap)',
  '',
  `Mesuré le ${today} sur ${cpus().length} cœurs (${cpus()[0]?.model?.trim() ?? 'inconnu'}), machine partagée : charge moyenne ${load.join(' / ')} au départ. Plan synthétique du tableau de bord (500 actions en 6 axes, leurs jalons et lignes de budget) ; l’année ${year}, soit ${actionsShown.toLocaleString('fr-FR')} actions dans la liste. Chronométré côté serveur, dans la transaction de la requête sous le rôle de l’application : lecture de la liste (axes, actions, jalons de l’année, budget de l’année, noms des pilotes), puis le PDF (tableaux par axe et diagramme de Gantt, polices embarquées) ; ${runs} essais après un premier à blanc.`,
  `Commande : \`npm run bench:pilotage-recap -- --runs ${runs} --database ${database}\``,
  '',
  '| mesure | base | médiane (s) | pire (s) | objectif |',
  '|---|---|---:|---:|---:|',
  `| lecture de la liste | ${databaseLabel(database)} | ${s(median(timings.read))} | ${s(worst(timings.read))} | — |`,
  `| PDF (mise en page) | ${databaseLabel(database)} | ${s(median(timings.pdf))} | ${s(worst(timings.pdf))} | — |`,
  `| **liste + PDF** | ${databaseLabel(database)} | ${s(median(timings.total))} | ${s(worst(timings.total))} | ≤ 5 s |`,
  `| tableur XLSX (pour information) | ${databaseLabel(database)} | ${s(median(timings.xlsx))} | ${s(worst(timings.xlsx))} | — |`,
  '',
  `Le PDF fait ${pages} pages (${(bytes / 1024).toFixed(0)} Kio) : les polices sont embarquées en sous-ensemble, la police arabe seulement quand un nom l’exige.`,
  '<!-- recap:end -->',
].join('\n')

const file = join(here, 'RESULTS.md')
let current: string
try {
  current = readFileSync(file, 'utf8')
} catch {
  current = ''
}
const marked = /<!-- recap:start -->[\s\S]*<!-- recap:end -->/
const next = marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`
writeFileSync(file, next.trimStart())
process.stdout.write(`${section}\n`)

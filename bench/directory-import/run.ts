/**
 * Directory import at scale: a spreadsheet of 1,000 lines (associations and their services in the
 * Besançon area) sent to the import, then its places located in the background against the local
 * fake of the Géoplateforme, under the real adapter (cache, 50 requests a second). Timed from the
 * upload to the end of the progress bar, as the keeper sees it.
 *
 *   npm run bench:directory-import -- [--lines 1000] [--database pglite|postgresql|both]
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { ImportView } from '../../src/shared/modules/partenaires/imports.contract'
import { sheetCsv } from '../../src/server/modules/partenaires/imports/fixtures/sheet-samples'
import { startFakeBan } from '../../src/server/test/fake-ban'
import { HttpSession } from '../../src/server/test/http-session'
import { benchPlatform, databaseLabel } from '../support/bench-platform'

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000' },
    database: { type: 'string', default: 'both' },
  },
})
const lines = Number(values.lines)
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const TARGET_SECONDS = 30

interface Row {
  database: string
  upload: number
  total: number
  places: number
  calls: number
  located: ImportView['report']['located']
  steps: number
}

async function run(database: 'pglite' | 'postgresql'): Promise<Row> {
  const fake = await startFakeBan()
  const { platform: p, close } = await benchPlatform(database, 'directory-import', { GEOCODER_URL: fake.url })
  try {
    const session = await new HttpSession(p.url).init()
    await session.signInEnrollingTotp(p.demo!.accounts.direction, p.demo!.password)
    const csrf = (await session.call<{ csrfToken: string }>('GET', '/api/auth/session')).body.csrfToken
    const bytes = Buffer.from(sheetCsv(lines), 'utf-8')
    log(`${database} : envoi de ${lines} lignes`)
    const started = performance.now()
    const res = await fetch(`${p.url}/api/directory-imports/sheet/commit?fileName=bench.csv`, {
      method: 'POST',
      headers: {
        cookie: session.cookieHeader,
        'x-csrf-token': csrf,
        'content-type': 'application/octet-stream',
      },
      body: bytes,
    })
    const created = (await res.json()) as ImportView
    if (res.status !== 201) throw new Error(`statut ${res.status} : ${JSON.stringify(created)}`)
    const upload = (performance.now() - started) / 1000
    let view = created
    let steps = 0
    let lastDone = -1
    while (view.status === 'en_cours') {
      await new Promise((resolve) => setTimeout(resolve, 250))
      view = (await session.call<ImportView>('GET', `/api/directory-imports/${created.id}`)).body
      if (view.done !== lastDone) {
        steps++
        lastDone = view.done
      }
    }
    const total = (performance.now() - started) / 1000
    if (view.status !== 'terminee')
      throw new Error(`import ${view.status} : ${JSON.stringify(view.report.error)}`)
    log(`${database} : ${view.total} lieux localisés en ${total.toFixed(1)} s (${fake.calls.length} appels)`)
    return {
      database: databaseLabel(database),
      upload,
      total,
      places: view.total,
      calls: fake.calls.length,
      located: view.report.located,
      steps,
    }
  } finally {
    await close()
    await fake.close()
  }
}

const databases =
  values.database === 'both'
    ? (['pglite', 'postgresql'] as const)
    : [values.database as 'pglite' | 'postgresql']
const results: Row[] = []
for (const database of databases) results.push(await run(database))

const date = new Date().toISOString().slice(0, 10)
const out = [
  '## Import de l’annuaire (1 000 lignes, localisation comprise)',
  '',
  `Mesuré le ${date} sur ${cpus().length} cœurs (${cpus()[0]?.model.trim() ?? 'processeur inconnu'}), machine partagée, avec \`nice -n 19\`.`,
  `Commande : \`npm run bench:directory-import -- --lines ${lines} --database ${values.database}\`.`,
  '',
  `Un tableur de ${lines} lignes (structures et services de l’agglomération bisontine, \`sheet-samples.ts\`) envoyé à l’import,`,
  'puis les lieux localisés en arrière-plan par l’adaptateur réel (cache, 50 requêtes par seconde) contre le faux service',
  'd’adresses local. Durée de l’envoi à la fin de la barre de progression, vue du client qui la suit toutes les 250 ms.',
  '',
  '| Base | Envoi et enregistrement (s) | Jusqu’à la fin de la localisation (s) | Lieux | Appels au service | Adresse / rue / commune / inconnue | Pas de progression vus | Objectif |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.database} | ${r.upload.toFixed(1)} | ${r.total.toFixed(1)} | ${r.places} | ${r.calls} | ${r.located.adresse} / ${r.located.rue} / ${r.located.commune} / ${r.located.inconnue} | ${r.steps} | ≤ ${TARGET_SECONDS} s : ${r.total <= TARGET_SECONDS ? 'atteint' : 'non atteint'} |`,
  ),
  '',
  'Les appels au service sont moins nombreux que les lieux : une même adresse n’est demandée qu’une fois (cache).',
]
writeFileSync(join(here, 'RESULTS.md'), `${out.join('\n')}\n`)
log(out.join('\n'))

/**
 * Offer search at scale: 50,000 offers from 2,000 employers spread over France, searched with
 * words (typos included), a town and a radius that widens when too few offers are near, and the
 * portal's filters. The search service is timed server-side, in the request's transaction as the
 * application role, as the route runs it (no HTTP). Towns are placed by an in-memory geocoder, as
 * the geocoding cache would in production.
 *
 *   npm run bench:metiers -- [--offers 50000] [--employers 2000] [--samples 400] [--database pglite|postgresql|both]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { offerSearchQuery, type OfferSearchQuery } from '../../src/shared/modules/metiers/search.contract'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { openPglite, openPostgres, rows, type Database } from '../../src/server/db/client'
import { migrate } from '../../src/server/db/migrate'
import { seededRandom, pick } from '../../src/server/demo/names'
import { normalisePlaceName } from '../../src/server/platform/geocoding/communes'
import type { Geocoder } from '../../src/server/platform/geocoding/geocoder'
import { offerSearchService } from '../../src/server/modules/metiers/search.service'
import { databaseLabel, postgresUrl, type BenchDatabase } from '../support/bench-platform'
import { jobs, syntheticOffers, towns } from './synthetic'

const { values } = parseArgs({
  options: {
    offers: { type: 'string', default: '50000' },
    employers: { type: 'string', default: '2000' },
    samples: { type: 'string', default: '400' },
    database: { type: 'string', default: 'both' },
  },
})
const size = { offers: Number(values.offers), employers: Number(values.employers) }
const samples = Number(values.samples)
const databases: BenchDatabase[] =
  values.database === 'both' ? ['postgresql', 'pglite'] : [values.database as BenchDatabase]
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (n: number) => n.toFixed(1)
const now = new Date()

/** Towns placed as the geocoder's cache would place them. */
const townGeocoder: Geocoder = {
  async geocode(query) {
    const town = towns.find((t) => normalisePlaceName(t.name) === normalisePlaceName(query.text))
    if (!town) return null
    return {
      label: town.name,
      score: 0.95,
      type: 'municipality',
      postcode: town.postcode,
      city: town.name,
      citycode: query.citycode ?? '00000',
      banId: null,
      latitude: town.latitude,
      longitude: town.longitude,
    }
  },
}

/** Searches as visitors make them: words (some misspelt) or a job code, a town, a radius and a few filters. */
function queries(count: number): OfferSearchQuery[] {
  const random = seededRandom(7)
  const words = [
    'aide soignant',
    'aide-soignante',
    'educateur specialise',
    'éducatrice',
    'auxiliaire de vie',
    'aide à domicile',
    'AES',
    'moniteur éducateur',
    'assistante familiale',
    'TISF',
    'médecin',
    'aide soigant',
    'educatur jeunes enfants',
    'nuit ehpad',
    'creche',
    'assistante sociale',
    'domicile',
  ]
  const total = towns.reduce((sum, t) => sum + t.weight, 0)
  const town = () => {
    let r = random() * total
    for (const t of towns) if ((r -= t.weight) <= 0) return t.name
    return towns[0]!.name
  }
  return Array.from({ length: count }, () => {
    const input: Record<string, unknown> = {}
    const what = random()
    if (what < 0.75) input.q = pick(random, words)
    else if (what < 0.9) input.rome = pick(random, jobs).rome
    if (random() < 0.9) {
      input.lieu = town()
      input.rayon = pick(random, [10, 20, 20, 20, 30, 50])
    }
    if (random() < 0.4) input.exclure = ['nuit']
    if (random() < 0.2) input.contrat = pick(random, [['cdi'], ['cdi', 'cdd'], ['titulaire', 'contractuel']])
    if (random() < 0.15) input.temps = 'temps_plein'
    if (random() < 0.15) input.sansPermis = true
    if (random() < 0.1) input.vehicule = true
    if (random() < 0.1) input.salaireMin = pick(random, [1900, 2100, 2300])
    if (random() < 0.15) input.employeur = pick(random, [['ehpad'], ['saad', 'ssiad'], ['ccas', 'cias']])
    if (random() < 0.15) input.depuis = pick(random, [7, 30])
    if (random() < 0.03) input.logement = true
    input.tri = random() < 0.7 ? 'pertinence' : random() < 0.66 ? 'distance' : 'date'
    if (random() < 0.1) input.page = 2
    return offerSearchQuery.parse(input)
  })
}

interface Measured {
  database: BenchDatabase
  all: number[]
  textPlaceFilters: number[]
  widened: number
  meanTotal: number
  written: { offers: number; employers: number }
  fillSeconds: number
}

async function open(database: BenchDatabase): Promise<{ db: Database; close: () => Promise<void> }> {
  if (database === 'postgresql') {
    const name = `lien_bench_metiers_${process.pid}`
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
  const dir = mkdtempSync(join(tmpdir(), 'lien-bench-metiers-'))
  const db = await openPglite(dir)
  return {
    db,
    async close() {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function measure(database: BenchDatabase): Promise<Measured> {
  const { db, close } = await open(database)
  try {
    await migrate(db)
    log(`${databaseLabel(database)} : ${size.offers} offres, ${size.employers} employeurs`)
    const fillStart = performance.now()
    const written = await syntheticOffers(db.owner, size, now)
    await rows(db.owner, sql`analyze`)
    const fillSeconds = (performance.now() - fillStart) / 1000
    const service = offerSearchService({ clock: () => now, geocoder: townGeocoder })
    const run = (query: OfferSearchQuery) =>
      db.transaction({ organisationId: null, accountId: null, platformAdmin: false }, (tx) =>
        service.search(tx, query),
      )
    const list = queries(samples)
    for (const query of list.slice(0, 30)) await run(query)
    const all: number[] = []
    const textPlaceFilters: number[] = []
    let widened = 0
    let totals = 0
    for (const query of list) {
      const start = performance.now()
      const answer = await run(query)
      const elapsed = performance.now() - start
      all.push(elapsed)
      const filtered = Object.keys(query).some((k) =>
        [
          'exclure',
          'contrat',
          'temps',
          'sansPermis',
          'vehicule',
          'salaireMin',
          'employeur',
          'depuis',
          'logement',
        ].includes(k),
      )
      if (query.q && query.lieu && filtered) textPlaceFilters.push(elapsed)
      if (answer.elargi) widened++
      totals += answer.total
    }
    all.sort((a, b) => a - b)
    textPlaceFilters.sort((a, b) => a - b)
    return { database, all, textPlaceFilters, widened, meanTotal: totals / list.length, written, fillSeconds }
  } finally {
    await close()
  }
}

const results: Measured[] = []
for (const database of databases) results.push(await measure(database))

const row = (label: string, database: BenchDatabase, times: number[], target: string) =>
  `| ${label} (${times.length}) | ${databaseLabel(database)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} | ${ms(times.at(-1)!)} | ${target} |`

const first = results[0]!
const lines = [
  '## Recherche d’offres d’emploi (npm run bench:metiers)',
  '',
  `Mesuré le ${now.toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}) : ${first.written.offers.toLocaleString('fr-FR')} offres de ${first.written.employers.toLocaleString('fr-FR')} employeurs autour de ${towns.length} villes de France (dont l’Ain), les 11 métiers du portail, 9 offres sur 10 publiées (les autres brouillons, pourvues ou expirées, et une publiée sur vingt déjà passée sa fin). ${samples} recherches variées une à une : mots (fautes comprises) ou code ROME, ville et rayon de 10 à 50 km qui s’élargit s’il y a moins de 10 offres, filtres (sans nuit, contrat, temps plein, permis non exigé, véhicule, salaire, type d’employeur, date), tri et page. Le service de recherche est chronométré côté serveur, dans la transaction de la requête sous le rôle de l’application, sans HTTP.`,
  `Commande : \`npm run bench:metiers -- --offers ${size.offers} --employers ${size.employers} --samples ${samples}\``,
  '',
  '| mesure (nombre) | base | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | objectif p95 (ms) |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.flatMap((r) => [
    row(
      'texte + rayon + filtres',
      r.database,
      r.textPlaceFilters,
      r.database === 'postgresql' ? '≤ 40' : '—',
    ),
    row('toutes les recherches', r.database, r.all, r.database === 'postgresql' ? '≤ 40' : '—'),
  ]),
  '',
  ...results.map(
    (r) =>
      `${databaseLabel(r.database)} : remplissage en ${r.fillSeconds.toFixed(0)} s ; ${r.widened} recherches sur ${r.all.length} ont élargi leur rayon ; ${r.meanTotal.toLocaleString('fr-FR', { maximumFractionDigits: 0 })} offres trouvées en moyenne.`,
  ),
  '',
  'Les offres publiées sont lues par une seule fonction (`metiers_offer_search`, SECURITY DEFINER : sous la sécurité des lignes, les opérateurs de texte et de position ne serviraient pas d’index). Chaque mot tapé est d’abord cherché dans le vocabulaire des offres (quelques milliers de mots, index trigramme) pour trouver ses graphies proches (fautes de frappe), puis les offres sont lues par leur vecteur plein texte enregistré (index GIN partiel : le mot, une graphie proche ou un mot qu’ils commencent, pluriels et féminins compris) et par le rectangle englobant du cercle (B-tree sur latitude et longitude), avant la distance exacte. Le rayon demandé lit sa page et son total en un passage ; s’il compte moins de 10 offres, une seule requête de plus lit une fois les offres du plus grand rayon (100 km), choisit le premier rayon (30, 50, 100 km) qui en a assez et classe sa page ; la page est classée par mots, proximité, fraîcheur et taux de réponse de l’employeur, puis relue sous les politiques.',
]
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)

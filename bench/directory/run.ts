/**
 * Directory search at scale: 5,000 services at 8,000 places in the demo organisation's directory,
 * searched with text + filters + distance (“entraide aide alimentaire ouvert samedi près de la rue
 * de la Viotte”). One request at a time over 127.0.0.1, timed by the client: the figures include
 * HTTP on the loopback, so they bound the server-side time from above. Addresses are looked up in a
 * local fake of the address service, then from the geocoding cache, as in production.
 *
 *   npm run bench:directory -- [--services 5000] [--places 8000] [--samples 300]
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { rows } from '../../src/server/db/client'
import { syntheticDirectory } from '../../src/server/modules/partenaires/directory.demo'
import { fakeStreets, startFakeBan } from '../../src/server/test/fake-ban'
import { HttpSession } from '../../src/server/test/http-session'
import { benchPlatform } from '../support/bench-platform'

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '5000' },
    places: { type: 'string', default: '8000' },
    samples: { type: 'string', default: '300' },
  },
})
const size = { services: Number(values.services), places: Number(values.places) }
const samples = Number(values.samples)
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (n: number) => n.toFixed(1)

/** Searches as agents type them: a word, a theme, an opening day or now, a language or access, a street of Besançon. */
function queries(count: number): string[] {
  const words = ['entraide', 'solidarite', 'partage', 'relais', 'horizon', 'passerelle', 'escale', 'accueil']
  const themes = ['aide alimentaire', 'logement', 'sante', 'numerique', 'emploi', 'colis', 'epicerie']
  const when = ['ouvert samedi', 'ouvert maintenant', 'demain', 'ouvert lundi', '']
  const extra = ['', 'parle anglais', 'accessible', 'sans rendez-vous', 'pour les familles']
  const streets = fakeStreets.filter((s) => s.citycode === '25056').map((s) => s.name)
  return Array.from({ length: count }, (_, i) => {
    const q = [
      words[i % words.length],
      themes[(i * 3) % themes.length],
      when[(i * 7) % when.length],
      extra[(i * 5) % extra.length],
      `près de ${streets[(i * 11) % streets.length]}`,
    ]
      .filter(Boolean)
      .join(' ')
    return `/api/directory/search?q=${encodeURIComponent(q)}`
  })
}

async function measure() {
  const fake = await startFakeBan()
  const { platform: p, close } = await benchPlatform('postgresql', 'directory', { GEOCODER_URL: fake.url })
  try {
    const demo = p.demo!
    log(`remplissage : ${size.services} services, ${size.places} lieux`)
    const written = await syntheticDirectory(p.db.owner, demo.organisationId, size)
    await rows(p.db.owner, sql`analyze`)
    const session = await new HttpSession(p.url).init()
    await session.signInEnrollingTotp(demo.accounts.agent_accueil, demo.password)
    const paths = queries(200)
    // Warm-up: every address once through the fake service, then from the cache.
    for (const path of paths.slice(0, 40)) await session.call('GET', path)
    const times: number[] = []
    let results = 0
    for (let i = 0; i < samples; i++) {
      const path = paths[i % paths.length]!
      const start = performance.now()
      const res = await session.call<{ total: number; origin: unknown }>('GET', path)
      times.push(performance.now() - start)
      if (res.status !== 200) throw new Error(`${path} : statut ${res.status}`)
      if (!res.body.origin) throw new Error(`${path} : sans point de départ`)
      results += res.body.total
    }
    times.sort((a, b) => a - b)
    return {
      written,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1)!,
      meanResults: results / samples,
    }
  } finally {
    await close()
    await fake.close()
  }
}

const r = await measure()
const lines = [
  '## Recherche dans l’annuaire des partenaires (npm run bench:directory)',
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}), PostgreSQL 15 : ${r.written.services.toLocaleString('fr-FR')} services en ${r.written.places.toLocaleString('fr-FR')} lieux (${r.written.structures.toLocaleString('fr-FR')} structures) dans l’annuaire d’une organisation, ${samples} recherches une à une sur 127.0.0.1 mêlant texte, thème, jour d’ouverture ou « maintenant », langue ou accessibilité et distance à une rue de Besançon (rayon 10 km, ${r.meanResults.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} résultat(s) en moyenne), chronométrées par le client (HTTP compris).`,
  `Commande : \`npm run bench:directory -- --services ${size.services} --places ${size.places} --samples ${samples}\``,
  '',
  '| mesure | base | p50 (ms) | p95 (ms) | max (ms) | objectif p95 (ms) |',
  '|---|---|---:|---:|---:|---:|',
  `| recherche texte + filtres + distance (GET /api/directory/search) | PostgreSQL 15 | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ≤ 40 |`,
  '',
  'Près d’un point, les lieux dans le rayon sont lus d’abord (index de position), puis leurs services (index par lieu) ; le texte n’est comparé qu’à ceux-là. Côté serveur, la requête prend 1 à 3 ms (`npx tsx bench/directory/explain.ts` montre les plans) ; le reste est la session, la transaction, le cache du géocodage et HTTP, sur une machine partagée.',
]
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)

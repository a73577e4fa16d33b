// The apprenticeship matcher against the target: 20,000 requests against 5,000 seats, all
// pairs ranked, top 20 each way, in at most 5 s on 2 cores. Writes RESULTS.md beside this file.
//   npx tsx bench/apprenticeships/run.ts [--requests 20000] [--seats 5000] [--runs 5]
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { keptPairs, rankMatches } from '../../src/server/modules/metiers/apprenticeships/matcher'
import { syntheticRequests, syntheticSeats, towns } from './synthetic'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    seats: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
  },
})
const requestCount = Number(values.requests)
const seatCount = Number(values.seats)
const runs = Number(values.runs)

const seats = syntheticSeats(seatCount)
const requests = syntheticRequests(requestCount)
const load = loadavg()[0]!.toFixed(1)

const times: number[] = []
const cpuTimes: number[] = []
let summary = { pairs: 0, requestsMatched: 0, seatsMatched: 0, kept: 0 }
for (let i = 0; i < runs; i++) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const ranked = rankMatches(seats, requests, 20)
  const kept = keptPairs(ranked)
  times.push(performance.now() - started)
  const used = process.cpuUsage(cpu)
  cpuTimes.push((used.user + used.system) / 1000)
  summary = {
    pairs: [...ranked.forRequest.values()].reduce((n, l) => n + l.length, 0),
    requestsMatched: ranked.forRequest.size,
    seatsMatched: ranked.forSeat.size,
    kept: kept.length,
  }
  console.log(`passe ${i + 1} : ${times[i]!.toFixed(0)} ms (processeur ${cpuTimes[i]!.toFixed(0)} ms)`)
}
times.sort((a, b) => a - b)
cpuTimes.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
const worst = times[times.length - 1]!
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)]!
const machine = `${cpus().length} cœurs (${cpus()[0]?.model?.trim() ?? 'inconnu'})`
const fr = (n: number) => n.toLocaleString('fr-FR')

const lines = [
  '## Rapprochement des demandes et des places d’apprentissage (npx tsx bench/apprenticeships/run.ts)',
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${machine}, charge moyenne ${load} au départ, un seul fil : ${fr(requestCount)} demandes contre ${fr(seatCount)} places, données synthétiques déterministes autour de ${towns.length} villes de l’Ain et alentour, les 11 métiers du portail, mobilité de 10 à 50 km ou de 15 à 60 minutes selon le moyen de transport, début de juin à décembre, CFA connu une fois sur deux. Toutes les paires possibles sont notées (métier, distance et mobilité, dates, CFA) et expliquées, puis classées : les 20 meilleures places de chaque demande et les 20 meilleures demandes de chaque place.`,
  `Commande : \`npx tsx bench/apprenticeships/run.ts --requests ${requestCount} --seats ${seatCount} --runs ${runs}\``,
  '',
  '| mesure | médiane (ms) | pire (ms) | temps processeur, médiane (ms) | objectif (ms) |',
  '|---|---:|---:|---:|---:|',
  `| classement dans les deux sens (${runs} passes) | ${median.toFixed(0)} | ${worst.toFixed(0)} | ${cpuMedian.toFixed(0)} | ≤ 5 000 |`,
  '',
  `${fr(summary.requestsMatched)} demandes ont au moins une place, ${fr(summary.seatsMatched)} places au moins une demande ; ${fr(summary.kept)} paires gardées d’un côté ou de l’autre.`,
  '',
  'Les places sont rangées par famille ROME puis dans une grille de cellules d’environ 10 km : une demande ne rencontre que les places de ses familles dans les cellules que sa mobilité atteint, et chaque paire retenue met à jour les deux classements (20 meilleures, par insertion) ; les phrases d’explication ne sont écrites que pour les paires gardées. Un seul fil suffit sous l’objectif ; la machine étant partagée, la charge au départ est donnée avec la mesure, et le temps processeur la complète.',
]
const here = dirname(fileURLToPath(import.meta.url))
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
console.log(lines.join('\n'))

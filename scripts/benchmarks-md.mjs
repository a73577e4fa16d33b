// Assembles BENCHMARKS.md from the sections each benchmark writes.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'

const sections = [
  'bench/http/RESULTS.md',
  'bench/http/ANALYSIS.md',
  'bench/accueil/RESULTS.md',
  'bench/domiciliation/RESULTS.md',
  'bench/directory/RESULTS.md',
  'bench/directory-import/RESULTS.md',
  'bench/metiers/RESULTS.md',
  'bench/portal/RESULTS.md',
  'bench/apprenticeships/RESULTS.md',
  'bench/pilotage/RESULTS.md',
  'bench/solver/RESULTS.md',
]
  .filter((f) => existsSync(f))
  .map((f) => readFileSync(f, 'utf8').trim())
writeFileSync(
  'BENCHMARKS.md',
  [
    '# Benchmarks',
    '',
    'Les derniers chiffres mesurés, avec la date, la machine et la commande pour les reproduire.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n'),
)

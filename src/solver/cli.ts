import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { Budget } from './engine'
import type { SearchParams } from './search'
import { parseSolomon } from './solomon'
import { solveSolomon } from './solve-solomon'

const USAGE = `usage:
  solve --solomon <file> [--seconds <s> | --iterations <n>] [--seed <n>] [--threads <n>] [--mode hierarchical|distance] [--params <json>]
  solve --model <file.json> [--seconds <s> | --iterations <n>] [--seed <n>] [--threads <n>]`

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

function num(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt
  const x = Number(v)
  if (!Number.isFinite(x) || x < 0) fail(`--${name}: nombre positif attendu, reçu « ${v} »`)
  return x
}

async function main(): Promise<void> {
  let values
  try {
    values = parseArgs({
      options: {
        solomon: { type: 'string' },
        model: { type: 'string' },
        seconds: { type: 'string' },
        iterations: { type: 'string' },
        seed: { type: 'string' },
        threads: { type: 'string' },
        mode: { type: 'string' },
        params: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`)
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const seed = num('seed', values.seed, 1)
  let params: Partial<SearchParams> | undefined
  if (values.params !== undefined) {
    try {
      params = JSON.parse(values.params) as Partial<SearchParams>
    } catch {
      fail('--params : objet JSON attendu')
    }
  }
  const threads = num('threads', values.threads, 2)
  const budget: Budget =
    values.iterations !== undefined
      ? { iterations: num('iterations', values.iterations, 0) }
      : { seconds: num('seconds', values.seconds, 10) }
  if (values.solomon !== undefined) {
    const mode = values.mode ?? 'hierarchical'
    if (mode !== 'hierarchical' && mode !== 'distance')
      fail(`--mode: hierarchical ou distance, reçu « ${mode} »`)
    let text: string
    try {
      text = readFileSync(values.solomon, 'utf8')
    } catch (e) {
      fail(`${values.solomon}: ${(e as Error).message}`)
    }
    const inst = parseSolomon(text, basename(values.solomon))
    const res = await solveSolomon(inst, {
      budget,
      seed,
      threads,
      hierarchical: mode === 'hierarchical',
      params,
    })
    process.stdout.write(`${JSON.stringify(res)}\n`)
    return
  }
  if (values.model !== undefined) {
    const { solveModelFile } = await import('./solve-model')
    const out = await solveModelFile(values.model, { budget, seed, threads, params })
    process.stdout.write(`${JSON.stringify(out)}\n`)
    if ('error' in out) process.exitCode = 1
    return
  }
  fail(USAGE)
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})

import { Worker } from 'node:worker_threads'
import type { Problem } from './problem'
import { better, defaultParams, Search } from './search'
import type { Score, SearchParams, Solution } from './search'

/** Budget of a run: an iteration count (reproducible for a seed) or wall-clock seconds. */
export type Budget = { iterations: number } | { seconds: number }

export interface EngineOptions {
  budget: Budget
  seed: number
  /** Number of independent searches (worker threads when > 1). */
  threads: number
  params?: Partial<SearchParams>
  /** Starting solution (replanning: the published plan). */
  initial?: Solution
  /** Number of exchanges of the best solution between searches. */
  epochs?: number
}

export interface EngineResult {
  solution: Solution
  score: Score
  iterations: number
  seconds: number
}

export type RunRequest = {
  type: 'run'
  iterations: number
  deadline: number
  progress: { kind: 'iterations'; from: number; to: number } | { kind: 'time'; start: number; end: number }
  incoming: { solution: Solution; score: Score } | null
}
export type InitRequest = {
  type: 'init'
  problem: Problem
  seed: number
  params: SearchParams
  initial: Solution | null
}
export type WorkerReply = { type: 'result'; solution: Solution; score: Score; iterations: number }

/** Creates the search of one thread (construction included). */
export function createSearch(
  problem: Problem,
  seed: number,
  params: SearchParams,
  initial: Solution | null,
): Search {
  const s = new Search(problem, seed, params)
  if (initial !== null) {
    s.load(initial)
    s.dropInfeasibleRoutes()
    s.best = s.snapshot()
    s.bestScore = s.score()
  }
  s.construct()
  return s
}

/** Runs one slice of the budget on a search and returns its best solution. */
export function runSlice(s: Search, req: RunRequest): WorkerReply {
  if (req.incoming !== null && s.offer(req.incoming.solution, req.incoming.score)) s.load(s.best)
  const pr = req.progress
  const progress =
    pr.kind === 'iterations'
      ? (i: number): number => pr.from + ((pr.to - pr.from) * i) / Math.max(1, req.iterations)
      : (): number => Math.min(1, (Date.now() - pr.start) / Math.max(1, pr.end - pr.start))
  s.run(req.iterations, progress, req.deadline)
  return { type: 'result', solution: s.best, score: s.bestScore, iterations: s.iterations }
}

interface Runner {
  run(req: RunRequest): Promise<WorkerReply>
  close(): Promise<void>
}

class LocalRunner implements Runner {
  constructor(private readonly s: Search) {}
  run(req: RunRequest): Promise<WorkerReply> {
    return Promise.resolve(runSlice(this.s, req))
  }
  close(): Promise<void> {
    return Promise.resolve()
  }
}

class ThreadRunner implements Runner {
  private pending: ((r: WorkerReply) => void) | null = null
  private failed: ((e: Error) => void) | null = null
  constructor(private readonly w: Worker) {
    w.on('message', (m: WorkerReply) => {
      const p = this.pending
      this.pending = null
      p?.(m)
    })
    w.on('error', (e: Error) => this.failed?.(e))
    w.on('exit', (code) => {
      if (this.pending !== null) this.failed?.(new Error(`solver worker stopped (exit code ${code})`))
    })
  }
  run(req: RunRequest): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending = resolve
      this.failed = reject
      this.w.postMessage(req)
    })
  }
  async close(): Promise<void> {
    await this.w.terminate()
  }
}

function startWorker(init: InitRequest): Worker {
  const url = new URL('./worker.ts', import.meta.url)
  const w = new Worker(url, { execArgv: ['--import', 'tsx'] })
  w.postMessage(init)
  return w
}

/**
 * Runs `threads` independent searches (one worker thread each when threads > 1; matrices are shared
 * through SharedArrayBuffer) and exchanges the best solution between them after each epoch. With an
 * iteration budget the result depends only on the seed and the budget.
 */
export async function runEngine(problem: Problem, opts: EngineOptions): Promise<EngineResult> {
  const params: SearchParams = { ...defaultParams, ...opts.params }
  const t0 = Date.now()
  const threads = Math.max(1, opts.threads)
  const runners: Runner[] = []
  for (let i = 0; i < threads; i++) {
    const seed = (opts.seed * 7919 + i * 104729) >>> 0
    // the first thread minimises routes for the whole fleetShare; the others move on to distance
    // minimisation as soon as route minimisation stalls
    const own: SearchParams = i === 0 ? { ...params, fleetStall: Infinity } : params
    if (threads === 1) runners.push(new LocalRunner(createSearch(problem, seed, own, opts.initial ?? null)))
    else {
      runners.push(
        new ThreadRunner(
          startWorker({ type: 'init', problem, seed, params: own, initial: opts.initial ?? null }),
        ),
      )
    }
  }
  const epochs = Math.max(1, opts.epochs ?? 20)
  let best: { solution: Solution; score: Score } | null = null
  let iterations = 0
  try {
    const budget = opts.budget
    const end = 'seconds' in budget ? t0 + budget.seconds * 1000 : Infinity
    for (let e = 0; e < epochs; e++) {
      const req: RunRequest =
        'iterations' in budget
          ? {
              type: 'run',
              iterations:
                Math.round(((e + 1) * budget.iterations) / epochs) -
                Math.round((e * budget.iterations) / epochs),
              deadline: Infinity,
              progress: { kind: 'iterations', from: e / epochs, to: (e + 1) / epochs },
              incoming: best,
            }
          : {
              type: 'run',
              iterations: Number.MAX_SAFE_INTEGER,
              deadline: t0 + ((e + 1) * (end - t0)) / epochs,
              progress: { kind: 'time', start: t0, end },
              incoming: best,
            }
      const replies = await Promise.all(runners.map((r) => r.run(req)))
      iterations = 0
      for (const r of replies) {
        iterations += r.iterations
        if (best === null || better(r.score, best.score, problem.hierarchical))
          best = { solution: r.solution, score: r.score }
      }
    }
  } finally {
    await Promise.all(runners.map((r) => r.close()))
  }
  if (best === null) throw new Error('no solution')
  return { solution: best.solution, score: best.score, iterations, seconds: (Date.now() - t0) / 1000 }
}

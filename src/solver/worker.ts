import { parentPort } from 'node:worker_threads'
import { createSearch, runSlice } from './engine'
import type { InitRequest, RunRequest } from './engine'
import type { Search } from './search'

/** Worker thread: one independent search on the shared, read-only problem arrays. */
let search: Search | null = null
const port = parentPort
if (port === null) throw new Error('worker.ts must run in a worker thread')
port.on('message', (m: InitRequest | RunRequest) => {
  switch (m.type) {
    case 'init':
      search = createSearch(m.problem, m.seed, m.params, m.initial)
      break
    case 'run': {
      if (search === null) throw new Error('worker not initialised')
      port.postMessage(runSlice(search, m))
      break
    }
    default: {
      const never: never = m
      throw new Error(`unknown message ${String(never)}`)
    }
  }
})

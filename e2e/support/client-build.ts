import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const builtIndex = join(root, 'dist/client/index.html')
const lockDir = join(root, 'dist/.client-build.lock')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

function isFresh(): boolean {
  if (!existsSync(builtIndex)) return false
  const built = statSync(builtIndex).mtimeMs
  return built >= newestSource(join(root, 'src/client')) && built >= newestSource(join(root, 'src/shared'))
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The server serves dist/client: build it when the sources are newer than the last build.
 * Journeys run in parallel workers, so one builds while the others wait on a lock directory.
 */
export async function ensureClientBuilt(): Promise<void> {
  if (isFresh()) return
  mkdirSync(join(root, 'dist'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch {
      // Another worker is building: wait for it (a stale lock older than 2 minutes is taken over).
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })!.mtimeMs > 120_000)
        rmSync(lockDir, { recursive: true, force: true })
      await pause(250)
      if (isFresh()) return
    }
  }
  try {
    if (isFresh()) return
    // A separate process: the test runner's NODE_ENV=test would give a development React build.
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
        encoding: 'utf8',
      },
    )
    if (result.status !== 0) throw new Error(`vite build a échoué :\n${result.stdout}\n${result.stderr}`)
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The portal's budget: its initial JavaScript, gzipped. */
export const PORTAL_JS_BUDGET_BYTES = 150 * 1024

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}

export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[]
  totalBytes: number
  totalGzipBytes: number
}

/**
 * What a browser must download and run before the portal's page works: its entry chunk and every
 * chunk it imports statically, read from Vite's manifest. Dynamic imports (the map) are not counted.
 */
export function portalInitialJs(distDir: string, entry = 'metiers.html'): InitialJs {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  if (!manifest[entry]?.isEntry) throw new Error(`${entry} n’est pas une entrée du manifeste de ${distDir}`)
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  visit(entry)
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file
    const bytes = readFileSync(join(distDir, file))
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
  })
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
}

import react from '@vitejs/plugin-react'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'

const page = (name: string) => fileURLToPath(new URL(`src/client/${name}`, import.meta.url))

/**
 * Each script and stylesheet also written gzipped and in Brotli beside itself: the server sends the
 * one the browser accepts (a phone on a slow network downloads a third of the bytes).
 */
function precompressed(): Plugin {
  return {
    name: 'lien-precompressed',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(file)) continue
        const path = join(options.dir!, file)
        const bytes = readFileSync(path)
        if (bytes.length < 1024) continue
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
        )
      }
    },
  }
}

/**
 * The web client: sources in src/client, built into dist/client (served by the API server). Two
 * pages: the back office (index.html) and the public jobs portal (metiers.html), a small entry of
 * its own whose initial JavaScript is measured from the manifest (bench/portal).
 */
export default defineConfig({
  root: 'src/client',
  plugins: [react(), precompressed()],
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      input: { main: page('index.html'), metiers: page('metiers.html') },
      output: {
        // Libraries change less often than the app: separate files stay cached between releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
            },
            {
              name: 'react-aria',
              test: /node_modules[\\/](react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@react-types|@internationalized)[\\/]/,
            },
            // Split by the pages that use them, so the portal never loads the back office's libraries.
            { name: 'vendor', test: /node_modules/, entriesAware: true },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/dev': 'http://127.0.0.1:3000',
    },
  },
})

import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const page = (name: string) => fileURLToPath(new URL(`src/client/${name}`, import.meta.url))

/**
 * The web client: sources in src/client, built into dist/client (served by the API server). Two
 * pages: the back office (index.html) and the public jobs portal (metiers.html), a small entry of
 * its own whose initial JavaScript is measured from the manifest (bench/portal).
 */
export default defineConfig({
  root: 'src/client',
  plugins: [react()],
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

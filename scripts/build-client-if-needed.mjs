// `npm start` serves the built web client: build it once when it is missing.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

if (!existsSync('dist/client/index.html')) {
  console.log('Construction du client web (première fois)…')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
}

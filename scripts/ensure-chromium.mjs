// The browser journeys drive Debian's Chromium. Install it when missing (idempotent), saying so.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)
if (process.getuid?.() !== 0) {
  console.error(`Chromium est absent (${path}) : installez-le (sudo apt-get install -y chromium) pour les parcours navigateur.`)
  process.exit(1)
}
console.log('Chromium est absent : installation du paquet Debian « chromium » (apt-get)…')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
console.log('Chromium installé.')

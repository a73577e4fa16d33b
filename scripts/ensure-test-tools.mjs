// The browser journeys drive Debian's Chromium and render the PDFs they print with poppler's
// pdftoppm. Install what is missing (idempotent), saying so.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const tools = [
  { name: 'Chromium', path: chromium, debianPackage: 'chromium' },
  { name: 'pdftoppm', path: '/usr/bin/pdftoppm', debianPackage: 'poppler-utils' },
]
const missing = tools.filter((tool) => !existsSync(tool.path))
if (missing.length === 0) process.exit(0)
const packages = missing.map((tool) => tool.debianPackage).join(' ')
if (process.getuid?.() !== 0) {
  const names = missing.map((tool) => `${tool.name} (${tool.path})`).join(', ')
  console.error(`Absent : ${names}. Installez-les (sudo apt-get install -y ${packages}) pour les parcours navigateur.`)
  process.exit(1)
}
console.log(`Absent : ${missing.map((tool) => tool.name).join(', ')} ; installation des paquets Debian « ${packages} » (apt-get)…`)
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' })
console.log('Installé.')

import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface RawDepartement {
  code: string
  nom: string
}

let names: Map<string, string> | null = null

/** The départements (INSEE code → name), from the official administrative split. */
export function departementNames(): Map<string, string> {
  if (!names) {
    const raw = require('@etalab/decoupage-administratif/data/departements.json') as RawDepartement[]
    names = new Map(raw.map((d) => [d.code, d.nom]))
  }
  return names
}

/** The département of a commune's INSEE code: 2 characters (2A, 2B for Corsica), 3 overseas. */
export function departementOf(communeInsee: string | null | undefined): string | null {
  if (!communeInsee) return null
  return communeInsee.startsWith('97') ? communeInsee.slice(0, 3) : communeInsee.slice(0, 2)
}

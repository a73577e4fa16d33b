import { createRequire } from 'node:module'

/** A commune of the official split (INSEE), without position: the package carries none. */
export interface Commune {
  code: string
  name: string
  postcodes: string[]
}

interface RawCommune {
  code: string
  nom: string
  type: string
  commune?: string
  codesPostaux?: string[]
}

interface RawEpci {
  code: string
  nom: string
  membres: { code: string }[]
}

// The package's main entry reads its files relative to the working directory: require the data files.
const require = createRequire(import.meta.url)

/** Accent-, case- and punctuation-free form of a place name: "Saint-Étienne" → "saint etienne". */
export function normalisePlaceName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

interface CommuneIndex {
  byCode: Map<string, Commune>
  byPostcode: Map<string, Commune[]>
  byName: Map<string, Commune[]>
}

let index: CommuneIndex | null = null

function communeIndex(): CommuneIndex {
  if (index) return index
  const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[]
  const byCode = new Map<string, Commune>()
  const byPostcode = new Map<string, Commune[]>()
  const byName = new Map<string, Commune[]>()
  for (const entry of raw) {
    if (entry.type !== 'commune-actuelle') continue
    const commune: Commune = { code: entry.code, name: entry.nom, postcodes: entry.codesPostaux ?? [] }
    byCode.set(commune.code, commune)
    for (const postcode of commune.postcodes) push(byPostcode, postcode, commune)
    push(byName, normalisePlaceName(commune.name), commune)
  }
  index = { byCode, byPostcode, byName }
  return index
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function communeByCode(code: string): Commune | null {
  return communeIndex().byCode.get(code) ?? null
}

/**
 * The commune named by a postcode and/or a city name. A postcode shared by several communes is
 * settled by the name; a name shared by several communes by the postcode; otherwise null.
 */
export function findCommune(input: { postcode?: string | null; city?: string | null }): Commune | null {
  const { byPostcode, byName } = communeIndex()
  const postcode = input.postcode?.trim() ?? ''
  const name = input.city ? normalisePlaceName(stripArrondissement(input.city)) : ''
  const byCodePostal = postcode ? (byPostcode.get(postcode) ?? []) : []
  const named = name ? (byName.get(name) ?? []) : []
  if (byCodePostal.length === 1 && (!name || named.length === 0 || named.includes(byCodePostal[0]!)))
    return byCodePostal[0]!
  if (byCodePostal.length > 1 && name) {
    const match = byCodePostal.find((commune) => normalisePlaceName(commune.name) === name)
    if (match) return match
  }
  if (named.length === 1 && (!postcode || byCodePostal.length === 0)) return named[0]!
  if (named.length > 1 && postcode) {
    const department = postcode.slice(0, 2)
    const inDepartment = named.filter((commune) => commune.code.startsWith(department))
    if (inDepartment.length === 1) return inDepartment[0]!
  }
  if (byCodePostal.length === 1) return byCodePostal[0]!
  return null
}

function stripArrondissement(city: string): string {
  return city.replace(/\s+\d{1,2}(e|er|ème)?(\s+arrondissement)?$/i, '')
}

/** INSEE codes of the member communes of an EPCI (SIREN), or null when no EPCI has that SIREN. */
export function epciCommuneCodes(siren: string): { name: string; codes: string[] } | null {
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[]
  const epci = epcis.find((entry) => entry.code === siren)
  return epci ? { name: epci.nom, codes: epci.membres.map((member) => member.code) } : null
}

// A large synthetic directory for the search benchmark: deterministic, written in bulk.
import { sql } from 'drizzle-orm'
import {
  directoryThemes,
  languages,
  publics,
  referralModes,
  subThemesByTheme,
  type WeeklyHours,
} from '../../../shared/modules/partenaires/directory.constants'
import type { Db } from '../../db/client'
import { serviceSearchText } from './directory-search-text'
import { directoryPlaces, directoryServices, directoryStructures } from './partenaires.table'

/** The Doubs, roughly: where the synthetic places are spread. */
const AREA = { south: 46.6, north: 47.55, west: 5.75, east: 6.95 }
const TOWNS = [
  'Besançon',
  'Montbéliard',
  'Pontarlier',
  'Audincourt',
  'Valentigney',
  'Morteau',
  'Baume-les-Dames',
  'Ornans',
  'Valdahon',
  'Saint-Vit',
]
const NAMES = [
  'Entraide',
  'Solidarité',
  'Accueil',
  'Partage',
  'Amitié',
  'Relais',
  'Horizon',
  'Passerelle',
  'Trait d’union',
  'Escale',
]
const KINDS = ['association', 'service_public', 'service_ccas', 'autre'] as const
const BATCH = 500

/** mulberry32: a small seeded generator, so that every run writes the same directory. */
function seeded(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A UUID v7-shaped id from the generator (time part fixed), deterministic across runs. */
function idFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
  hex[12] = '7'
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const h = hex.join('')
  return `0190${h.slice(4, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

function hoursFor(random: () => number): WeeklyHours {
  const week: WeeklyHours = {}
  for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const) {
    const r = random()
    if (day === 'samedi' ? r < 0.7 : r < 0.2) continue
    week[day] =
      r < 0.5
        ? [
            ['09:00', '12:00'],
            ['14:00', '17:00'],
          ]
        : [['13:30', '18:00']]
  }
  return week
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const some = <T>(random: () => number, list: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(random, list))),
]

/**
 * Writes `places` places and `services` services (about two places per structure) into the
 * organisation's directory, spread over a département. Same seed, same rows.
 */
export async function syntheticDirectory(
  db: Db,
  organisationId: string,
  size: { services: number; places: number },
  seed = 20_260_125,
) {
  // The organisation joins the seed: two organisations get the same kind of directory, never the same ids.
  const random = seeded(
    [...organisationId].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16_777_619), seed),
  )
  const structureCount = Math.max(1, Math.ceil(size.places / 2))
  const structures = Array.from({ length: structureCount }, (_, i) => ({
    id: idFrom(random),
    organisationId,
    kind: pick(random, KINDS),
    name: `${pick(random, NAMES)} ${pick(random, TOWNS)} n° ${i + 1} (synthétique)`,
    source: 'import',
  }))
  const places = Array.from({ length: size.places }, (_, i) => {
    const structure = structures[i % structureCount]!
    const city = pick(random, TOWNS)
    return {
      id: idFrom(random),
      organisationId,
      structureId: structure.id,
      addressInput: `${1 + Math.floor(random() * 120)} rue synthétique ${i + 1}, ${city}`,
      city,
      postcode: '25000',
      latitude: AREA.south + random() * (AREA.north - AREA.south),
      longitude: AREA.west + random() * (AREA.east - AREA.west),
      geocodeStatus: 'adresse',
      geocodeScore: 0.9,
      openingHours: hoursFor(random),
      wheelchairAccessible: random() < 0.5,
      hearingLoop: random() < 0.15,
    }
  })
  const structureById = new Map(structures.map((s) => [s.id, s]))
  const services = Array.from({ length: size.services }, (_, i) => {
    const place = places[i % places.length]!
    const structure = structureById.get(place.structureId)!
    const themes = some(random, directoryThemes, 2)
    const subThemes = themes.flatMap((t) => (random() < 0.7 ? [pick(random, subThemesByTheme[t])] : []))
    const service = {
      id: idFrom(random),
      organisationId,
      structureId: structure.id,
      placeId: place.id,
      name: `Service ${i + 1} — ${structure.name.split(' n°')[0]}`,
      description: 'Service généré pour mesurer la recherche.',
      themes,
      subThemes,
      publics: some(random, publics, 3),
      languages: ['fr', ...some(random, languages, 2).filter((l) => l !== 'fr')],
      referralMode: pick(random, referralModes),
    }
    return {
      ...service,
      searchText: serviceSearchText({ service, structureName: structure.name, placeCity: place.city }),
    }
  })

  for (let i = 0; i < structures.length; i += BATCH)
    await db.insert(directoryStructures).values(structures.slice(i, i + BATCH))
  for (let i = 0; i < places.length; i += BATCH)
    await db.insert(directoryPlaces).values(places.slice(i, i + BATCH))
  for (let i = 0; i < services.length; i += BATCH)
    await db.insert(directoryServices).values(services.slice(i, i + BATCH))
  // The database lowers and strips accents the same way for every service, in one statement.
  await db.execute(
    sql`update directory_services set search_text = f_unaccent(lower(search_text)) where organisation_id = ${organisationId}`,
  )
  return { structures: structures.length, places: places.length, services: services.length }
}

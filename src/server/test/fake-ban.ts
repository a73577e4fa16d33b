import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A street of the gazetteer: any house number on it is found, a few metres apart. */
interface Street {
  name: string
  postcode: string
  citycode: string
  city: string
  latitude: number
  longitude: number
}

interface Municipality {
  citycode: string
  city: string
  postcode: string
  latitude: number
  longitude: number
}

/** Streets of Besançon (and a few of its neighbours) used by the demonstration, the fixtures and the benchmark. */
export const fakeStreets: Street[] = [
  ['Avenue de la Paix', 47.2466, 6.0229],
  ['Rue de la Viotte', 47.2471, 6.0216],
  ['Grande Rue', 47.2375, 6.024],
  ['Rue de la République', 47.2401, 6.0286],
  ['Rue Battant', 47.2406, 6.0185],
  ['Place du Huit Septembre', 47.2367, 6.0244],
  ['Rue Mégevand', 47.2355, 6.0225],
  ['Avenue de Montrapon', 47.253, 6.015],
  ['Rue de Dole', 47.233, 5.998],
  ['Boulevard Léon Blum', 47.262, 6.033],
  ['Rue de Belfort', 47.25, 6.04],
  ['Avenue Carnot', 47.245, 6.032],
  ['Rue de Vesoul', 47.258, 6.017],
  ['Rue de Chalezeule', 47.255, 6.055],
  ['Rue des Granges', 47.239, 6.03],
  ['Rue Pasteur', 47.2385, 6.026],
  ['Quai Veil-Picard', 47.2395, 6.0195],
  ['Rue Bersot', 47.2405, 6.0305],
  ['Rue d’Arènes', 47.238, 6.017],
  ['Avenue Fontaine-Argent', 47.249, 6.045],
  ['Rue de Brûlard', 47.242, 5.997],
  ['Avenue de l’Île-de-France', 47.224, 5.953],
  ['Rue de Cologne', 47.22, 5.96],
  ['Boulevard Kennedy', 47.26, 6.008],
  ['Rue Charles Nodier', 47.234, 6.027],
  ['Rue de la Préfecture', 47.235, 6.025],
  ['Avenue Georges Clemenceau', 47.243, 6.01],
  ['Rue Proudhon', 47.2385, 6.023],
  ['Rue Rivotte', 47.233, 6.032],
  ['Rue des Fluttes-Agasses', 47.259, 6.036],
  ['Rue de l’Hôpital', 47.2377, 6.0197],
  ['Rue Gambetta', 47.2398, 6.0262],
  ['Rue de Vittel', 47.229, 5.958],
  ['Rue Bourgogne', 47.226, 5.955],
  ['Avenue du Parc', 47.221, 5.965],
  ['Rue de Fribourg', 47.223, 5.947],
  ['Chemin de Palente', 47.262, 6.048],
  ['Rue de l’Église', 47.2445, 6.0415],
  ['Rue Marulaz', 47.2418, 6.0195],
  ['Rue du Polygone', 47.2535, 6.027],
].map(([name, latitude, longitude]) => ({
  name: name as string,
  postcode: '25000',
  citycode: '25056',
  city: 'Besançon',
  latitude: latitude as number,
  longitude: longitude as number,
}))

fakeStreets.push(
  {
    name: 'Rue de Besançon',
    postcode: '25480',
    citycode: '25212',
    city: 'École-Valentin',
    latitude: 47.2662,
    longitude: 5.9928,
  },
  {
    name: 'Rue de Besançon',
    postcode: '25480',
    citycode: '25396',
    city: 'Miserey-Salines',
    latitude: 47.285,
    longitude: 5.975,
  },
  {
    name: 'Grande Rue',
    postcode: '25220',
    citycode: '25560',
    city: 'Thise',
    latitude: 47.2842,
    longitude: 6.0805,
  },
  {
    name: 'Rue des Arènes',
    postcode: '39100',
    citycode: '39198',
    city: 'Dole',
    latitude: 47.0937,
    longitude: 5.4899,
  },
)

export const fakeMunicipalities: Municipality[] = [
  { citycode: '25056', city: 'Besançon', postcode: '25000', latitude: 47.2484, longitude: 6.0235 },
  { citycode: '25212', city: 'École-Valentin', postcode: '25480', latitude: 47.2667, longitude: 5.9906 },
  { citycode: '25396', city: 'Miserey-Salines', postcode: '25480', latitude: 47.2865, longitude: 5.9728 },
  { citycode: '25560', city: 'Thise', postcode: '25220', latitude: 47.2834, longitude: 6.0806 },
  { citycode: '25047', city: 'Beure', postcode: '25720', latitude: 47.2072, longitude: 6.0043 },
  { citycode: '39198', city: 'Dole', postcode: '39100', latitude: 47.0925, longitude: 5.4903 },
]

/** The gare Viotte, where the search journeys start. */
export const GARE_VIOTTE = { latitude: 47.2468, longitude: 6.0225 }

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const words = (value: string) => normalise(value).split(' ').filter(Boolean)

/** Words an address may carry that name no street. */
const filler = new Set(['bis', 'ter', 'cedex', 'france', 'bp'])

interface Found {
  type: 'housenumber' | 'street' | 'municipality'
  label: string
  housenumber?: string
  street?: string
  postcode: string
  citycode: string
  city: string
  latitude: number
  longitude: number
  score: number
  id: string
}

/** The search of the fake: a street whose every word is in the query, else the commune named alone. */
export function fakeSearch(
  q: string,
  filters: { citycode?: string | null; postcode?: string | null; type?: string | null },
): Found | null {
  const tokens = words(q)
  const tokenSet = new Set(tokens)
  const number = tokens.find((t) => /^\d{1,4}$/.test(t))
  const postcodeInQuery = tokens.find((t) => /^\d{5}$/.test(t))
  const inFilters = (place: { citycode: string; postcode: string }) =>
    (!filters.citycode || place.citycode === filters.citycode) &&
    (!filters.postcode || place.postcode === filters.postcode) &&
    (!postcodeInQuery || place.postcode === postcodeInQuery)
  const cityWords = (city: string) => words(city).every((w) => tokenSet.has(w))

  if (filters.type !== 'municipality') {
    const streets = fakeStreets
      .filter((s) => inFilters(s) && words(s.name).every((w) => tokenSet.has(w)))
      .sort((a, b) => Number(cityWords(b.city)) - Number(cityWords(a.city)) || b.name.length - a.name.length)
    const street = streets[0]
    if (street) {
      const streetWords = new Set([...words(street.name), ...words(street.city)])
      const extra = tokens.filter((t) => !streetWords.has(t) && !/^\d+$/.test(t) && !filler.has(t))
      // Words the street does not explain (another street's name): the real service scores such matches low.
      if (extra.length <= 2) {
        const base = {
          postcode: street.postcode,
          citycode: street.citycode,
          city: street.city,
          street: street.name,
        }
        const streetId = `${street.citycode}_${normalise(street.name).replace(/ /g, '_')}`
        if (number && filters.type !== 'street') {
          const n = Number(number)
          return {
            ...base,
            type: 'housenumber',
            housenumber: number,
            label: `${number} ${street.name} ${street.postcode} ${street.city}`,
            latitude: Number((street.latitude + (n % 50) * 0.00002).toFixed(6)),
            longitude: Number((street.longitude + (n % 50) * 0.00003).toFixed(6)),
            score: 0.97 - extra.length * 0.05,
            id: `${streetId}_${number.padStart(5, '0')}`,
          }
        }
        return {
          ...base,
          type: 'street',
          label: `${street.name} ${street.postcode} ${street.city}`,
          latitude: street.latitude,
          longitude: street.longitude,
          score: 0.9 - extra.length * 0.05,
          id: streetId,
        }
      }
    }
  }
  if (filters.type && filters.type !== 'municipality') return null
  const streetLike = tokens.some((t) =>
    /^(rue|avenue|boulevard|place|chemin|quai|impasse|allee|route)$/.test(t),
  )
  if (streetLike && filters.type !== 'municipality') return null
  const municipality = fakeMunicipalities.find(
    (m) => inFilters(m) && (cityWords(m.city) || filters.citycode === m.citycode),
  )
  if (!municipality) return null
  return {
    type: 'municipality',
    label: municipality.city,
    postcode: municipality.postcode,
    citycode: municipality.citycode,
    city: municipality.city,
    latitude: municipality.latitude,
    longitude: municipality.longitude,
    score: 0.95,
    id: municipality.citycode,
  }
}

function featureCollection(found: Found | null, q: string) {
  return {
    type: 'FeatureCollection',
    version: 'draft',
    query: q,
    features: found
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [found.longitude, found.latitude] },
            properties: {
              label: found.label,
              score: found.score,
              housenumber: found.housenumber,
              id: found.id,
              name: found.housenumber ? `${found.housenumber} ${found.street}` : (found.street ?? found.city),
              postcode: found.postcode,
              citycode: found.citycode,
              city: found.city,
              context: found.citycode.startsWith('39')
                ? '39, Jura, Bourgogne-Franche-Comté'
                : '25, Doubs, Bourgogne-Franche-Comté',
              type: found.type,
              street: found.street,
            },
          },
        ]
      : [],
  }
}

export interface FakeBan {
  /** Base URL to give as GEOCODER_URL (the adapter appends /search). */
  url: string
  /** Every /search call received, with its time (performance.now()). */
  calls: { q: string; at: number; status: number }[]
  /** The next `count` calls answer 429 with this Retry-After (seconds). */
  rateLimitNext(count: number, retryAfterSeconds: number): void
  /** Every call answers this status until `recover()` (a 503 for an outage). */
  fail(status: number): void
  recover(): void
  close(): Promise<void>
}

/** A local HTTP server answering `/search` like the Géoplateforme, from a small gazetteer: nothing leaves the machine. */
export async function startFakeBan(): Promise<FakeBan> {
  const calls: FakeBan['calls'] = []
  let limited = 0
  let retryAfter = 1
  let failure: number | null = null
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const q = url.searchParams.get('q') ?? ''
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      calls.push({ q, at: performance.now(), status })
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(body))
    }
    if (url.pathname !== '/search') return answer(404, { code: 404, message: 'Not found' })
    if (limited > 0) {
      limited--
      return answer(429, { code: 429, message: 'Too many requests' }, { 'retry-after': String(retryAfter) })
    }
    if (failure !== null) return answer(failure, { code: failure, message: 'Service unavailable' })
    if (q.trim().length < 3)
      return answer(400, {
        code: 400,
        message: 'q must contain between 3 and 200 chars and start with a number or a letter',
      })
    const found = fakeSearch(q, {
      citycode: url.searchParams.get('citycode'),
      postcode: url.searchParams.get('postcode'),
      type: url.searchParams.get('type'),
    })
    return answer(200, featureCollection(found, q))
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    rateLimitNext(count, seconds) {
      limited = count
      retryAfter = seconds
    },
    fail(status) {
      failure = status
    },
    recover() {
      failure = null
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

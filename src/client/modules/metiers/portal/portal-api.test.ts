import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import type { RouteContract } from '../../../../shared/contract'
import { contracts } from '../../../../shared/modules'
import { portalInitialDataId } from '../../../../shared/modules/metiers/pages.contract'
import { ApiError, portalGet, portalRoute, portalSend, setPortalFetch, type PortalFetch } from './portal-api'
import { portalRoutes } from './portal-routes'
import { initialDataElementId } from './initial-data'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const session = (token: string) => ({
  csrfToken: token,
  account: null,
  stage: null,
  currentOrganisationId: null,
  memberships: [],
  proconnectEnabled: false,
})

type Call = { url: string; init: RequestInit }
function recorder(answer: (call: Call, index: number) => Response | Promise<Response>) {
  const calls: Call[] = []
  const fetch: PortalFetch = (url, init) => {
    calls.push({ url, init })
    return Promise.resolve(answer({ url, init }, calls.length - 1))
  }
  setPortalFetch(fetch)
  return calls
}

const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string>)[name]

afterEach(() => {
  setPortalFetch((input, init) => fetch(input, init))
})

describe('portal API helper', () => {
  test('a read fills the path, writes the query string without empty values, and sends no token', async () => {
    const calls = recorder(() => json(200, { items: [] }))
    // A route with both a path parameter and a query string, which no portal route has yet.
    const route = portalRoute<RouteContract>('GET', '/api/metiers/fiches/:slug')
    await expect(
      portalGet(route, {
        params: { slug: 'aide soignant/é' },
        query: { lieu: 'Bourg', rome: ['K1302', 'J1501'], q: '' },
      } as never),
    ).resolves.toEqual({ items: [] })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe(
      '/api/metiers/fiches/aide%20soignant%2F%C3%A9?lieu=Bourg&rome=K1302&rome=J1501',
    )
    expect(calls[0]!.init.method).toBe('GET')
    expect(calls[0]!.init.body).toBeUndefined()
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined()
  })

  test('a write first asks the session for the token, then sends it with the JSON body; the token is reused', async () => {
    const calls = recorder(({ url }) =>
      url === '/api/auth/session' ? json(200, session('jeton-1')) : json(201, { ok: true }),
    )
    const apply = portalRoutes.metiersApplications.apply
    const body = { firstName: 'Awa', lastName: 'Diallo', email: 'awa@example.org', consent: true }
    await portalSend(apply, { params: { slug: 'aide-soignant-ab12' }, body })
    await portalSend(apply, { params: { slug: 'aide-soignant-ab12' }, body })
    expect(calls.map((c) => c.url)).toEqual([
      '/api/auth/session',
      '/api/metiers/offres/aide-soignant-ab12/candidatures',
      '/api/metiers/offres/aide-soignant-ab12/candidatures',
    ])
    expect(calls[1]!.init.method).toBe('POST')
    expect(header(calls[1], 'x-csrf-token')).toBe('jeton-1')
    expect(header(calls[1], 'content-type')).toBe('application/json')
    expect(JSON.parse(calls[1]!.init.body as string)).toEqual(body)
  })

  test('a refused token is fetched again and the write sent once more', async () => {
    let sessions = 0
    const calls = recorder(({ url, init }) => {
      if (url === '/api/auth/session') return json(200, session(`jeton-${++sessions}`))
      const token = (init.headers as Record<string, string>)['x-csrf-token']
      return token === 'jeton-2'
        ? json(200, { status: 'recue' })
        : json(403, {
            error: 'csrf',
            message: 'Jeton de sécurité absent ou invalide : rechargez la page et réessayez.',
          })
    })
    const withdraw = portalRoutes.metiersApplications.withdraw
    await expect(portalSend(withdraw, { params: { token: 'a'.repeat(30) } })).resolves.toEqual({
      status: 'recue',
    })
    expect(calls.map((c) => c.url.replace(/a{30}/, 'T'))).toEqual([
      '/api/auth/session',
      '/api/metiers/candidatures/suivi/T/retirer',
      '/api/auth/session',
      '/api/metiers/candidatures/suivi/T/retirer',
    ])
    expect(calls[1]!.init.body).toBe('{}')
  })

  test('an error answer becomes an ApiError with the French message and each field’s message', async () => {
    const answer = {
      error: 'validation',
      message: 'Adresse e-mail : Adresse e-mail invalide.',
      fields: [{ field: 'email', message: 'Adresse e-mail invalide.' }],
    }
    recorder(({ url }) => (url === '/api/auth/session' ? json(200, session('j')) : json(400, answer)))
    const error = await portalSend(portalRoutes.metiersApplications.apply, {
      params: { slug: 'x-1' },
      body: { firstName: 'A', lastName: 'B', email: 'x', consent: true },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      message: answer.message,
      fields: answer.fields,
    })
  })

  test('an unreachable server and a proxy page give the plain French messages', async () => {
    setPortalFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(portalGet(portalRoutes.metiersCampaigns.territories, {})).rejects.toMatchObject({
      message: 'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    })
    recorder(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    await expect(portalGet(portalRoutes.metiersCampaigns.territories, {})).rejects.toMatchObject({
      status: 502,
      message: 'Le service ne répond pas comme prévu. Réessayez dans un instant.',
    })
  })

  test('every route the portal calls has the method and path of its contract', () => {
    const all = contracts as unknown as Record<string, Record<string, RouteContract>>
    for (const [module, routes] of Object.entries(portalRoutes)) {
      for (const [name, route] of Object.entries(routes)) {
        const contract = all[module]?.[name]
        expect(contract, `${module}.${name}`).toBeDefined()
        expect({ method: route.method, path: route.path }, `${module}.${name}`).toEqual({
          method: contract!.method,
          path: contract!.path,
        })
        // The portal only writes through public routes or a candidate's own session.
        if (route.method !== 'GET') expect(['public', 'signedIn']).toContain(contract!.access.kind)
      }
    }
  })

  test('the initial data is read from the element the server fills', () => {
    expect(initialDataElementId).toBe(portalInitialDataId)
  })

  test('the portal loads no contract, zod, react-aria or the main API client at run time', () => {
    const root = import.meta.dirname
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(path)
      }
    }
    walk(root)
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
        const from = match[1]!
        expect(from, file).not.toMatch(
          /\.contract$|^zod$|react-aria|shared\/modules$|shared\/modules\/index|client\/api$|\.\.\/api$|api\/index/,
        )
        expect(from, file).not.toMatch(/^(\.\.\/)+api$/)
      }
    }
  })
})

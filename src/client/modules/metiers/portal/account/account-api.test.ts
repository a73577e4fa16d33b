import { describe, expect, test } from 'vitest'
import type { RouteContract } from '../../../../../shared/contract'
import { contracts } from '../../../../../shared/modules'
import { accountRoutes } from './account-api'

describe('candidate space API routes', () => {
  test('each route has the method and path of its contract', () => {
    const registry = contracts as unknown as Record<string, Record<string, RouteContract>>
    for (const [module, routes] of Object.entries(accountRoutes)) {
      for (const [name, route] of Object.entries(routes)) {
        const contract = registry[module]?.[name]
        expect(contract, `${module}.${name}`).toBeDefined()
        expect({ method: route.method, path: route.path }, `${module}.${name}`).toEqual({
          method: contract!.method,
          path: contract!.path,
        })
      }
    }
  })
})

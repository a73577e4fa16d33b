import { describe, expect, test, vi } from 'vitest'
import { contracts } from '../../shared/modules'
import { ApiError } from './errors'
import { buildRequest, createApiClient, fillPath, queryString } from './request'

const memberId = '01900000-0000-7000-8000-000000000123'

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

describe('typed API client', () => {
  test('substitutes and encodes path parameters', () => {
    expect(fillPath('/api/members/:id', { id: memberId })).toBe(`/api/members/${memberId}`)
    expect(fillPath('/api/x/:a/:b', { a: 'é è', b: 'a/b' })).toBe('/api/x/%C3%A9%20%C3%A8/a%2Fb')
    expect(() => fillPath('/api/members/:id', {})).toThrow(/id/)
  })

  test('builds query strings without empty values', () => {
    expect(queryString({ q: 'Camille', action: undefined, entityType: '', page: 2 })).toBe(
      '?q=Camille&page=2',
    )
    expect(queryString({})).toBe('')
    expect(queryString(undefined)).toBe('')
  })

  test('GET carries the query, no body and no CSRF header', () => {
    const { url, init } = buildRequest(contracts.audit.search, { query: { q: 'rôle', page: 3 } }, 'jeton')
    expect(url).toBe('/api/audit?q=r%C3%B4le&page=3')
    expect(init.method).toBe('GET')
    expect(init.body).toBeUndefined()
    expect(init.credentials).toBe('same-origin')
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined()
  })

  test('writes send JSON, the CSRF token, and {} when the contract has no body', () => {
    const patch = buildRequest(
      contracts.organisations.updateMember,
      { params: { id: memberId }, body: { roles: ['direction'] } },
      'jeton',
    )
    expect(patch.url).toBe(`/api/members/${memberId}`)
    expect(patch.init.method).toBe('PATCH')
    expect(patch.init.body).toBe('{"roles":["direction"]}')
    expect(patch.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'jeton' })

    const remove = buildRequest(contracts.organisations.removeMember, { params: { id: memberId } }, 'jeton')
    expect(remove.init.method).toBe('DELETE')
    expect(remove.init.body).toBe('{}')
  })

  test('returns the JSON answer', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(200, { stage: 'totp' })))
    const call = createApiClient({ fetch, csrfToken: () => 'jeton' })
    await expect(call(contracts.auth.login, { body: { email: 'a@b.fr', password: 'x' } })).resolves.toEqual({
      stage: 'totp',
    })
    expect(fetch).toHaveBeenCalledWith('/api/auth/login', expect.objectContaining({ method: 'POST' }))
  })

  test('throws the French message and the field messages of an error answer', async () => {
    const body = {
      error: 'validation',
      message: 'Adresse e-mail : Adresse e-mail invalide.',
      fields: [{ field: 'email', message: 'Adresse e-mail invalide.' }],
      requestId: 'r1',
    }
    const call = createApiClient({
      fetch: () => Promise.resolve(jsonResponse(400, body)),
      csrfToken: () => 'jeton',
    })
    const error = await call(contracts.organisations.invite, {
      body: { email: 'x', roles: ['direction'] },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      message: body.message,
      fields: body.fields,
      requestId: 'r1',
    })
  })

  test('a non-JSON failure and a network failure still give a French message', async () => {
    const html = createApiClient({
      fetch: () => Promise.resolve(new Response('<html>502</html>', { status: 502 })),
      csrfToken: () => null,
    })
    await expect(html(contracts.health.health, {})).rejects.toMatchObject({
      status: 502,
      code: 'internal',
      message: /service/,
    })
    const offline = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      csrfToken: () => null,
    })
    await expect(offline(contracts.health.health, {})).rejects.toMatchObject({
      status: 0,
      message: /connexion/,
    })
  })

  test('an expired session or an owed second factor is reported, but not a wrong password', async () => {
    const onAuthError = vi.fn()
    const answer = (status: number, error: string) =>
      createApiClient({
        fetch: () => Promise.resolve(jsonResponse(status, { error, message: '…' })),
        csrfToken: () => null,
        onAuthError,
      })
    await expect(
      answer(401, 'unauthenticated')(contracts.organisations.listMembers, {}),
    ).rejects.toBeInstanceOf(ApiError)
    await expect(answer(403, 'mfa_required')(contracts.audit.search, { query: {} })).rejects.toBeInstanceOf(
      ApiError,
    )
    expect(onAuthError).toHaveBeenCalledTimes(2)
    await expect(
      answer(401, 'unauthenticated')(contracts.auth.login, { body: { email: 'a@b.fr', password: 'x' } }),
    ).rejects.toBeInstanceOf(ApiError)
    await expect(answer(403, 'forbidden')(contracts.organisations.listMembers, {})).rejects.toBeInstanceOf(
      ApiError,
    )
    expect(onAuthError).toHaveBeenCalledTimes(2)
  })
})

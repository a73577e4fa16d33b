import { afterEach, describe, expect, it, vi } from 'vitest'
import { actorCache } from './actor-cache'
import type { Actor } from './context'

const actor = (sessionId: string) => ({ sessionId }) as Actor

describe('the session cache of read requests', () => {
  afterEach(() => vi.useRealTimers())

  function counted(ttlMs = 1000) {
    const resolve = vi.fn((token: string | undefined) =>
      Promise.resolve(token === 'inconnu' ? null : actor(token ?? '')),
    )
    return { resolve, cache: actorCache(resolve, ttlMs, 2) }
  }

  it('resolves a session once for reads within the delay, then again', async () => {
    vi.useFakeTimers()
    const { resolve, cache } = counted()
    expect((await cache.actorFor('GET', 'a'))?.sessionId).toBe('a')
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1001)
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(2)
  })

  it('never serves a write from the cache, and forgets everything when a write starts or ends', async () => {
    const { resolve, cache } = counted()
    await cache.actorFor('GET', 'a')
    await cache.actorFor('POST', 'a')
    expect(resolve).toHaveBeenCalledTimes(2)
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(3)
    cache.afterRequest('PATCH')
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(4)
    cache.afterRequest('GET')
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(4)
  })

  it('keeps no unknown session, and no more entries than its bound', async () => {
    const { resolve, cache } = counted()
    expect(await cache.actorFor('GET', 'inconnu')).toBeNull()
    expect(await cache.actorFor('GET', 'inconnu')).toBeNull()
    expect(resolve).toHaveBeenCalledTimes(2)
    await cache.actorFor('GET', 'a')
    await cache.actorFor('GET', 'b')
    await cache.actorFor('GET', 'c')
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(6)
  })

  it('is off with a delay of zero', async () => {
    const { resolve, cache } = counted(0)
    await cache.actorFor('GET', 'a')
    await cache.actorFor('GET', 'a')
    expect(resolve).toHaveBeenCalledTimes(2)
  })
})

import type { Actor } from './context'

/**
 * Sessions resolved by this process, reused by read requests for a moment: a read then costs
 * no database round trip for the session. Any unsafe request empties the cache when it starts
 * and when it ends, so a change made through this process (a role, a sign-out, a switch of
 * organisation) is seen at once; a change made through another process within `ttlMs`.
 */
export function actorCache(
  resolve: (token: string | undefined) => Promise<Actor | null>,
  ttlMs: number,
  maxEntries = 10_000,
) {
  const entries = new Map<string, { actor: Actor; until: number }>()
  const safe = (method: string) => method === 'GET' || method === 'HEAD'

  return {
    async actorFor(method: string, token: string | undefined): Promise<Actor | null> {
      if (!safe(method)) {
        entries.clear()
        return resolve(token)
      }
      if (!token || ttlMs === 0) return resolve(token)
      const now = Date.now()
      const hit = entries.get(token)
      if (hit && hit.until > now) return hit.actor
      const actor = await resolve(token)
      entries.delete(token)
      if (actor) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
        entries.set(token, { actor, until: now + ttlMs })
      }
      return actor
    },
    /** Called when an unsafe request has finished. */
    afterRequest(method: string) {
      if (!safe(method)) entries.clear()
    },
  }
}

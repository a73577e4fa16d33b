import type { Page } from 'playwright-core'

/** Calls the API with the page's own session, as the page itself would (CSRF token included). */
export async function apiCall(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      // Only writes need the token (asking for it again gives an anonymous visitor a new one).
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (method !== 'GET') {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string }
        headers['x-csrf-token'] = session.csrfToken
      }
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: await response.json() }
    },
    { method, path, body },
  )
}

import type { SmsOutcome, SmsProvider } from './sms'

export interface HttpSmsSettings {
  /** The provider's endpoint: receives `{"to", "text", "sender"}` as JSON. */
  url: string
  /** Sent as `Authorization: Bearer <token>`. */
  token: string
  /** The sender name shown on the phone (11 characters at most for most operators). */
  sender: string
  timeoutMs?: number
}

const MAX_DETAIL = 120

/** Keeps the provider's message id if it gives one (`id` or `messageId`), shortened. */
function messageId(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as Record<string, unknown>
  const value = record.id ?? record.messageId
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).slice(0, MAX_DETAIL)
    : undefined
}

/**
 * A generic HTTP SMS gateway: one JSON POST per message with a bearer token. Any 2xx answer is
 * a success; the outcome keeps the provider's message id or the HTTP status, never the number.
 */
export function httpSmsProvider(settings: HttpSmsSettings): SmsProvider {
  return {
    kind: 'http',
    async send(to, text) {
      let response: Response
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            authorization: `Bearer ${settings.token}`,
          },
          body: JSON.stringify({ to, text, sender: settings.sender }),
          signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
        })
      } catch (err) {
        const reason = (err as Error).name === 'TimeoutError' ? 'délai dépassé' : 'fournisseur injoignable'
        return { sent: false, detail: `échec : ${reason}` } satisfies SmsOutcome
      }
      const body: unknown = await response.json().catch(() => undefined)
      if (!response.ok) return { sent: false, detail: `échec : HTTP ${response.status}` }
      const id = messageId(body)
      return { sent: true, detail: id ? `envoyé (${id})` : 'envoyé' }
    },
    outbox: async () => [],
  }
}

import { currentTotp } from '../modules/auth/totp'
import { currentStep, waitForFreshTotpStep } from './totp-steps'

/** The step of the last code each secret has used, across sessions of the same test. */
const lastStepOf = new Map<string, number>()

/** A person's browser over real HTTP: a cookie jar and the anti-CSRF header, as the web client does. */
export class HttpSession {
  private cookies = new Map<string, string>()
  private csrf = ''
  constructor(readonly base: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; serverMs: number | null }> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        cookie: this.cookieHeader,
        ...(body !== undefined ? { 'content-type': 'application/json', 'x-csrf-token': this.csrf } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : null,
    })
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(';')
      const i = kv!.indexOf('=')
      this.cookies.set(kv!.slice(0, i), kv!.slice(i + 1))
    }
    const timing = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')
    return { status: res.status, body: (await res.json()) as T, serverMs: timing ? Number(timing[1]) : null }
  }

  async init(): Promise<this> {
    this.csrf = (await this.call<{ csrfToken: string }>('GET', '/api/auth/session')).body.csrfToken
    return this
  }

  /** Signs in with a password and enrols a second factor; returns its secret for later codes. */
  async signInEnrollingTotp(email: string, password: string): Promise<string> {
    await this.call('POST', '/api/auth/login', { email, password })
    const { secret } = (await this.call<{ secret: string }>('POST', '/api/auth/totp/enrolment', {})).body
    const confirmed = await this.call('POST', '/api/auth/totp/enrolment/confirm', {
      code: await currentTotp(secret),
    })
    lastStepOf.set(secret, currentStep())
    if (confirmed.status !== 200) throw new Error(`second facteur refusé pour ${email}`)
    return secret
  }

  async signInWithTotp(email: string, password: string, secret: string) {
    await this.call('POST', '/api/auth/login', { email, password })
    await waitForFreshTotpStep(lastStepOf.get(secret) ?? null)
    await this.call('POST', '/api/auth/totp', { code: await currentTotp(secret) })
    lastStepOf.set(secret, currentStep())
  }
}

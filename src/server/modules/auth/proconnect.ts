import * as oidc from 'openid-client'
import { DomainError } from '../../../shared/errors'
import type { Secrets } from '../../platform/secrets'

/** The claims Lien uses from ProConnect (the State's sign-in for public agents). */
export interface ProConnectIdentity {
  sub: string
  email: string
  givenName: string
  usualName: string
  siret: string | null
}

interface Transaction {
  verifier: string
  state: string
  nonce: string
  at: number
}

export const OIDC_COOKIE = 'lien_oidc'
const MAX_AGE_MS = 10 * 60_000

const isLocal = (url: URL) => url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

/** OIDC authorization code flow with PKCE; the transaction travels in a signed, short-lived cookie. */
export function proconnectClient(settings: { issuer: string; clientId: string; clientSecret: string }, callbackUrl: string, secrets: Secrets) {
  let discovered: Promise<oidc.Configuration> | undefined
  const configuration = () => {
    discovered ??= (async () => {
      const issuer = new URL(settings.issuer)
      return oidc.discovery(issuer, settings.clientId, settings.clientSecret, undefined, isLocal(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined)
    })().catch((err: unknown) => {
      discovered = undefined
      throw err
    })
    return discovered
  }

  const seal = (t: Transaction) => {
    const body = Buffer.from(JSON.stringify(t)).toString('base64url')
    return `${body}.${secrets.hmac('oidc', body)}`
  }
  const unseal = (value: string | undefined): Transaction | null => {
    if (!value) return null
    const [body, mac] = value.split('.')
    if (!body || !mac || secrets.hmac('oidc', body) !== mac) return null
    const t = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Transaction
    return Date.now() - t.at < MAX_AGE_MS ? t : null
  }

  return {
    async start(): Promise<{ url: string; cookie: string }> {
      const config = await configuration()
      const verifier = oidc.randomPKCECodeVerifier()
      const t: Transaction = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce(), at: Date.now() }
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl,
        scope: 'openid email given_name usual_name siret uid',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: t.state,
        nonce: t.nonce,
        acr_values: 'eidas1',
      })
      return { url: url.href, cookie: seal(t) }
    },

    async finish(currentUrl: URL, cookie: string | undefined): Promise<ProConnectIdentity> {
      const t = unseal(cookie)
      if (!t) throw new DomainError('validation', 'La connexion ProConnect a expiré : recommencez.')
      const config = await configuration()
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: t.verifier,
        expectedState: t.state,
        expectedNonce: t.nonce,
      })
      const claims = tokens.claims()
      if (!claims) throw new DomainError('validation', 'Réponse ProConnect incomplète.')
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
      const str = (v: unknown) => (typeof v === 'string' ? v : '')
      const email = str(info.email).trim().toLowerCase()
      if (!email) throw new DomainError('validation', "ProConnect n'a pas transmis d'adresse e-mail.")
      const siret = str(info.siret).replace(/\s/g, '')
      return {
        sub: claims.sub,
        email,
        givenName: str(info.given_name),
        usualName: str(info.usual_name) || str(info.family_name),
        siret: /^\d{14}$/.test(siret) ? siret : null,
      }
    },
  }
}

export type ProConnectClient = ReturnType<typeof proconnectClient>

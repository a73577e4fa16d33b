import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export interface ProConnectTestIdentity {
  sub: string
  email: string
  given_name: string
  usual_name: string
  siret: string
  uid?: string
}

export interface LocalOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** The identity the next sign-in will return (the provider has no login form). */
  signInAs(identity: ProConnectTestIdentity): void
  close(): Promise<void>
}

/**
 * A real OpenID Connect provider on 127.0.0.1 standing in for ProConnect: authorization code,
 * PKCE required, ProConnect's claims (given_name, usual_name, siret). Used by tests only.
 */
export async function startLocalOidcProvider(redirectUri: string): Promise<LocalOidcProvider> {
  let next: ProConnectTestIdentity | undefined
  const identities = new Map<string, ProConnectTestIdentity>()
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const clientId = 'lien-test'
  const clientSecret = 'lien-test-secret-lien-test-secret'
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'],
    claims: {
      openid: ['sub'],
      email: ['email'],
      given_name: ['given_name'],
      usual_name: ['usual_name'],
      siret: ['siret'],
      uid: ['uid'],
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => {
      const identity = identities.get(id)
      return identity ? { accountId: id, claims: () => ({ ...identity }) } : undefined
    },
    cookies: { keys: ['lien-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  })
  const callback = provider.callback()
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '')
    if (!match) return callback(req, res)
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res)
        if (details.prompt.name === 'login') {
          if (!next) throw new Error('aucune identité préparée')
          identities.set(next.sub, next)
          await provider.interactionFinished(req, res, { login: { accountId: next.sub } }, { mergeWithLastSubmission: false })
          return
        }
        const grant = new provider.Grant({ accountId: details.session!.accountId, clientId })
        grant.addOIDCScope(details.params.scope ?? 'openid')
        grant.addOIDCClaims(['email', 'given_name', 'usual_name', 'siret', 'uid'])
        await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true })
      } catch (err) {
        res.statusCode = 500
        res.end((err as Error).message)
      }
    })()
  })
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(identity) {
      next = identity
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import '../shared/zod/fr'
import { DomainError } from '../shared/errors'
import { healthContract } from '../shared/modules/health/health.contract'
import type { Config } from './config'
import type { Database } from './db/client'
import { appliedMigrations } from './db/migrate'
import { actorCache } from './http/actor-cache'
import { registerCsrf } from './http/csrf'
import { registerErrorHandler, toErrorBody } from './http/errors'
import { identityRoute, setRateLimitFactor } from './http/register'
import { loggerOptions } from './platform/http-log'
import type { Mailer } from './platform/mailer'
import type { Secrets } from './platform/secrets'
import { devMailsPage } from './platform/dev-mails-page'
import { localDiskStorage } from './platform/files'
import {
  authRepository,
  authService,
  proconnectClient,
  registerAuthRoutes,
  SESSION_COOKIE,
} from './modules/auth'
import { registerAuditRoutes } from './modules/audit'
import { registerUsagersRoutes } from './modules/usagers'
import { registerAccueilRoutes } from './modules/accueil'
import { registerPartenairesRoutes } from './modules/partenaires'
import { registerMetiersRoutes } from './modules/metiers'
import { registerPilotageRoutes } from './modules/pilotage'
import { configuredGeocoder } from './platform/geocoding/configured-geocoder'
import {
  registerDomiciliationDecisionRoutes,
  registerDomiciliationMailRoutes,
  registerDomiciliationReportsRoutes,
} from './modules/domiciliation'
import { createSmsProvider, type SmsProvider } from './platform/sms'
import {
  attachProConnectIdentity,
  organisationsService,
  registerOrganisationsRoutes,
} from './modules/organisations'

export interface AppDeps {
  config: Config
  db: Database
  mailer: Mailer
  secrets: Secrets
  /** Divides nothing in production; tests that sign in many times raise the per-minute limits. */
  rateLimitFactor?: number
  /** The time of due dates and queues; tests move it. */
  clock?: () => Date
  /** Text messages to the people served; by default the configured provider or the development outbox. */
  sms?: SmsProvider
}

export const clientDist = fileURLToPath(new URL('../../dist/client', import.meta.url))

function parseJson(body: Buffer): unknown {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    throw new DomainError('validation', "Le corps de la requête n'est pas de l'UTF-8 valide.")
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor') throw new Error('clé interdite')
      return value
    })
  } catch {
    throw new DomainError('validation', "Le corps de la requête n'est pas du JSON valide.")
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db, mailer, secrets } = deps
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJson(body as Buffer))
    } catch (err) {
      done(err as Error, undefined)
    }
  })
  // Uploads arrive as raw bytes; only routes declaring a larger limit accept more than 1 MB.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  )
  // A mail relay posts raw messages; everywhere else these types are refused as before.
  app.addContentTypeParser(['message/rfc822', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
    if (req.url.startsWith('/api/inbound/')) return done(null, body)
    done(
      new DomainError('unsupported_media_type', 'Type de contenu non accepté : envoyez du JSON.'),
      undefined,
    )
  })
  registerErrorHandler(app)
  app.decorateRequest('actor', null)

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https://data.geopf.fr'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...(config.proconnect ? [new URL(config.proconnect.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  })
  await app.register(cookie)
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new DomainError('rate_limited', 'Trop de tentatives. Réessayez dans une minute.'),
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lien',
        version: '0.1.0',
        description: "API de Lien, plateforme de l'action sociale locale.",
      },
    },
    transform: jsonSchemaTransform,
  })
  registerCsrf(app, secrets)
  setRateLimitFactor(app, deps.rateLimitFactor ?? 1)

  const authRepo = authRepository(db.owner)
  const auth = authService({ config, repo: authRepo, secrets, mailer })
  const actors = actorCache((token) => auth.resolve(token), config.sessionCacheMs)
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/'))
      request.actor = await actors.actorFor(request.method, request.cookies[SESSION_COOKIE])
  })
  app.addHook('onResponse', async (request) => actors.afterRequest(request.method))
  // The time the server spent on an API answer, for the browser's tools and the benchmarks.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/'))
      reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(1)}`)
    return payload
  })

  identityRoute(app, healthContract.health, async () => ({
    status: 'ok' as const,
    database: db.kind,
    migrations: await appliedMigrations(db),
  }))
  identityRoute(app, healthContract.openapi, async (_i, _c, { reply }) => reply.send(app.swagger()))
  const devOutbox = mailer.kind === 'outbox' && config.env !== 'production'
  identityRoute(app, healthContract.devMails, async (_i, _c, { reply }) => {
    if (!devOutbox) throw new DomainError('not_found', 'Cette page est introuvable.')
    return reply.type('text/html; charset=utf-8').send(devMailsPage(await mailer.outbox()))
  })
  identityRoute(app, healthContract.devMailsJson, async () => {
    if (!devOutbox) throw new DomainError('not_found', 'Cette page est introuvable.')
    return (await mailer.outbox()).map(({ id, to, subject, date, text }) => ({ id, to, subject, date, text }))
  })

  const proconnect = config.proconnect
    ? proconnectClient(config.proconnect, `${config.publicUrl}/api/auth/proconnect/callback`, secrets)
    : undefined
  registerAuthRoutes(app, {
    service: auth,
    repo: authRepo,
    secrets,
    publicUrl: config.publicUrl,
    proconnect,
    proconnectAccount: (identity) => attachProConnectIdentity(db, identity),
  })
  registerOrganisationsRoutes(app, db, organisationsService({ mailer, publicUrl: config.publicUrl }))
  registerAuditRoutes(app, db)
  registerUsagersRoutes(app, db, localDiskStorage(join(config.dataDir, 'files')))
  registerAccueilRoutes(app, db, {
    mailer,
    secrets,
    publicUrl: config.publicUrl,
    clock: deps.clock ?? (() => new Date()),
  })
  registerPartenairesRoutes(app, db, {
    mailer,
    secrets,
    publicUrl: config.publicUrl,
    clock: deps.clock ?? (() => new Date()),
    geocoder: configuredGeocoder(config.geocoderUrl, db.owner),
    mapTiles: config.mapTilesUrl ? { url: config.mapTilesUrl, dataDir: config.dataDir } : undefined,
  })
  registerMetiersRoutes(app, db, {
    mailer,
    secrets,
    publicUrl: config.publicUrl,
    clock: deps.clock ?? (() => new Date()),
    geocoder: configuredGeocoder(config.geocoderUrl, db.owner),
    files: localDiskStorage(join(config.dataDir, 'files')),
    auth,
  })
  registerPilotageRoutes(app, db, {
    mailer,
    publicUrl: config.publicUrl,
    clock: deps.clock ?? (() => new Date()),
  })
  registerDomiciliationDecisionRoutes(app, db, { clock: deps.clock ?? (() => new Date()) })
  registerDomiciliationReportsRoutes(app, db, { clock: deps.clock ?? (() => new Date()) })
  registerDomiciliationMailRoutes(app, db, {
    clock: deps.clock ?? (() => new Date()),
    secrets,
    sms: deps.sms ?? createSmsProvider(config.sms, config.dataDir),
    showDevOutbox: config.env !== 'production',
  })

  const clientBuilt = existsSync(`${clientDist}/index.html`)
  if (clientBuilt)
    await app.register(fastifyStatic, {
      root: clientDist,
      wildcard: false,
      index: false,
      maxAge: '1h',
      // The build writes .br and .gz beside each script and stylesheet (vite.config.ts).
      preCompressed: true,
    })
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = clientBuilt && request.method === 'GET' && !request.url.startsWith('/api/')
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html')
    const body = toErrorBody(new DomainError('not_found', 'Cette adresse est introuvable.'))
    return reply.status(404).send({ ...body, requestId: request.id })
  })
  return app
}

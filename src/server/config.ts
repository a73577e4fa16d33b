import { z } from 'zod'
import { resolve } from 'node:path'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/** `{"<organisation id>": "imaps://user:password@host/INBOX"}`: mailboxes whose e-mails become requests. */
const imapMailboxes = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'JSON attendu : {"<identifiant d’organisation>": "imaps://…"}',
      })
      return z.NEVER
    }
  })
  .pipe(z.record(z.uuid(), z.url({ protocol: /^imaps?$/, message: 'Adresse imap:// ou imaps:// attendue.' })))

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  LIEN_DATA_DIR: z.string().default('./data'),
  LIEN_SECRET: z.string().min(32).optional(),
  LIEN_DEMO: bool.optional(),
  LIEN_JOBS: z.enum(['inprocess', 'off']).default('inprocess'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Lien <ne-pas-repondre@lien.localhost>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
  PROCONNECT_ISSUER: z.url().optional(),
  PROCONNECT_CLIENT_ID: z.string().optional(),
  PROCONNECT_CLIENT_SECRET: z.string().optional(),
  LIEN_IMAP_MAILBOXES: imapMailboxes.optional(),
  SMS_HTTP_URL: z.url({ protocol: /^https?$/, message: 'Adresse http:// ou https:// attendue.' }).optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().max(11).default('Lien'),
  GEOCODER_URL: z
    .union([
      z.literal('off'),
      z.url({ protocol: /^https?$/, message: 'Adresse http(s):// ou « off » attendue.' }),
    ])
    .default('https://data.geopf.fr/geocodage'),
  /** The WMTS service of the orientation sheet's map; off by default in tests (nothing leaves the machine). */
  MAP_TILES_URL: z
    .union([
      z.literal('off'),
      z.url({ protocol: /^https?$/, message: 'Adresse http(s):// ou « off » attendue.' }),
    ])
    .optional(),
})

export interface Config {
  env: 'development' | 'production' | 'test'
  host: string
  port: number
  publicUrl: string
  databaseUrl: string | undefined
  dataDir: string
  /** Secret for tokens and at-rest encryption; generated into the data directory when absent. */
  secret: string | undefined
  demo: boolean
  jobs: 'inprocess' | 'off'
  logLevel: string
  smtpUrl: string | undefined
  mailFrom: string
  sessionIdleMinutes: number
  sessionAbsoluteHours: number
  /** How long a read request may reuse a session resolved by this process (0: never). */
  sessionCacheMs: number
  proconnect: { issuer: string; clientId: string; clientSecret: string } | undefined
  /** Mailboxes polled for e-mails to the organisations (LIEN_IMAP_MAILBOXES). */
  imapMailboxes: { organisationId: string; url: string }[]
  /** The HTTP SMS provider (SMS_HTTP_URL, SMS_HTTP_TOKEN, SMS_SENDER); without it, the development outbox. */
  sms: { url: string; token: string; sender: string } | undefined
  /** The address service (GEOCODER_URL): the Géoplateforme, a local fake in tests, or `off`. */
  geocoderUrl: string
  /** The map tiles of the orientation sheet (MAP_TILES_URL): the IGN Géoplateforme WMTS, or none. */
  mapTilesUrl: string | undefined
}

function mapTilesUrl(value: string | undefined, env: string) {
  const url = value ?? (env === 'test' ? 'off' : 'https://data.geopf.fr/wmts')
  return url === 'off' ? undefined : url
}

/** Reads the environment once; a wrong value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const pc =
    e.PROCONNECT_ISSUER && e.PROCONNECT_CLIENT_ID && e.PROCONNECT_CLIENT_SECRET
      ? {
          issuer: e.PROCONNECT_ISSUER,
          clientId: e.PROCONNECT_CLIENT_ID,
          clientSecret: e.PROCONNECT_CLIENT_SECRET,
        }
      : undefined
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: resolve(e.LIEN_DATA_DIR),
    secret: e.LIEN_SECRET,
    demo: e.LIEN_DEMO ?? e.NODE_ENV !== 'production',
    jobs: e.LIEN_JOBS,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    sessionCacheMs: e.SESSION_CACHE_MS,
    proconnect: pc,
    imapMailboxes: Object.entries(e.LIEN_IMAP_MAILBOXES ?? {}).map(([organisationId, url]) => ({
      organisationId,
      url,
    })),
    sms: e.SMS_HTTP_URL
      ? { url: e.SMS_HTTP_URL, token: e.SMS_HTTP_TOKEN ?? '', sender: e.SMS_SENDER }
      : undefined,
    geocoderUrl: e.GEOCODER_URL,
    mapTilesUrl: mapTilesUrl(e.MAP_TILES_URL, e.NODE_ENV),
  }
}

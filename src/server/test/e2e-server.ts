import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { loadConfig } from '../config'
import type { DemoData } from '../demo/demo'
import { accounts, currentTotp } from '../modules/auth'
import { sendFollowUpReminders, sendRenewalInvitations } from '../modules/domiciliation'
import { recordRetentionReviews, usagers } from '../modules/usagers'
import { sendSearchAlerts, type SearchAlertsRun } from '../modules/metiers/alerts'
import { configuredGeocoder } from '../platform/geocoding/configured-geocoder'
import { createSecrets, loadSecret } from '../platform/secrets'
import { startPlatform } from '../start'
import { startFakeBan } from './fake-ban'
import { freePort } from './free-port'
import { waitForFreshTotpStep } from './totp-steps'
import { startLocalOidcProvider, type LocalOidcProvider } from './oidc-provider'

export interface E2eServer {
  url: string
  demo: DemoData
  oidc: LocalOidcProvider
  /**
   * The server's "now" for due dates and queues: `set` moves it (a request becomes late without
   * waiting), `reset` gives back the real time. Sessions and second factors keep the real time.
   */
  clock: { set(instant: Date): void; reset(): void }
  /** The current TOTP code of an account that has enrolled (reads its secret from the database). */
  totpCodeFor(email: string): Promise<string>
  /** Runs the monthly review of person files past their retention now (the jobs are off in journeys). */
  reviewRetention(): Promise<void>
  /** Moves a person's last contact into the past, as if the file had been left for that long. */
  backdateLastContact(usagerId: string, at: Date): Promise<void>
  /** Runs the domiciliation follow-up of the day at the server's clock: agents' reminders, renewal invitations. */
  runDomiciliationFollowUp(): Promise<{ agents: number; invitations: number }>
  /** Runs the job alerts now, at the server's clock: one e-mail per confirmed search with new offers. */
  runJobAlerts(): Promise<SearchAlertsRun>
  close(): Promise<void>
}

/** The whole platform on a fresh data directory, on localhost, with a local ProConnect. */
export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-e2e-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const oidc = await startLocalOidcProvider(`${url}/api/auth/proconnect/callback`)
  const fakeBan = await startFakeBan()
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: 'localhost',
    PORT: String(port),
    PUBLIC_URL: url,
    LIEN_DATA_DIR: dataDir,
    LIEN_JOBS: 'off',
    LOG_LEVEL: 'warn',
    PROCONNECT_ISSUER: oidc.issuer,
    PROCONNECT_CLIENT_ID: oidc.clientId,
    PROCONNECT_CLIENT_SECRET: oidc.clientSecret,
    GEOCODER_URL: fakeBan.url,
  })
  let offsetMs = 0
  const platform = await startPlatform(config, {
    rateLimitFactor: 20,
    clock: () => new Date(Date.now() + offsetMs),
  })
  const secrets = createSecrets(loadSecret(undefined, dataDir))
  return {
    url,
    demo: platform.demo!,
    oidc,
    clock: {
      set(instant) {
        offsetMs = instant.getTime() - Date.now()
      },
      reset() {
        offsetMs = 0
      },
    },
    async totpCodeFor(email) {
      const [account] = await platform.db.owner.select().from(accounts).where(eq(accounts.email, email))
      if (!account?.totpSecret) throw new Error(`pas de second facteur pour ${email}`)
      await waitForFreshTotpStep(account.totpLastStep)
      return currentTotp(secrets.decrypt(account.totpSecret))
    },
    async reviewRetention() {
      await recordRetentionReviews(platform.db.owner)
    },
    async backdateLastContact(usagerId, at) {
      await platform.db.owner.update(usagers).set({ lastContactAt: at }).where(eq(usagers.id, usagerId))
    },
    async runDomiciliationFollowUp() {
      const deps = { db: platform.db, mailer: platform.mailer, publicUrl: url }
      const now = new Date(Date.now() + offsetMs)
      return {
        agents: await sendFollowUpReminders(deps, now),
        invitations: await sendRenewalInvitations(deps, now),
      }
    },
    async runJobAlerts() {
      const geocoder = configuredGeocoder(fakeBan.url, platform.db.owner)
      const deps = { db: platform.db, mailer: platform.mailer, secrets, publicUrl: url, geocoder }
      return sendSearchAlerts(deps, new Date(Date.now() + offsetMs))
    },
    async close() {
      await platform.close()
      await oidc.close()
      await fakeBan.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

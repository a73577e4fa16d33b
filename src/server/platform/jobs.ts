import { PgBoss, fromPglite } from 'pg-boss'
import type { Database } from '../db/client'
import { pollMailbox, sendDailyDigests, sendDueReminders, type Mailbox } from '../modules/accueil'
import { purgeAuditLog } from '../modules/audit'
import { authRepository } from '../modules/auth'
import { reviewRetention } from '../modules/usagers'
import {
  sendFollowUpReminders,
  sendRenewalInvitations,
  sendWaitingMailNotices,
} from '../modules/domiciliation'
import { sendReferralReminders } from '../modules/partenaires/referrals.reminders'
import { sendStaleEntryReminders } from '../modules/partenaires/network-reminders'
import { resumeUnfinishedImports } from '../modules/partenaires/imports/geocode-import'
import { expireOffers } from '../modules/metiers/offer-expiry'
import { sendSearchAlerts } from '../modules/metiers/alerts'
import {
  refreshAnswerRates,
  sendApplicationReminders,
  sendClosingNotices,
} from '../modules/metiers/application-reminders'
import { runApprenticeshipMatching } from '../modules/metiers/apprenticeships/match-mails'
import { sendEventReminders } from '../modules/metiers/events/events.reminders'
import {
  askImmersionOutcomes,
  sendImmersionReminders,
} from '../modules/metiers/immersions/immersion-reminders'
import { purgeListeningCallbacks } from '../modules/metiers/retention/listening.service'
import { runAgrementDeadlines } from '../modules/metiers/agrement/agrement-deadlines'
import { computeAllIndicators } from '../modules/pilotage/indicators/indicators.compute'
import { runMilestoneReminders } from '../modules/pilotage/governance/milestone-reminders'
import { configuredGeocoder } from './geocoding/configured-geocoder'
import type { Mailer } from './mailer'
import type { Secrets } from './secrets'
import type { SmsProvider } from './sms'

export type JobName =
  | 'audit-retention'
  | 'sessions-cleanup'
  | 'accueil-digest'
  | 'accueil-reminders'
  | 'accueil-imap'
  | 'usagers-retention-review'
  | 'domiciliation-notices'
  | 'domiciliation-follow-up'
  | 'domiciliation-renewal-invitations'
  | 'partenaires-referral-reminders'
  | 'partenaires-stale-entries'
  | 'partenaires-import-geocoding'
  | 'metiers-offers-expiry'
  | 'metiers-alerts'
  | 'metiers-application-reminders'
  | 'metiers-closing-notices'
  | 'metiers-answer-rates'
  | 'metiers-apprenticeship-matching'
  | 'metiers-event-reminders'
  | 'metiers-immersion-reminders'
  | 'metiers-immersion-outcomes'
  | 'metiers-listening-purge'
  | 'metiers-agrement-deadlines'
  | 'pilotage-indicators-compute'
  | 'pilotage-milestone-reminders'

/** What the jobs that write to people, or read their e-mails, need. */
export interface JobMail {
  mailer: Mailer
  publicUrl: string
  /** Organisations' mailboxes read every five minutes (LIEN_IMAP_MAILBOXES). */
  imapMailboxes?: Mailbox[]
  /** Text messages to domiciled people (waiting mail). */
  sms: SmsProvider
  /** The platform's clock (set by the browser journeys); the real time otherwise. */
  clock?: () => Date
  /** The address service (GEOCODER_URL) for the directory's imports; the Géoplateforme by default. */
  geocoderUrl?: string
  /** The platform's keys: the unsubscribe links of job alerts are derived from them. */
  secrets?: Secrets
}

export interface Jobs {
  /** Queues a scheduled job for right away (administration, tests). */
  runNow(name: JobName): Promise<void>
  stop(): Promise<void>
}

interface Logger {
  info(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/**
 * Background jobs on pg-boss, in the same database (PGlite through its adapter, or the server).
 * Runs in-process by default; `npm run worker` runs them in a separate process.
 */
export async function startJobs(
  db: Database,
  log: Logger,
  sessionIdleMinutes: number,
  mail: JobMail,
): Promise<Jobs> {
  const boss = db.pglite
    ? new PgBoss({ db: fromPglite(db.pglite), backend: 'pglite', schema: 'pgboss' })
    : new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 4 })
  const now = mail.clock ?? (() => new Date())
  boss.on('error', (err: Error) => log.error({ err: { message: err.message } }, 'tâches : erreur'))
  await boss.start()

  await boss.createQueue('audit-retention')
  await boss.work('audit-retention', async () => {
    const n = await purgeAuditLog(db)
    log.info({ deleted: n }, "journal d'audit : entrées anciennes supprimées")
  })
  await boss.schedule('audit-retention', '15 3 * * *', null, { tz: 'Europe/Paris' })

  await boss.createQueue('sessions-cleanup')
  await boss.work('sessions-cleanup', async () => {
    await authRepository(db.owner).deleteExpiredSessions(sessionIdleMinutes)
  })
  await boss.schedule('sessions-cleanup', '*/30 * * * *', null, { tz: 'Europe/Paris' })

  // Person files: each month, list those past their retention for the administrators to confirm; nothing is erased here.
  await boss.createQueue('usagers-retention-review')
  await boss.work('usagers-retention-review', async () => {
    const found = await reviewRetention(db.owner, mail)
    log.info(found, 'dossiers : revue de conservation enregistrée')
  })
  await boss.schedule('usagers-retention-review', '0 4 1 * *', null, { tz: 'Europe/Paris' })

  // Requests: the agents' morning digest, and reminders the working day before the due day and once late.
  const accueil = { db, ...mail }
  await boss.createQueue('accueil-digest')
  await boss.work('accueil-digest', async () => {
    const agents = await sendDailyDigests(accueil, now())
    log.info({ agents }, 'demandes : récapitulatifs du matin envoyés')
  })
  await boss.schedule('accueil-digest', '30 7 * * *', null, { tz: 'Europe/Paris' })

  await boss.createQueue('accueil-reminders')
  await boss.work('accueil-reminders', async () => {
    const reminders = await sendDueReminders(accueil, now())
    log.info({ reminders }, 'demandes : rappels envoyés')
  })
  await boss.schedule('accueil-reminders', '0 8-18 * * 1-5', null, { tz: 'Europe/Paris' })

  // Domiciliation: each quarter of an hour, the structures whose notice time has come tell people of their waiting mail.
  await boss.createQueue('domiciliation-notices')
  await boss.work('domiciliation-notices', async () => {
    const run = await sendWaitingMailNotices({ db, sms: mail.sms, mailer: mail.mailer }, now())
    log.info(run, 'domiciliation : avis de courrier en attente envoyés')
  })
  await boss.schedule('domiciliation-notices', '*/15 * * * *', null, { tz: 'Europe/Paris' })

  // Domiciliation follow-up: the agents' morning reminder of decision deadlines and ends of validity,
  // and the invitation to renew sent to the person a month before the end.
  const domiciliation = { db, mailer: mail.mailer, publicUrl: mail.publicUrl, sms: mail.sms }
  await boss.createQueue('domiciliation-follow-up')
  await boss.work('domiciliation-follow-up', async () => {
    const agents = await sendFollowUpReminders(domiciliation, now())
    log.info({ agents }, 'domiciliation : rappels de suivi envoyés')
  })
  await boss.schedule('domiciliation-follow-up', '45 7 * * *', null, { tz: 'Europe/Paris' })

  await boss.createQueue('domiciliation-renewal-invitations')
  await boss.work('domiciliation-renewal-invitations', async () => {
    const sent = await sendRenewalInvitations(domiciliation, now())
    log.info({ sent }, 'domiciliation : invitations à renouveler envoyées')
  })
  await boss.schedule('domiciliation-renewal-invitations', '0 10 * * *', null, { tz: 'Europe/Paris' })

  // Orientations to partners: each morning, one reminder after 7 days without news, expiry after 30.
  await boss.createQueue('partenaires-referral-reminders')
  await boss.work('partenaires-referral-reminders', async () => {
    const run = await sendReferralReminders(
      { db, mailer: mail.mailer, publicUrl: mail.publicUrl },
      new Date(),
    )
    log.info(run, 'orientations : relances et expirations')
  })
  await boss.schedule('partenaires-referral-reminders', '30 8 * * *', null, { tz: 'Europe/Paris' })

  // Directory: on the first of each month, structures past their promised check are asked to confirm their entries.
  await boss.createQueue('partenaires-stale-entries')
  await boss.work('partenaires-stale-entries', async () => {
    const deps = { db, mailer: mail.mailer, publicUrl: mail.publicUrl }
    const reminded = await sendStaleEntryReminders(deps, now())
    log.info({ reminded }, 'annuaire : structures invitées à vérifier leurs fiches')
  })
  await boss.schedule('partenaires-stale-entries', '0 9 1 * *', null, { tz: 'Europe/Paris' })

  // Directory imports: places are located by the process that took the import; one stopped midway
  // (a restart) is resumed here, a quarter of an hour after the import began.
  const geocoder = configuredGeocoder(mail.geocoderUrl ?? 'https://data.geopf.fr/geocodage', db.owner)
  await boss.createQueue('partenaires-import-geocoding')
  await boss.work('partenaires-import-geocoding', async () => {
    const resumed = await resumeUnfinishedImports(db, geocoder, new Date(Date.now() - 15 * 60_000))
    if (resumed) log.info({ resumed }, 'annuaire : localisation des imports interrompus reprise')
  })
  await boss.schedule('partenaires-import-geocoding', '*/10 * * * *', null, { tz: 'Europe/Paris' })

  // Job offers: just after midnight (Paris), published offers past their end of publication expire.
  await boss.createQueue('metiers-offers-expiry')
  await boss.work('metiers-offers-expiry', async () => {
    const expired = await expireOffers(db, now())
    log.info({ expired }, 'offres d’emploi : offres arrivées à leur fin de publication expirées')
  })
  await boss.schedule('metiers-offers-expiry', '5 0 * * *', null, { tz: 'Europe/Paris' })

  // Saved job searches: every quarter of an hour, one e-mail per search with offers published since its last alert.
  await boss.createQueue('metiers-alerts')
  await boss.work('metiers-alerts', async () => {
    if (!mail.secrets) return log.error({}, 'alertes d’offres : clés de la plateforme absentes, rien envoyé')
    const run = await sendSearchAlerts(
      { db, mailer: mail.mailer, secrets: mail.secrets, publicUrl: mail.publicUrl, geocoder },
      now(),
    )
    log.info({ ...run }, 'alertes d’offres : nouvelles offres envoyées')
  })
  await boss.schedule('metiers-alerts', '*/15 * * * *', null, { tz: 'Europe/Paris' })

  // Applications: each morning, recruiters get one e-mail of applications unanswered after 7 days (once each);
  // candidates of offers closed since are told (once each); at night, every employer's answer rate is recomputed.
  const applicationJobs = { db, mailer: mail.mailer, publicUrl: mail.publicUrl, secrets: mail.secrets }
  await boss.createQueue('metiers-application-reminders')
  await boss.work('metiers-application-reminders', async () => {
    log.info(await sendApplicationReminders(applicationJobs, now()), 'candidatures : rappels aux recruteurs')
  })
  await boss.schedule('metiers-application-reminders', '0 9 * * *', null, { tz: 'Europe/Paris' })
  await boss.createQueue('metiers-closing-notices')
  await boss.work('metiers-closing-notices', async () => {
    log.info(await sendClosingNotices(applicationJobs, now()), 'candidatures : offres closes annoncées')
  })
  await boss.schedule('metiers-closing-notices', '20 0 * * *', null, { tz: 'Europe/Paris' })
  await boss.createQueue('metiers-answer-rates')
  await boss.work('metiers-answer-rates', async () => {
    log.info(
      { employers: await refreshAnswerRates(applicationJobs, now()) },
      'candidatures : taux de réponse recalculés',
    )
  })
  await boss.schedule('metiers-answer-rates', '40 2 * * *', null, { tz: 'Europe/Paris' })

  // Apprenticeships: every hour, matches recomputed for every seat and request; both sides told of new ones (once each).
  const pathwayJobs = { db, mailer: mail.mailer, publicUrl: mail.publicUrl }
  await boss.createQueue('metiers-apprenticeship-matching')
  await boss.work('metiers-apprenticeship-matching', async () => {
    log.info(
      { ...(await runApprenticeshipMatching(pathwayJobs, now())) },
      'apprentissage : rapprochements recalculés',
    )
  })
  await boss.schedule('metiers-apprenticeship-matching', '10 * * * *', null, { tz: 'Europe/Paris' })

  // Events: the day before (and an hour before an online event), registered people are reminded.
  await boss.createQueue('metiers-event-reminders')
  await boss.work('metiers-event-reminders', async () => {
    if (!mail.secrets)
      return log.error({}, 'événements : clés de la plateforme absentes, aucun rappel envoyé')
    log.info(
      await sendEventReminders({ ...pathwayJobs, secrets: mail.secrets }, now()),
      'événements : rappels envoyés',
    )
  })
  await boss.schedule('metiers-event-reminders', '*/15 * * * *', null, { tz: 'Europe/Paris' })

  // Immersions: the day before, the person and the host are reminded; after the end, the host is asked for the outcome.
  await boss.createQueue('metiers-immersion-reminders')
  await boss.work('metiers-immersion-reminders', async () => {
    log.info({ ...(await sendImmersionReminders(pathwayJobs, now())) }, 'immersions : rappels de la veille')
  })
  await boss.schedule('metiers-immersion-reminders', '0 7 * * *', null, { tz: 'Europe/Paris' })
  await boss.createQueue('metiers-immersion-outcomes')
  await boss.work('metiers-immersion-outcomes', async () => {
    log.info({ ...(await askImmersionOutcomes(pathwayJobs, now())) }, 'immersions : bilans demandés')
  })
  await boss.schedule('metiers-immersion-outcomes', '0 8 * * *', null, { tz: 'Europe/Paris' })

  // Listening line: callbacks' names and numbers are erased 30 days after the call.
  await boss.createQueue('metiers-listening-purge')
  await boss.work('metiers-listening-purge', async () => {
    log.info(await purgeListeningCallbacks({ db }, now()), 'ligne d’écoute : rappels anciens effacés')
  })
  await boss.schedule('metiers-listening-purge', '40 3 * * *', null, { tz: 'Europe/Paris' })

  // Agrément of assistants familiaux: agents reminded before a decision is due; silence past the due date is a tacit agrément.
  await boss.createQueue('metiers-agrement-deadlines')
  await boss.work('metiers-agrement-deadlines', async () => {
    log.info({ ...(await runAgrementDeadlines(pathwayJobs, now())) }, 'agrément : délais légaux suivis')
  })
  await boss.schedule('metiers-agrement-deadlines', '0 6 * * *', null, { tz: 'Europe/Paris' })

  // Plans: on the 2nd of each month, the indicators Lien computes itself get the value of the month just ended.
  await boss.createQueue('pilotage-indicators-compute')
  await boss.work('pilotage-indicators-compute', async () => {
    log.info(await computeAllIndicators(db, now()), 'plans : indicateurs calculés pour le mois écoulé')
  })
  await boss.schedule('pilotage-indicators-compute', '30 5 2 * *', null, { tz: 'Europe/Paris' })

  // Plans: each morning, owners of milestones are reminded before the due date (once); yearly ones come back.
  await boss.createQueue('pilotage-milestone-reminders')
  await boss.work('pilotage-milestone-reminders', async () => {
    log.info(await runMilestoneReminders(pathwayJobs, now()), 'plans : échéances rappelées et reconduites')
  })
  await boss.schedule('pilotage-milestone-reminders', '0 7 * * *', null, { tz: 'Europe/Paris' })

  const mailboxes = mail.imapMailboxes ?? []
  await boss.createQueue('accueil-imap')
  await boss.work('accueil-imap', async () => {
    for (const mailbox of mailboxes) {
      try {
        const read = await pollMailbox(db, mailbox, now)
        log.info({ organisationId: mailbox.organisationId, ...read }, 'demandes : boîte aux lettres relevée')
      } catch (err) {
        log.error(
          { organisationId: mailbox.organisationId, err: { message: (err as Error).message } },
          'demandes : relève impossible',
        )
      }
    }
  })
  if (mailboxes.length) await boss.schedule('accueil-imap', '*/5 * * * *', null, { tz: 'Europe/Paris' })

  return {
    async runNow(name) {
      await boss.send(name, {})
    },
    stop: () => boss.stop({ graceful: true, timeout: 5000 }),
  }
}

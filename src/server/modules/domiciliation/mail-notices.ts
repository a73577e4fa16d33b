import { addDays, endOfParisDay, PARIS, parisDate } from '../../../shared/dates'
import type { MailKind } from '../../../shared/modules/domiciliation/mail.constants'
import type { Database, Db } from '../../db/client'
import { auditRecorder, type AuditWriter } from '../../platform/audit'
import type { Mailer } from '../../platform/mailer'
import type { SmsOutcome, SmsProvider } from '../../platform/sms'
import { organisationsRepository } from '../organisations'
import { usagerNoticeContacts } from '../usagers'
import { DEFAULT_MAIL_SETTINGS } from './mail-settings.service'
import { mailNoticesRepository } from './mail-notices.repository'
import { mailRepository } from './mail.repository'
import { waitingMailNotice } from './notice-text'

export interface MailNoticeDeps {
  db: Database
  sms: SmsProvider
  mailer: Mailer
}

export interface MailNoticeRun {
  organisations: number
  sent: number
  failed: number
}

const KIND = 'courrier_en_attente'

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
/** "18:05", Paris time. */
export const parisTimeOfDay = (now: Date) => timeFormat.format(now)

const startOfParisDay = (now: Date) => new Date(endOfParisDay(addDays(parisDate(now), -1)).getTime() + 1)

interface Waiting {
  domiciliationId: string
  usagerId: string
  itemIds: string[]
  counts: Partial<Record<MailKind, number>>
}

function byFile(items: { id: string; kind: string; domiciliationId: string; usagerId: string }[]): Waiting[] {
  const files = new Map<string, Waiting>()
  for (const item of items) {
    const w = files.get(item.domiciliationId) ?? {
      domiciliationId: item.domiciliationId,
      usagerId: item.usagerId,
      itemIds: [],
      counts: {},
    }
    w.itemIds.push(item.id)
    const kind = item.kind as MailKind
    w.counts[kind] = (w.counts[kind] ?? 0) + 1
    files.set(item.domiciliationId, w)
  }
  return [...files.values()]
}

async function sendEmail(mailer: Mailer, to: string, subject: string, text: string): Promise<SmsOutcome> {
  try {
    await mailer.send({ to, subject, text })
    return { sent: true, detail: mailer.kind === 'outbox' ? 'boîte d’envoi de développement' : 'envoyé' }
  } catch {
    return { sent: false, detail: 'échec : serveur de courrier injoignable' }
  }
}

/** Mail registered before today's notice time (Paris); what comes later waits for tomorrow's notice. */
export const arrivedBeforeNotice = (receivedAt: Date, now: Date, noticeTime: string) =>
  parisDate(receivedAt) < parisDate(now) || parisTimeOfDay(receivedAt) < noticeTime

/** One organisation's notices, in its own tenant transaction (row-level security applies). */
async function noticesOf(
  deps: MailNoticeDeps,
  tx: Db,
  audit: AuditWriter,
  organisationId: string,
  now: Date,
) {
  const repo = mailRepository(tx)
  const noticeTime = (await repo.settings(organisationId))?.noticeTime ?? DEFAULT_MAIL_SETTINGS.noticeTime
  const already = await repo.noticedSince(KIND, startOfParisDay(now))
  const announced = (await repo.waitingUnnotified()).filter((i) =>
    arrivedBeforeNotice(i.receivedAt, now, noticeTime),
  )
  const waiting = byFile(announced).filter((w) => !already.has(w.domiciliationId))
  if (waiting.length === 0) return { sent: 0, failed: 0 }
  const contacts = new Map(
    (
      await usagerNoticeContacts(
        tx,
        waiting.map((w) => w.usagerId),
      )
    ).map((c) => [c.id, c]),
  )
  const organisation = await organisationsRepository(tx).getOrganisation(organisationId)
  let sent = 0
  let failed = 0
  for (const w of waiting) {
    const contact = contacts.get(w.usagerId)
    // Only people who agreed to be told; a text message when they gave a phone, else an e-mail.
    if (!contact || (!contact.sms && !contact.email)) continue
    const message = waitingMailNotice(organisation?.name ?? 'Votre centre de domiciliation', w.counts)
    const channel = contact.sms ? 'sms' : 'email'
    const outcome = contact.sms
      ? await deps.sms.send(contact.sms, message.sms)
      : await sendEmail(deps.mailer, contact.email!, message.subject, message.text)
    const notice = await repo.insertNotice({
      organisationId,
      domiciliationId: w.domiciliationId,
      channel,
      kind: KIND,
      sentAt: now,
      outcome: outcome.detail,
    })
    if (outcome.sent) {
      await repo.markNotified(w.itemIds, now)
      sent++
    } else failed++
    await audit({
      action: 'create',
      entityType: 'domiciliation_notice',
      entityId: notice.id,
      after: { domiciliationId: w.domiciliationId, channel, kind: KIND, outcome: outcome.detail },
    })
  }
  return { sent, failed }
}

/**
 * Every quarter of an hour: in each structure whose notice time (Paris) has passed today, one
 * grouped message per person with waiting mail not yet announced, to those who consented. A
 * person gets one such message a day at most, at the structure's time (or at the first run after
 * it): mail registered after today's notice time waits for tomorrow's, whether or not the person
 * was told of other mail today. A failed send is recorded and tried again the next day.
 */
export async function sendWaitingMailNotices(deps: MailNoticeDeps, now: Date): Promise<MailNoticeRun> {
  const due = await mailNoticesRepository(deps.db.owner).organisationsDue(
    parisTimeOfDay(now),
    DEFAULT_MAIL_SETTINGS.noticeTime,
  )
  const run: MailNoticeRun = { organisations: due.length, sent: 0, failed: 0 }
  for (const organisationId of due) {
    const audit = auditRecorder(
      { accountId: null, label: 'Avis de courrier en attente', organisationId },
      null,
    )
    const result = await deps.db.transaction(
      { organisationId, accountId: null, platformAdmin: false },
      (tx) => noticesOf(deps, tx, audit.write, organisationId, now),
      audit.statement,
    )
    run.sent += result.sent
    run.failed += result.failed
  }
  return run
}

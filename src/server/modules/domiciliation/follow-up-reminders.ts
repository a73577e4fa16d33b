import { isWorkingDay, parisDate } from '../../../shared/dates'
import {
  requestKindLabels,
  type RequestKind,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { usagerNoticeContacts } from '../usagers'
import { frenchDate } from './french-date'
import {
  followUpRemindersRepository,
  RENEWAL_NOTICE,
  type DueRequest,
  type ExpiringFile,
} from './follow-up-reminders.repository'

/** What sends a text message; the platform's SMS provider fits. */
export interface TextSender {
  send(to: string, text: string): Promise<{ sent: boolean; detail: string }>
}

export interface FollowUpReminderDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
  /** Without it, the renewal invitation goes by e-mail only. */
  sms?: TextSender | undefined
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const groupBy = <T>(items: T[], key: (t: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/**
 * The agents' daily reminder (working days): requests whose 2-month deadline is within 15 days or
 * passed, and domiciliations ending within a month. File numbers and links only, never a name.
 * A late request is listed every day until it is decided: the deadline never lapses silently.
 */
export async function sendFollowUpReminders(deps: FollowUpReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  if (!isWorkingDay(today)) return 0
  const repo = followUpRemindersRepository(deps.db.owner)
  const [requests, expiring, recipients] = await Promise.all([
    repo.dueRequests(today),
    repo.expiringFiles(today),
    repo.recipients(),
  ])
  const requestsOf = groupBy(requests, (r) => r.organisation_id)
  const expiringOf = groupBy(expiring, (f) => f.organisation_id)
  let sent = 0
  for (const person of recipients) {
    const due = requestsOf.get(person.organisation_id) ?? []
    const ending = expiringOf.get(person.organisation_id) ?? []
    if (due.length === 0 && ending.length === 0) continue
    const link = (id: string) => `${deps.publicUrl}/domiciliation/dossiers/${id}`
    const describeRequest = (r: DueRequest) =>
      `Dossier n° ${r.file_number} · ${requestKindLabels[r.kind as RequestKind] ?? r.kind} · réponse due le ${frenchDate(r.deadline_on)}`
    const describeFile = (f: ExpiringFile) =>
      `Dossier n° ${f.file_number} · valable jusqu’au ${frenchDate(f.valid_until)}`
    const sections = [
      {
        title: 'Délai de décision dépassé',
        lines: due
          .filter((r) => r.deadline_on < today)
          .map((r) => [describeRequest(r), link(r.domiciliation_id)]),
      },
      {
        title: 'À décider dans les 15 jours',
        lines: due
          .filter((r) => r.deadline_on >= today)
          .map((r) => [describeRequest(r), link(r.domiciliation_id)]),
      },
      {
        title: 'Domiciliations qui prennent fin dans le mois',
        lines: ending.map((f) => [describeFile(f), link(f.domiciliation_id)]),
      },
    ].filter((s) => s.lines.length > 0)
    const intro = `Voici le suivi des domiciliations de ${person.organisation_name} au ${frenchDate(today)}.`
    const footer = 'Ce message ne contient aucune donnée personnelle : ouvrez Lien pour voir chaque dossier.'
    const text =
      `Bonjour ${person.display_name},\n\n${intro}\n\n` +
      sections
        .map((s) => `${s.title} (${s.lines.length})\n${s.lines.map(([d, l]) => `- ${d}\n  ${l}`).join('\n')}`)
        .join('\n\n') +
      `\n\n${footer}\n`
    const html =
      `<p>Bonjour ${escapeHtml(person.display_name)},</p><p>${escapeHtml(intro)}</p>` +
      sections
        .map(
          (s) =>
            `<h2>${escapeHtml(s.title)} (${s.lines.length})</h2><ul>${s.lines.map(([d, l]) => `<li><a href="${escapeHtml(l!)}">${escapeHtml(d!)}</a></li>`).join('')}</ul>`,
        )
        .join('') +
      `<p>${escapeHtml(footer)}</p>`
    const late = due.filter((r) => r.deadline_on < today).length
    const subject = late
      ? `Domiciliation : ${late} demande${late > 1 ? 's' : ''} en retard de décision`
      : `Domiciliation : ${due.length} demande${due.length > 1 ? 's' : ''} à décider, ${ending.length} fin${ending.length > 1 ? 's' : ''} de validité dans le mois`
    await deps.mailer.send({ to: person.email, subject, text, html })
    sent++
  }
  return sent
}

/**
 * The invitation to renew, a month before the end of validity, on each channel the person agreed
 * to (e-mail, text message). Each channel is used once per validity period: the notice is recorded.
 */
export async function sendRenewalInvitations(deps: FollowUpReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  const repo = followUpRemindersRepository(deps.db.owner)
  const files = await repo.expiringFiles(today)
  if (files.length === 0) return 0
  const [contacts, invited] = await Promise.all([
    usagerNoticeContacts(
      deps.db.owner,
      files.map((f) => f.usager_id),
    ),
    repo.invitedThisPeriod(files.map((f) => f.domiciliation_id)),
  ])
  const contactOf = new Map(contacts.map((c) => [c.id, c]))
  let sent = 0
  for (const file of files) {
    const contact = contactOf.get(file.usager_id)
    if (!contact) continue
    const until = frenchDate(file.valid_until)
    const hours = file.opening_hours ? `\nHoraires d’accueil : ${file.opening_hours}` : ''
    const record = (channel: 'email' | 'sms', outcome: string) =>
      repo.recordNotice({
        organisationId: file.organisation_id,
        domiciliationId: file.domiciliation_id,
        channel,
        kind: RENEWAL_NOTICE,
        sentAt: now,
        outcome,
      })
    if (contact.email && !invited.has(`${file.domiciliation_id}:email`)) {
      try {
        await deps.mailer.send({
          to: contact.email,
          subject: `Votre domiciliation prend fin le ${until}`,
          text:
            `Bonjour,\n\nVotre domiciliation auprès de ${file.organisation_name} (dossier n° ${file.file_number}) est valable jusqu’au ${until}.\n\n` +
            `Pour la garder, venez demander son renouvellement avant cette date. Le renouvellement est un droit si vous n’avez toujours pas de domicile stable.${hours}\n`,
        })
        await record('email', 'envoyé')
        sent++
      } catch (err) {
        await record('email', `échec : ${(err as Error).name}`)
      }
    }
    if (deps.sms && contact.sms && !invited.has(`${file.domiciliation_id}:sms`)) {
      const outcome = await deps.sms.send(
        contact.sms,
        `${file.organisation_name} : votre domiciliation (dossier n° ${file.file_number}) prend fin le ${until}. Venez la renouveler avant cette date.`,
      )
      await record('sms', outcome.detail)
      if (outcome.sent) sent++
    }
  }
  return sent
}

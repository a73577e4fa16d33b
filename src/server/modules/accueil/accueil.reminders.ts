import { addWorkingDays, isWorkingDay, parisDate } from '../../../shared/dates'
import {
  channelLabels,
  themeLabels,
  type RequestChannel,
  type RequestTheme,
} from '../../../shared/modules/accueil/accueil.constants'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { longDate } from './french-dates'
import { remindersRepository, type AssignedRequest } from './reminders.repository'

export interface ReminderDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

const escapeHtml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

interface Section {
  title: string
  items: AssignedRequest[]
}

/** One line per request: reference, channel, themes and due day; never the person's name or message. */
function describe(r: AssignedRequest) {
  const themes = r.themes.map((t) => themeLabels[t as RequestTheme] ?? t).join(', ')
  return `${r.reference} · ${channelLabels[r.channel as RequestChannel] ?? r.channel} · ${themes} — à traiter pour le ${longDate(r.due_on)} (${r.organisation_name})`
}

function compose(deps: ReminderDeps, name: string, intro: string, sections: Section[]) {
  const link = (r: AssignedRequest) => `${deps.publicUrl}/accueil/demandes/${r.id}`
  const filled = sections.filter((s) => s.items.length)
  const text =
    `Bonjour ${name},\n\n${intro}\n\n` +
    filled
      .map(
        (s) =>
          `${s.title} (${s.items.length})\n${s.items.map((r) => `- ${describe(r)}\n  ${link(r)}`).join('\n')}`,
      )
      .join('\n\n') +
    '\n\nCe message ne contient aucune donnée personnelle : ouvrez Lien pour voir chaque demande.\n'
  const html =
    `<p>Bonjour ${escapeHtml(name)},</p><p>${escapeHtml(intro)}</p>` +
    filled
      .map(
        (s) =>
          `<h2>${escapeHtml(s.title)} (${s.items.length})</h2><ul>` +
          s.items
            .map((r) => `<li><a href="${escapeHtml(link(r))}">${escapeHtml(describe(r))}</a></li>`)
            .join('') +
          '</ul>',
      )
      .join('') +
    '<p>Ce message ne contient aucune donnée personnelle : ouvrez Lien pour voir chaque demande.</p>'
  return { text, html }
}

function byAssignee<T extends AssignedRequest>(items: T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const r of items) groups.set(r.assignee_id, [...(groups.get(r.assignee_id) ?? []), r])
  return [...groups.values()].map((g) =>
    g.sort((a, b) => a.due_on.localeCompare(b.due_on) || a.reference.localeCompare(b.reference)),
  )
}

/**
 * The morning digest (07:30, Paris): one e-mail per agent with the requests that are late, due
 * today or due on the next working day. Nothing is sent on a day off.
 */
export async function sendDailyDigests(deps: ReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  if (!isWorkingDay(today)) return 0
  const next = addWorkingDays(today, 1)
  const groups = byAssignee(await remindersRepository(deps.db.owner).dueBy(next))
  for (const items of groups) {
    const first = items[0]!
    const { text, html } = compose(
      deps,
      first.assignee_name,
      `Voici les demandes qui vous sont confiées, à traiter en priorité.`,
      [
        { title: 'En retard', items: items.filter((r) => r.due_on < today) },
        { title: "À traiter aujourd'hui", items: items.filter((r) => r.due_on === today) },
        { title: `À traiter pour le ${longDate(next)}`, items: items.filter((r) => r.due_on > today) },
      ],
    )
    await deps.mailer.send({
      to: first.assignee_email,
      subject: `Vos demandes du ${longDate(today)} : ${items.length} à traiter`,
      text,
      html,
    })
  }
  return groups.length
}

/**
 * Reminders on the working day before the due day and once a request is late. Each is sent
 * once: the history of the request records it, in the same transaction.
 */
export async function sendDueReminders(deps: ReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  const next = addWorkingDays(today, 1)
  const groups = byAssignee(await remindersRepository(deps.db.owner).remindersToSend(today, next))
  for (const items of groups) {
    const first = items[0]!
    await deps.db.owner.transaction(async (tx) => {
      await remindersRepository(tx).recordReminders(items, now)
      const { text, html } = compose(
        deps,
        first.assignee_name,
        'Rappel : ces demandes qui vous sont confiées arrivent à échéance ou sont en retard.',
        [
          { title: 'En retard', items: items.filter((r) => r.kind === 'rappel_retard') },
          {
            title: 'À traiter avant la fin du prochain jour ouvré',
            items: items.filter((r) => r.kind === 'rappel_veille'),
          },
        ],
      )
      const late = items.filter((r) => r.kind === 'rappel_retard').length
      const subject = late
        ? `Rappel : ${late} demande${late > 1 ? 's' : ''} en retard`
        : `Rappel : ${items.length} demande${items.length > 1 ? 's' : ''} à traiter au prochain jour ouvré`
      await deps.mailer.send({ to: first.assignee_email, subject, text, html })
    })
  }
  return groups.reduce((n, g) => n + g.length, 0)
}

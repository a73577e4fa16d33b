import { addDays, endOfParisDay, parisDate } from '../../../shared/dates'
import {
  channelLabels,
  themeLabels,
  type RequestChannel,
  type RequestTheme,
} from '../../../shared/modules/accueil/accueil.constants'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { longDate } from './french-dates'
import { calendarsOn } from './organisation-calendar'
import { remindersRepository, type ReminderKind, type ReminderLine } from './reminders.repository'

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
  items: ReminderLine[]
}

/** One line per request: reference, channel, themes and due day; never the person's name or message. */
function describe(r: ReminderLine) {
  const themes = r.themes.map((t) => themeLabels[t as RequestTheme] ?? t).join(', ')
  return `${r.reference} · ${channelLabels[r.channel as RequestChannel] ?? r.channel} · ${themes} — à traiter pour le ${longDate(r.due_on)} (${r.organisation_name})`
}

function compose(deps: ReminderDeps, name: string, intro: string, sections: Section[]) {
  const link = (r: ReminderLine) => `${deps.publicUrl}/accueil/demandes/${r.id}`
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

const soonestFirst = (a: ReminderLine, b: ReminderLine) =>
  a.due_on.localeCompare(b.due_on) || a.reference.localeCompare(b.reference)

function byRecipient<T extends ReminderLine>(items: T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const r of items) groups.set(r.recipient_id, [...(groups.get(r.recipient_id) ?? []), r])
  return [...groups.values()].map((g) => g.sort(soonestFirst))
}

/**
 * The morning digest (07:30, Paris): one e-mail per agent with the requests they hold that are
 * late, due today or due on the next working day, and the late requests nobody holds in their
 * services (to the administration and direction when a request has no service). Each
 * organisation's own calendar decides its working days: nothing is sent on its days off. A late
 * request nobody holds is listed once a day to each agent, recorded in its history.
 */
export async function sendDailyDigests(deps: ReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  const calendars = calendarsOn(today)
  const repo = remindersRepository(deps.db.owner)
  const startOfToday = new Date(endOfParisDay(addDays(today, -1)).getTime() + 1)
  const workingThere = (r: ReminderLine) => calendars.of(r.commune_insee).working
  const held = (await repo.dueBy(calendars.latestNext)).filter(
    (r) => workingThere(r) && r.due_on <= calendars.of(r.commune_insee).next,
  )
  const unheld = new Set((await repo.unheldLate(today, startOfToday)).filter(workingThere))
  const groups = byRecipient([...held, ...unheld])
  for (const items of groups) {
    const first = items[0]!
    const mine = items.filter((r) => !unheld.has(r))
    const toAssign = items.filter((r) => unheld.has(r))
    const next = calendars.of(first.commune_insee).next
    const { text, html } = compose(
      deps,
      first.recipient_name,
      mine.length
        ? 'Voici les demandes qui vous sont confiées, à traiter en priorité.'
        : 'Ces demandes sont en retard et personne ne les a encore prises en charge.',
      [
        { title: 'En retard', items: mine.filter((r) => r.due_on < today) },
        { title: "À traiter aujourd'hui", items: mine.filter((r) => r.due_on === today) },
        { title: `À traiter pour le ${longDate(next)}`, items: mine.filter((r) => r.due_on > today) },
        { title: 'En retard et confiées à personne : à attribuer', items: toAssign },
      ],
    )
    await deps.db.owner.transaction(async (tx) => {
      await remindersRepository(tx).recordReminders(
        toAssign.map((r) => ({ ...r, kind: 'rappel_sans_agent' as const })),
        now,
      )
      await deps.mailer.send({
        to: first.recipient_email,
        subject: `Vos demandes du ${longDate(today)} : ${items.length} à traiter`,
        text,
        html,
      })
    })
  }
  return groups.length
}

/**
 * Reminders on the working day before the due day (in the organisation's calendar) and once a
 * request is late. Each is sent once: the history of the request records it, in the same
 * transaction.
 */
export async function sendDueReminders(deps: ReminderDeps, now: Date): Promise<number> {
  const today = parisDate(now)
  const calendars = calendarsOn(today)
  const due = (await remindersRepository(deps.db.owner).remindersToSend(today, calendars.latestNext)).filter(
    (r) => r.kind === 'rappel_retard' || r.due_on <= calendars.of(r.commune_insee).next,
  )
  const groups = byRecipient(due)
  for (const items of groups) {
    const first = items[0]!
    const of = (kind: ReminderKind) => items.filter((r) => r.kind === kind)
    await deps.db.owner.transaction(async (tx) => {
      await remindersRepository(tx).recordReminders(items, now)
      const { text, html } = compose(
        deps,
        first.recipient_name,
        'Rappel : ces demandes qui vous sont confiées arrivent à échéance ou sont en retard.',
        [
          { title: 'En retard', items: of('rappel_retard') },
          { title: 'À traiter avant la fin du prochain jour ouvré', items: of('rappel_veille') },
        ],
      )
      const late = of('rappel_retard').length
      const subject = late
        ? `Rappel : ${late} demande${late > 1 ? 's' : ''} en retard`
        : `Rappel : ${items.length} demande${items.length > 1 ? 's' : ''} à traiter au prochain jour ouvré`
      await deps.mailer.send({ to: first.recipient_email, subject, text, html })
    })
  }
  return groups.reduce((n, g) => n + g.length, 0)
}

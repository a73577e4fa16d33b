import { eq, sql } from 'drizzle-orm'
import { addDays, addWorkingDays, type CivilDate } from '../../shared/dates'
import {
  defaultAnnouncedDelays,
  requestThemes,
  type AnswerChannel,
  type RequestChannel,
  type RequestState,
} from '../../shared/modules/accueil/accueil.constants'
import { newId } from '../../shared/ids'
import type { Db } from '../db/client'
import { formatReference, requestAnswers, requestCounters, requests } from '../modules/accueil'
import { usagers } from '../modules/usagers'
import { pick } from './names'

const BATCH = 2000
const DAY = 86_400_000
const SPAN_DAYS = 730

/** Channels weighted as a CCAS sees them: mostly walk-ins and calls. */
const channelWeights: [RequestChannel, number][] = [
  ['accueil_physique', 0.35],
  ['telephone', 0.3],
  ['courriel', 0.15],
  ['formulaire', 0.1],
  ['courrier', 0.08],
  ['orientation_partenaire', 0.02],
]
const answerChannelOf: Record<RequestChannel, AnswerChannel> = {
  accueil_physique: 'accueil_physique',
  telephone: 'telephone',
  courriel: 'courriel',
  formulaire: 'courriel',
  courrier: 'courrier',
  orientation_partenaire: 'telephone',
}
const messages = [
  'Demande de colis alimentaire.',
  'Question sur une facture d’énergie impayée.',
  'Recherche d’un logement social.',
  'Aide pour une démarche en ligne.',
  'Demande de domiciliation.',
  'Renouvellement de droits (RSA, AAH).',
  'Personne âgée isolée signalée par un voisin.',
]
const openStates: RequestState[] = ['nouvelle', 'en_cours', 'en_attente_usager']

export interface SyntheticRequests {
  organisationId: string
  count: number
  random: () => number
  accountIds: string[]
  serviceIds: string[]
}

function weighted<T>(random: () => number, list: [T, number][]): T {
  let r = random()
  for (const [value, weight] of list) if ((r -= weight) < 0) return value
  return list[list.length - 1]![0]
}

/**
 * Requests spread over two years, in multi-row inserts of two thousand: references in order of
 * reception per year, due days from the default announced delays, most closed with an answer,
 * the last month's partly open (some late).
 */
export async function syntheticRequests(tx: Db, s: SyntheticRequests) {
  const { random } = s
  const now = Date.now()
  const today = new Date(now).toISOString().slice(0, 10)
  const firstDay = addDays(today, -SPAN_DAYS)
  const people = (
    await tx
      .select({ id: usagers.id })
      .from(usagers)
      .where(eq(usagers.organisationId, s.organisationId))
      .limit(20_000)
  ).map((u) => u.id)
  // Reception days (with the hour in minutes) in order, so that references follow reception.
  const arrivals = Array.from(
    { length: s.count },
    () => Math.floor(random() * SPAN_DAYS) * 1440 + 480 + Math.floor(random() * 600),
  ).sort((a, b) => a - b)
  const dayOf = new Map<number, CivilDate>()
  const dueOf = new Map<string, CivilDate>()
  // Numbering goes on from the organisation's counters: seeding twice, or after the demo, never collides.
  const counters = new Map<number, number>(
    (
      await tx
        .select({ year: requestCounters.year, last: requestCounters.last })
        .from(requestCounters)
        .where(eq(requestCounters.organisationId, s.organisationId))
    ).map((c) => [c.year, c.last]),
  )
  for (let done = 0; done < s.count; done += BATCH) {
    const rows: (typeof requests.$inferInsert)[] = []
    const answers: (typeof requestAnswers.$inferInsert)[] = []
    for (const minutes of arrivals.slice(done, done + BATCH)) {
      const offset = Math.floor(minutes / 1440)
      let day = dayOf.get(offset)
      if (!day) dayOf.set(offset, (day = addDays(firstDay, offset)))
      // Paris is one or two hours ahead of UTC; an hour's error does not matter here.
      const receivedAt = new Date(Date.parse(`${day}T00:00:00Z`) + ((minutes % 1440) - 60) * 60_000)
      const channel = weighted(random, channelWeights)
      const dueKey = `${day}|${channel}`
      let dueOn = dueOf.get(dueKey)
      if (!dueOn) dueOf.set(dueKey, (dueOn = addWorkingDays(day, defaultAnnouncedDelays[channel])))
      const year = Number(day.slice(0, 4))
      const n = (counters.get(year) ?? 0) + 1
      counters.set(year, n)
      const recent = now - receivedAt.getTime() < 30 * DAY
      const answered = recent ? random() < 0.6 : random() < 0.97
      const state: RequestState = answered
        ? random() < (recent ? 0.5 : 0.95)
          ? 'close'
          : 'repondue'
        : pick(random, recent ? openStates : ['close' as const])
      const answeredAt = answered
        ? new Date(
            Math.min(
              receivedAt.getTime() +
                Math.floor(random() * (defaultAnnouncedDelays[channel] * 1.6 + 1)) * DAY +
                3_600_000,
              now,
            ),
          )
        : null
      const id = newId()
      const theme = pick(random, requestThemes)
      const assigneeId = pick(random, s.accountIds)
      rows.push({
        id,
        organisationId: s.organisationId,
        reference: formatReference(year, n),
        channel,
        themes:
          random() < 0.3
            ? [theme, pick(random, requestThemes)].filter((t, i, all) => all.indexOf(t) === i)
            : [theme],
        usagerId: people.length && random() < 0.4 ? pick(random, people) : null,
        message: pick(random, messages),
        receivedAt,
        receivedBy: channel === 'accueil_physique' || channel === 'telephone' ? assigneeId : null,
        serviceId: pick(random, s.serviceIds),
        assigneeId,
        dueOn,
        state,
        firstAnsweredAt: answeredAt,
        closedAt: state === 'close' ? (answeredAt ?? receivedAt) : null,
        createdAt: receivedAt,
        updatedAt: answeredAt ?? receivedAt,
      })
      if (answeredAt) {
        answers.push({
          organisationId: s.organisationId,
          requestId: id,
          channel: answerChannelOf[channel],
          body: 'Réponse apportée.',
          answeredBy: assigneeId,
          answeredAt,
        })
      }
    }
    await tx.insert(requests).values(rows)
    if (answers.length) await tx.insert(requestAnswers).values(answers)
  }
  if (counters.size) {
    await tx
      .insert(requestCounters)
      .values([...counters].map(([year, last]) => ({ organisationId: s.organisationId, year, last })))
      .onConflictDoUpdate({
        target: [requestCounters.organisationId, requestCounters.year],
        set: { last: sql`excluded.last` },
      })
  }
  return s.count
}

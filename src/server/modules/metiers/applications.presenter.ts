import type {
  AnswerRateView,
  ApplicationDetailView,
  ApplicationEventView,
  FollowView,
  PipelineCard,
} from '../../../shared/modules/metiers/applications.contract'
import { ANSWER_DELAY_DAYS } from '../../../shared/modules/metiers/applications.contract'
import type { ApplicationStatus, OfferState } from '../../../shared/modules/metiers/metiers.constants'
import type { AnswerRateRow } from './answer-rates.repository'
import type { ApplicationRow, EventWithAuthor, OfferSummaryRow } from './applications.repository'

const DAY_MS = 86_400_000
const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)

/** Days since it arrived while « reçue », since its last change afterwards. */
export const daysWaiting = (a: ApplicationRow, now: Date) =>
  Math.max(
    0,
    Math.floor((now.getTime() - (a.status === 'recue' ? a.createdAt : a.statusChangedAt).getTime()) / DAY_MS),
  )

export const isOverdue = (a: ApplicationRow, now: Date) =>
  a.status === 'recue' &&
  a.withdrawnAt === null &&
  now.getTime() - a.createdAt.getTime() >= ANSWER_DELAY_DAYS * DAY_MS

export const presentOffer = (o: OfferSummaryRow) => ({
  id: o.id,
  title: o.title,
  slug: o.slug,
  state: o.state as OfferState,
  commune: o.commune,
  expiresAt: isoOrNull(o.expiresAt),
})

export const presentCard = (a: ApplicationRow, now: Date): PipelineCard => ({
  id: a.id,
  firstName: a.firstName,
  lastName: a.lastName,
  createdAt: iso(a.createdAt),
  daysWaiting: daysWaiting(a, now),
  overdue: isOverdue(a, now),
  hasCv: a.cvKey !== null,
})

export const presentEvent = (e: EventWithAuthor): ApplicationEventView => ({
  id: e.id,
  at: iso(e.at),
  kind: e.kind as ApplicationEventView['kind'],
  status: e.status as ApplicationStatus | null,
  text: e.text,
  messageSent: e.messageSent,
  author: e.authorId && e.authorName ? { id: e.authorId, displayName: e.authorName } : null,
})

export function presentDetail(
  a: ApplicationRow,
  offer: OfferSummaryRow,
  events: EventWithAuthor[],
  templates: Record<ApplicationStatus, string>,
  allowedStatuses: ApplicationStatus[],
  now: Date,
): ApplicationDetailView {
  return {
    id: a.id,
    offer: presentOffer(offer),
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email,
    phone: a.phone,
    message: a.message,
    cv: a.cvKey && a.cvName && a.cvType ? { name: a.cvName, type: a.cvType, bytes: a.cvBytes ?? 0 } : null,
    withAccount: a.candidateAccountId !== null,
    status: a.status as ApplicationStatus,
    statusChangedAt: iso(a.statusChangedAt),
    answeredAt: isoOrNull(a.answeredAt),
    withdrawnAt: isoOrNull(a.withdrawnAt),
    createdAt: iso(a.createdAt),
    daysWaiting: daysWaiting(a, now),
    overdue: isOverdue(a, now),
    history: events.filter((e) => e.kind !== 'note').map(presentEvent),
    notes: events
      .filter((e) => e.kind === 'note')
      .map(presentEvent)
      .reverse(),
    messageTemplates: templates,
    allowedStatuses,
  }
}

/** What the candidate sees: never the notes nor the reminders. */
export function presentFollow(
  a: ApplicationRow,
  offer: OfferSummaryRow,
  employerName: string,
  events: EventWithAuthor[],
): FollowView {
  const shown = new Set(['depot', 'statut', 'retrait', 'cloture'])
  return {
    status: a.status as ApplicationStatus,
    withdrawnAt: isoOrNull(a.withdrawnAt),
    createdAt: iso(a.createdAt),
    firstName: a.firstName,
    offer: { title: offer.title, slug: offer.slug, state: offer.state as OfferState, commune: offer.commune },
    employerName,
    history: events
      .filter((e) => shown.has(e.kind))
      .map((e) => ({
        at: iso(e.at),
        kind: e.kind as FollowView['history'][number]['kind'],
        status: e.status as ApplicationStatus | null,
        message: e.kind === 'statut' ? e.messageSent : null,
      })),
    canWithdraw: a.withdrawnAt === null && a.status !== 'retenue' && a.status !== 'non_retenue',
  }
}

export const presentAnswerRate = (r: AnswerRateRow): AnswerRateView => ({
  received: r.received,
  answered: r.answered,
  rate: r.rate,
  medianAnswerDays: r.medianAnswerDays,
  computedAt: iso(r.computedAt),
})

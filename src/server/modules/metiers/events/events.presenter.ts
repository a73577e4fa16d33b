import { departementOf, instantToParisLocal } from '../../../../shared/modules/metiers/events-dates'
import type {
  EventKind,
  EventSummaryView,
  OrganiserEventSummary,
  OrganiserEventView,
  OrganiserRegistrationView,
  PublicEventView,
  RegistrationState,
  ReplayView,
} from '../../../../shared/modules/metiers/events.contract'
import type { EventRow, RegistrationRow } from './events.repository'

export interface Job {
  id: string
  slug: string
  title: string
}

/** Registration is possible until the deadline, or the start without one. */
export const registrationOpen = (event: EventRow, now: Date) =>
  event.startsAt > now && (!event.registrationDeadline || event.registrationDeadline > now)

export const seatsLeft = (event: Pick<EventRow, 'capacity' | 'registeredCount'>) =>
  event.capacity === null ? null : Math.max(0, event.capacity - event.registeredCount)

const replayOf = (event: EventRow): ReplayView | null =>
  event.replayUrl
    ? {
        url: event.replayUrl,
        captionsUrl: event.replayCaptionsUrl,
        transcript: event.replayTranscript,
      }
    : null

/** The replay, to people registered; to everyone only when the organiser made it public. */
export const replayFor = (event: EventRow, now: Date, registered: boolean) =>
  event.endsAt <= now && (registered || event.replayPublic) ? replayOf(event) : null

export function presentSummary(
  event: EventRow,
  context: { now: Date; organiserName: string; jobs: Map<string, Job>; distanceKm?: number | null },
): EventSummaryView {
  return {
    id: event.id,
    slug: event.slug,
    kind: event.kind as EventKind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    online: event.online,
    commune: event.online ? '' : event.commune,
    postcode: event.online ? '' : event.postcode,
    departement: event.online ? null : departementOf(event.communeInsee),
    latitude: event.online ? null : event.latitude,
    longitude: event.online ? null : event.longitude,
    organiserName: context.organiserName,
    jobs: event.jobIds.flatMap((id) => {
      const job = context.jobs.get(id)
      return job ? [job] : []
    }),
    capacity: event.capacity,
    seatsLeft: seatsLeft(event),
    registrationDeadline: event.registrationDeadline?.toISOString() ?? null,
    registrationOpen: registrationOpen(event, context.now),
    distanceKm: context.distanceKm ?? null,
    hasReplay: event.replayUrl !== null && event.endsAt <= context.now,
  }
}

export function presentPublic(
  event: EventRow,
  context: { now: Date; organiserName: string; jobs: Map<string, Job> },
): PublicEventView {
  return {
    ...presentSummary(event, context),
    descriptionHtml: event.descriptionHtml,
    address: event.online ? '' : event.address,
    audience: event.audience,
    accessibility: event.accessibility,
    past: event.endsAt <= context.now,
    replay: replayFor(event, context.now, false),
    updatedAt: event.updatedAt.toISOString(),
  }
}

/** Rank in the waiting list of each person waiting (1 = next). */
export function waitingPositions(registrations: RegistrationRow[]): Map<string, number> {
  const waiting = registrations
    .filter((r) => r.state === 'liste_attente')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
  return new Map(waiting.map((r, i) => [r.id, i + 1]))
}

export function presentRegistration(
  r: RegistrationRow,
  positions: Map<string, number>,
): OrganiserRegistrationView {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    accessibilityNeeds: r.accessibilityNeeds,
    state: r.state as RegistrationState,
    position: positions.get(r.id) ?? null,
    attended: r.attended,
    withAccount: r.candidateAccountId !== null,
    promotedAt: r.promotedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }
}

type Counts = OrganiserEventSummary['counts']
const noCounts: Counts = { registered: 0, waiting: 0, cancelled: 0, present: 0, absent: 0 }

export function presentOrganiserSummary(event: EventRow, counts: Counts | undefined): OrganiserEventSummary {
  return {
    id: event.id,
    slug: event.slug,
    kind: event.kind as EventKind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    online: event.online,
    commune: event.commune,
    published: event.published,
    capacity: event.capacity,
    seriesId: event.seriesId,
    counts: counts ?? noCounts,
  }
}

export function presentOrganiserEvent(
  event: EventRow,
  registrations: RegistrationRow[],
  jobs: Map<string, Job>,
): OrganiserEventView {
  const positions = waitingPositions(registrations)
  const counts: Counts = {
    registered: registrations.filter((r) => r.state === 'inscrit').length,
    waiting: registrations.filter((r) => r.state === 'liste_attente').length,
    cancelled: registrations.filter((r) => r.state === 'annule').length,
    present: registrations.filter((r) => r.attended === true).length,
    absent: registrations.filter((r) => r.attended === false).length,
  }
  return {
    ...presentOrganiserSummary(event, counts),
    descriptionHtml: event.descriptionHtml,
    onlineUrl: event.onlineUrl,
    address: event.address,
    postcode: event.postcode,
    startsAtLocal: instantToParisLocal(event.startsAt),
    endsAtLocal: instantToParisLocal(event.endsAt),
    registrationDeadlineLocal: event.registrationDeadline
      ? instantToParisLocal(event.registrationDeadline)
      : null,
    registrationDeadline: event.registrationDeadline?.toISOString() ?? null,
    jobIds: event.jobIds,
    jobs: event.jobIds.flatMap((id) => {
      const job = jobs.get(id)
      return job ? [job] : []
    }),
    audience: event.audience,
    accessibility: event.accessibility,
    placeWarning: event.placeWarning,
    replay: event.replayUrl ? { ...replayOf(event)!, public: event.replayPublic } : null,
    registrations: registrations.map((r) => presentRegistration(r, positions)),
  }
}

import type { CivilDate } from '../../../shared/dates'
import {
  isOpen,
  type AnswerChannel,
  type OrientationOutcome,
  type RequestChannel,
  type RequestState,
  type RequestTheme,
} from '../../../shared/modules/accueil/accueil.constants'
import type { RequestDetailView, RequestSummaryView } from '../../../shared/modules/accueil/accueil.contract'
import { allowedStates } from '../../../shared/modules/accueil/accueil.policy'
import { isOverdue } from '../../../shared/modules/accueil/due-date'
import type { AnswerRow, EventRow, OrientationRow, QueueRow } from './accueil.repository'

const personOf = (id: string | null, name: string | null) =>
  id ? { id, displayName: name ?? 'Compte supprimé' } : null

/** Who the request is about, as the agent sees it. */
export function personLabel(
  row: Pick<QueueRow, 'usagerId' | 'contactName'>,
  usagerLabels: Map<string, string>,
): string {
  if (row.usagerId) return usagerLabels.get(row.usagerId) ?? 'Usager'
  return row.contactName ?? 'Personne anonyme'
}

export function presentSummary(row: QueueRow, label: string, today: CivilDate): RequestSummaryView {
  const state = row.state as RequestState
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel as RequestChannel,
    themes: row.themes as RequestTheme[],
    state,
    subject: row.subject,
    usagerId: row.usagerId,
    personLabel: label,
    receivedAt: row.receivedAt.toISOString(),
    dueOn: row.dueOn,
    overdue: isOpen(state) && isOverdue(row.dueOn, today),
    assignee: personOf(row.assigneeId, row.assigneeName),
    service: row.serviceId ? { id: row.serviceId, name: row.serviceName ?? '' } : null,
  }
}

export interface RequestFile {
  row: QueueRow
  label: string
  answers: AnswerRow[]
  orientations: OrientationRow[]
  events: EventRow[]
}

export function presentDetail(file: RequestFile, today: CivilDate): RequestDetailView {
  const { row } = file
  return {
    ...presentSummary(row, file.label, today),
    message: row.message,
    contactName: row.contactName,
    replyTo: row.replyTo,
    receivedBy: personOf(row.receivedBy, row.receivedByName),
    firstAnsweredAt: row.firstAnsweredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    answers: file.answers.map((a) => ({
      id: a.id,
      channel: a.channel as AnswerChannel,
      body: a.body,
      answeredBy: personOf(a.answeredBy, a.answeredByName),
      answeredAt: a.answeredAt.toISOString(),
    })),
    orientations: file.orientations.map((o) => ({
      id: o.id,
      partnerName: o.partnerName,
      partnerId: o.partnerId,
      reason: o.reason,
      outcome: o.outcome as OrientationOutcome,
      outcomeAt: o.outcomeAt?.toISOString() ?? null,
      createdBy: personOf(o.createdBy, o.createdByName),
      createdAt: o.createdAt.toISOString(),
    })),
    events: file.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      detail: (e.detail ?? {}) as Record<string, unknown>,
      actor: personOf(e.actorId, e.actorName),
      at: e.at.toISOString(),
    })),
    allowedStates: allowedStates({
      state: row.state as RequestState,
      answerCount: file.answers.length,
      orientationCount: file.orientations.length,
    }),
  }
}

import { parisDate, type CivilDate } from '../../../shared/dates'
import type {
  DecisionView,
  FileSummaryView,
  FileView,
  InterviewView,
  RequestView,
  SettingsView,
} from '../../../shared/modules/domiciliation/decisions.contract'
import {
  daysUntilExpiry,
  deadlineState,
  effectiveStatus,
  followUpOf,
  lastSignOfLife,
  orientationLabels,
  pendingRequestStatuses,
  radiationMotiveLabels,
  refusalMotiveLabels,
  type DecisionKind,
  type FileStatus,
  type Orientation,
  type RadiationMotive,
  type RefusalMotive,
  type RequestKind,
  type RequestStatus,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { FileRow, NamedDecision, NamedRequest, RequestRow, SettingsRow } from './decisions.repository'

const personOf = (id: string | null, name: string | null) =>
  id ? { id, displayName: name ?? 'Compte supprimé' } : null

const isPending = (status: string) => pendingRequestStatuses.includes(status as RequestStatus)

/** The French label of a refusal or radiation motive code. */
export function motiveLabel(kind: DecisionKind, motive: string | null): string | null {
  if (!motive) return null
  if (kind === 'REFUS') return refusalMotiveLabels[motive as RefusalMotive] ?? motive
  if (kind === 'RADIATION') return radiationMotiveLabels[motive as RadiationMotive] ?? motive
  return null
}

export function presentRequest(r: NamedRequest, today: CivilDate): RequestView {
  const interview = r.interviewAt ? (r.interview as InterviewView) : null
  return {
    id: r.id,
    kind: r.kind as RequestKind,
    filedOn: r.filedOn,
    acknowledgedOn: r.acknowledgedOn,
    deadlineOn: r.deadlineOn,
    deadline: isPending(r.status) ? deadlineState(r.deadlineOn, today) : null,
    status: r.status as RequestStatus,
    interviewAt: r.interviewAt?.toISOString() ?? null,
    interviewer: personOf(r.interviewerId, r.interviewerName),
    interviewPlace: r.interviewPlace,
    interview,
    createdBy: personOf(r.createdBy, r.createdByName),
    createdAt: r.createdAt.toISOString(),
  }
}

export function presentDecision(d: NamedDecision): DecisionView {
  const kind = d.kind as DecisionKind
  return {
    id: d.id,
    requestId: d.requestId,
    kind,
    decidedOn: d.decidedOn,
    decidedBy: personOf(d.decidedBy, d.decidedByName),
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    motive: d.motive,
    motiveLabel: motiveLabel(kind, d.motive),
    motiveDetail: d.motiveDetail,
    orientation: d.orientation as Orientation | null,
    orientationLabel: d.orientation
      ? (orientationLabels[d.orientation as Orientation] ?? d.orientation)
      : null,
    orientationDetail: d.orientationDetail,
    cancelled: d.cancelledAt
      ? {
          at: d.cancelledAt.toISOString(),
          by: personOf(d.cancelledBy, d.cancelledByName),
          reason: d.cancelReason ?? '',
        }
      : null,
    createdAt: d.createdAt.toISOString(),
  }
}

export function presentSummary(
  file: FileRow,
  label: string,
  pending: Pick<RequestRow, 'id' | 'kind' | 'filedOn' | 'deadlineOn' | 'status'> | undefined,
  today: CivilDate,
): FileSummaryView {
  const facts = {
    status: file.status as FileStatus,
    validFrom: file.validFrom,
    validUntil: file.validUntil,
    lastContactOn: file.lastContactAt ? parisDate(file.lastContactAt) : null,
    hasPendingRequest: pending !== undefined,
  }
  return {
    id: file.id,
    fileNumber: file.fileNumber,
    usager: { id: file.usagerId, label },
    status: effectiveStatus(facts, today),
    validFrom: file.validFrom,
    validUntil: file.validUntil,
    firstDomiciliationOn: file.firstDomiciliationOn,
    lastContactAt: file.lastContactAt?.toISOString() ?? null,
    lastSignOfLifeOn: lastSignOfLife(facts),
    daysUntilExpiry: daysUntilExpiry(facts, today),
    followUp: followUpOf(facts, today),
    pendingRequest: pending
      ? {
          id: pending.id,
          kind: pending.kind as RequestKind,
          filedOn: pending.filedOn,
          deadlineOn: pending.deadlineOn,
          deadline: deadlineState(pending.deadlineOn, today),
          status: pending.status as RequestStatus,
        }
      : null,
  }
}

export function presentFile(
  file: FileRow,
  label: string,
  requests: NamedRequest[],
  decisions: NamedDecision[],
  today: CivilDate,
): FileView {
  const pending = requests.find((r) => isPending(r.status))
  return {
    ...presentSummary(file, label, pending, today),
    birthPlace: file.birthPlace,
    requests: requests.map((r) => presentRequest(r, today)),
    decisions: decisions.map(presentDecision),
    createdAt: file.createdAt.toISOString(),
  }
}

export function presentSettings(row: SettingsRow | undefined): SettingsView {
  return {
    addressLine: row?.addressLine ?? null,
    postalCode: row?.postalCode ?? null,
    city: row?.city ?? null,
    phone: row?.phone ?? null,
    email: row?.email ?? null,
    agrementNumber: row?.agrementNumber ?? null,
    prefecture: row?.prefecture ?? null,
    responsibleName: row?.responsibleName ?? null,
    responsibleFunction: row?.responsibleFunction ?? null,
    openingHours: row?.openingHours ?? null,
    lastFileNumber: row?.lastFileNumber ?? 0,
  }
}

import {
  REFERRAL_OUTCOME_REMINDER_DAYS,
  REFERRAL_REMINDER_DAYS,
  type ReceivedReferralView,
  type ReferralAction,
  type ReferralStatus,
  type ReferralView,
  type SharedDataView,
} from '../../../shared/modules/partenaires/referrals.contract'
import type { ReferralRow } from './referrals.repository'

const DAY_MS = 86_400_000

/** What a partner may answer from each state: accept or refuse first, then whether the person came. */
export function allowedActions(status: ReferralStatus): ReferralAction[] {
  switch (status) {
    case 'envoyee':
      return ['accepter', 'refuser', 'personne_recue', 'personne_absente']
    case 'acceptee':
      return ['personne_recue', 'personne_absente']
    case 'refusee':
    case 'personne_recue':
    case 'personne_absente':
    case 'expiree':
      return []
  }
}

export const isClosed = (status: ReferralStatus) => allowedActions(status).length === 0

export const statusAfter: Record<ReferralAction, ReferralStatus> = {
  accepter: 'acceptee',
  refuser: 'refusee',
  personne_recue: 'personne_recue',
  personne_absente: 'personne_absente',
}

export function sharedOf(value: unknown): SharedDataView {
  const v = (value ?? {}) as Record<string, unknown>
  const out: SharedDataView = {}
  for (const key of ['firstName', 'lastName', 'phone', 'email', 'message'] as const) {
    if (typeof v[key] === 'string') out[key] = v[key]
  }
  return out
}

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/**
 * Without news of the partner: still unanswered after the reminder delay, or accepted without a
 * word on whether the person came after the outcome delay (both reminded by the daily job).
 */
export function isWithoutNews(
  r: { status: string; createdAt: Date; acceptedAt: Date | null },
  now: Date,
): boolean {
  const since = (d: Date) => now.getTime() - d.getTime()
  if (r.status === 'envoyee') return since(r.createdAt) >= REFERRAL_REMINDER_DAYS * DAY_MS
  if (r.status === 'acceptee' && r.acceptedAt)
    return since(r.acceptedAt) >= REFERRAL_OUTCOME_REMINDER_DAYS * DAY_MS
  return false
}

export function presentReferral(r: ReferralRow, now: Date): ReferralView {
  return {
    id: r.id,
    requestId: r.requestId,
    requestReference: r.requestReference,
    service: { id: r.serviceId, name: r.serviceName },
    structure: { id: r.structureId, name: r.structureName },
    partnerOrganisation:
      r.partnerOrganisationId && r.partnerOrganisationName
        ? { id: r.partnerOrganisationId, name: r.partnerOrganisationName }
        : null,
    channel: r.linkTokenHash ? 'lien' : 'compte',
    shared: sharedOf(r.shared),
    consentRecordedAt: iso(r.consentRecordedAt),
    status: r.status as ReferralStatus,
    statusReason: r.statusReason,
    createdBy: r.createdBy && r.createdByName ? { id: r.createdBy, displayName: r.createdByName } : null,
    createdAt: r.createdAt.toISOString(),
    acceptedAt: iso(r.acceptedAt),
    closedAt: iso(r.closedAt),
    remindedAt: iso(r.remindedAt),
    stale: isWithoutNews(r, now),
  }
}

export function presentReceived(r: ReferralRow): ReceivedReferralView {
  const status = r.status as ReferralStatus
  return {
    id: r.id,
    service: { id: r.serviceId, name: r.serviceName },
    structure: { id: r.structureId, name: r.structureName },
    sender: {
      organisation: { id: r.organisationId, name: r.senderOrganisationName },
      agentFirstName: r.senderFirstName,
    },
    shared: sharedOf(r.shared),
    status,
    statusReason: r.statusReason,
    createdAt: r.createdAt.toISOString(),
    acceptedAt: iso(r.acceptedAt),
    closedAt: iso(r.closedAt),
    allowedActions: allowedActions(status),
  }
}

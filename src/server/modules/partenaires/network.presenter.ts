import type {
  CampaignView,
  CharterSummaryView,
  InvitationResponse,
  InvitationView,
  MeetingDetailView,
  MeetingKind,
  MeetingSummaryView,
  SignatureMethod,
  SignatureView,
  StaleEntryView,
  StructureSignatureView,
} from '../../../shared/modules/partenaires/network.contract'
import type {
  CampaignRow,
  CharterRow,
  InvitationRow,
  MeetingRow,
  SignatureRow,
  StructureFreshnessRow,
} from './network.repository'

export const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d))

export const staleEntryView = (r: StructureFreshnessRow): StaleEntryView => ({
  structureId: r.id,
  name: r.name,
  confirmedAt: iso(r.confirmed_at),
  updateEveryMonths: r.update_every_months,
  staleSince: iso(r.stale_since),
  hasPartnerAccount: r.has_partner,
  hasEmail: r.has_email,
  remindedAt: isoOrNull(r.stale_reminded_at),
})

export const campaignView = (r: CampaignRow): CampaignView => ({
  id: r.id,
  startedAt: iso(r.started_at),
  startedBy: r.started_by,
  message: r.message,
  reminded: r.reminded,
  confirmed: r.confirmed,
  notYet: r.not_yet,
})

export const charterSummaryView = (r: CharterRow, currentVersion: number | null): CharterSummaryView => ({
  id: r.id,
  version: r.version,
  title: r.title,
  publishedAt: iso(r.published_at),
  publishedBy: r.published_by,
  isCurrent: r.version === currentVersion,
  signatures: r.signatures,
})

export const signatureView = (r: SignatureRow): SignatureView => ({
  charterId: r.charter_id,
  version: r.version,
  signatoryName: r.signatory_name,
  signedAt: iso(r.signed_at),
  method: r.method as SignatureMethod,
})

/** The latest version a structure signed is its highest, whatever the order the signatures were recorded in. */
export function latestSignature(all: SignatureRow[], currentVersion: number | null) {
  const latest = all.reduce<SignatureRow | null>(
    (best, s) => (!best || s.version > best.version ? s : best),
    null,
  )
  return {
    latest: latest ? signatureView(latest) : null,
    signedCurrent: latest !== null && latest.version === currentVersion,
  }
}

export const structureSignatureView = (
  s: { id: string; name: string; has_partner: boolean },
  signatures: SignatureRow[],
  currentVersion: number | null,
): StructureSignatureView => ({
  structureId: s.id,
  name: s.name,
  hasPartnerAccount: s.has_partner,
  ...latestSignature(signatures, currentVersion),
})

export const meetingSummaryView = (r: MeetingRow): MeetingSummaryView => ({
  id: r.id,
  kind: r.kind as MeetingKind,
  title: r.title,
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  location: r.location,
  capacity: r.capacity,
  invited: r.invited,
  registered: r.registered,
  excused: r.excused,
  participants: r.participants,
  attended: r.attended,
  minutesPublished: r.minutes_published_at !== null,
})

export const invitationView = (r: InvitationRow): InvitationView => ({
  structureId: r.structure_id,
  name: r.name,
  hasPartnerAccount: r.has_partner,
  hasEmail: r.has_email,
  response: r.response as InvitationResponse,
  participants: r.participants,
  attended: r.attended,
  invitedAt: iso(r.invited_at),
  respondedAt: isoOrNull(r.responded_at),
})

export const meetingDetailView = (r: MeetingRow, invitations: InvitationRow[]): MeetingDetailView => ({
  ...meetingSummaryView(r),
  agenda: r.agenda,
  minutes: r.minutes,
  minutesPublishedAt: isoOrNull(r.minutes_published_at),
  invitations: invitations.map(invitationView),
})

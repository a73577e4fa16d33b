import type {
  DocumentView,
  HouseholdMemberView,
  NoteView,
  UsagerSummary,
  UsagerView,
} from '../../../shared/modules/usagers/usagers.contract'
import type { HouseholdMember, NoteRow, UsagerDocument } from './file-contents.repository'
import type { Usager } from './usagers.repository'

/** A file with what it holds, as loaded by the service. */
export interface LoadedFile {
  usager: Usager
  household: HouseholdMember[]
  documents: UsagerDocument[]
  mergedFrom: { id: string; at: Date }[]
}

export const presentSummary = (u: Usager): UsagerSummary => ({
  id: u.id,
  firstName: u.firstName,
  lastName: u.lastName,
  birthName: u.birthName,
  pseudonym: u.pseudonym,
  birthDate: u.birthDate,
  city: u.city,
  noStableAddress: u.noStableAddress,
  lastContactAt: u.lastContactAt.toISOString(),
})

export const presentHouseholdMember = (m: HouseholdMember): HouseholdMemberView => ({
  id: m.id,
  firstName: m.firstName,
  lastName: m.lastName,
  relation: m.relation as HouseholdMemberView['relation'],
  birthDate: m.birthDate,
})

export const presentDocument = (d: UsagerDocument): DocumentView => ({
  id: d.id,
  kind: d.kind as DocumentView['kind'],
  fileName: d.fileName,
  mimeType: d.mimeType as DocumentView['mimeType'],
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  createdAt: d.createdAt.toISOString(),
})

export const presentNote = (n: NoteRow): NoteView => ({
  id: n.id,
  usagerId: n.usagerId,
  text: n.body,
  serviceId: n.serviceId,
  privateToAuthor: n.privateToAuthor,
  authorId: n.authorId,
  authorName: n.authorName,
  createdAt: n.createdAt.toISOString(),
})

export const presentFile = ({ usager: u, household, documents, mergedFrom }: LoadedFile): UsagerView => ({
  ...presentSummary(u),
  gender: u.gender as UsagerView['gender'],
  phone: u.phone,
  email: u.email,
  languages: u.languages,
  interpreterNeeded: u.interpreterNeeded,
  addressLine: u.addressLine,
  postalCode: u.postalCode,
  communeInsee: u.communeInsee,
  incomeSources: u.incomeSources as UsagerView['incomeSources'],
  housing: u.housing as UsagerView['housing'],
  rsaReferent: u.rsaReferent,
  consentSms: u.consentSms,
  consentEmail: u.consentEmail,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  mergedIntoId: u.mergedIntoId,
  anonymisedAt: u.anonymisedAt ? u.anonymisedAt.toISOString() : null,
  mergedFrom: mergedFrom.map((m) => ({ id: m.id, at: m.at.toISOString() })),
  household: household.map(presentHouseholdMember),
  documents: documents.map(presentDocument),
})

import type { MemberView, OrganisationView } from '../../../shared/modules/organisations/organisations.contract'
import type { OrganisationKind, Role } from '../../../shared/modules/organisations/roles'
import type { Invitation, MemberRow, Organisation } from './organisations.repository'

export const presentOrganisation = (o: Organisation): OrganisationView => ({
  id: o.id,
  kind: o.kind as OrganisationKind,
  name: o.name,
  siret: o.siret,
  communeInsee: o.communeInsee,
  logoDataUrl: o.logoDataUrl,
  primaryColor: o.primaryColor,
  accentColor: o.accentColor,
  auditRetentionMonths: o.auditRetentionMonths,
  createdAt: o.createdAt.toISOString(),
})

export const presentMember = (m: MemberRow): MemberView => ({
  id: m.id,
  accountId: m.accountId,
  email: m.email,
  displayName: m.displayName,
  roles: m.roles as Role[],
  serviceIds: m.serviceIds,
  active: m.active,
  totpEnabled: m.totpEnabled,
})

export const presentInvitation = (i: Invitation) => ({
  id: i.id,
  email: i.email,
  roles: i.roles as Role[],
  expiresAt: i.expiresAt.toISOString(),
  acceptedAt: i.acceptedAt ? i.acceptedAt.toISOString() : null,
})

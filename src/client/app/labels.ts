import { useTranslation } from 'react-i18next'
import {
  organisationKinds,
  roles,
  type OrganisationKind,
  type Role,
} from '../../shared/modules/organisations/roles'

/** The back-office roles an administrator may give (portal roles are given elsewhere). */
export const memberRoles: readonly Role[] = roles

export function useLabels() {
  const { t } = useTranslation()
  return {
    role: (role: Role) => t(`roles.${role}`),
    roles: (held: readonly Role[]) => held.map((r) => t(`roles.${r}`)).join(', '),
    kind: (kind: OrganisationKind) => t(`kinds.${kind}`),
    roleOptions: memberRoles.map((r) => ({ id: r, label: t(`roles.${r}`) })),
    kindOptions: organisationKinds.map((k) => ({ id: k, label: t(`kinds.${k}`) })),
  }
}

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value)
export const isKind = (value: string): value is OrganisationKind =>
  (organisationKinds as readonly string[]).includes(value)

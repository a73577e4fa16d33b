import { useTranslation } from 'react-i18next'
import { useLabels } from '../../../app/labels'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'

interface AssignmentFieldsProps {
  services: readonly { id: string; name: string }[]
  roles: string[]
  onRolesChange: (roles: string[]) => void
  serviceIds: string[]
  onServiceIdsChange: (serviceIds: string[]) => void
}

/** The roles and services (pôles) of a member or an invitation. */
export function AssignmentFields({ services, roles, onRolesChange, serviceIds, onServiceIdsChange }: AssignmentFieldsProps) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <>
      <CheckboxGroup label={t('members.roles')} name="roles" options={labels.roleOptions} value={roles} onChange={onRolesChange} />
      {services.length > 0 ? (
        <CheckboxGroup
          label={t('members.services')}
          name="serviceIds"
          options={services.map((s) => ({ id: s.id, label: s.name }))}
          value={serviceIds}
          onChange={onServiceIdsChange}
        />
      ) : null}
    </>
  )
}

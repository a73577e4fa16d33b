import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemberView } from '../../../../shared/modules/organisations/organisations.contract'
import { api, call } from '../../../api'
import { isRole, useLabels } from '../../../app/labels'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { Dialog } from '../../../ui/Dialog'
import { Form, useApiForm } from '../../../ui/Form'
import { isolate } from '../../../app/bidi'

interface MemberDialogProps {
  member: MemberView
  services: readonly { id: string; name: string }[]
  onClose: () => void
  onSaved: () => Promise<void>
}

/** Change the roles and services of a member. */
export function MemberDialog({ member, services, onClose, onSaved }: MemberDialogProps) {
  const { t } = useTranslation()
  const labels = useLabels()
  const form = useApiForm()
  const [roles, setRoles] = useState<string[]>(member.roles)
  const [serviceIds, setServiceIds] = useState<string[]>(member.serviceIds)

  const submit = () =>
    form.run(async () => {
      await call(api.organisations.updateMember, {
        params: { id: member.id },
        body: { roles: roles.filter(isRole), serviceIds },
      })
      await onSaved()
      onClose()
    })

  return (
    <Dialog
      title={t('members.editTitle', { name: isolate(member.displayName) })}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form state={form} onSubmit={submit}>
        <CheckboxGroup
          label={t('members.roles')}
          name="roles"
          options={labels.roleOptions}
          value={roles}
          onChange={setRoles}
        />
        {services.length > 0 ? (
          <CheckboxGroup
            label={t('members.services')}
            name="serviceIds"
            options={services.map((s) => ({ id: s.id, label: s.name }))}
            value={serviceIds}
            onChange={setServiceIds}
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
          <Button onPress={onClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </Dialog>
  )
}

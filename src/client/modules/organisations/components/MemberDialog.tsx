import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemberView } from '../../../../shared/modules/organisations/organisations.contract'
import { api, call } from '../../../api'
import { isRole } from '../../../app/labels'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { Form, useApiForm } from '../../../ui/Form'
import { isolate } from '../../../app/bidi'
import { AssignmentFields } from './AssignmentFields'

interface MemberDialogProps {
  member: MemberView
  services: readonly { id: string; name: string }[]
  onClose: () => void
  onSaved: () => Promise<void>
}

/** Change the roles and services of a member. */
export function MemberDialog({ member, services, onClose, onSaved }: MemberDialogProps) {
  const { t } = useTranslation()
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
        <AssignmentFields
          services={services}
          roles={roles}
          onRolesChange={setRoles}
          serviceIds={serviceIds}
          onServiceIdsChange={setServiceIds}
        />
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

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { isRole } from '../../../app/labels'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { TextField } from '../../../ui/TextField'
import { isolate } from '../../../app/bidi'
import { AssignmentFields } from './AssignmentFields'

/** Invite someone by e-mail, with their roles and services. */
export function InviteForm({
  services,
  onInvited,
}: {
  services: readonly { id: string; name: string }[]
  onInvited: () => Promise<void>
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [email, setEmail] = useState('')
  const [roles, setRoles] = useState<string[]>([])
  const [serviceIds, setServiceIds] = useState<string[]>([])
  const [sentTo, setSentTo] = useState<string | null>(null)

  const submit = () =>
    form.run(async () => {
      setSentTo(null)
      const invitation = await call(api.organisations.invite, {
        body: { email, roles: roles.filter(isRole), serviceIds },
      })
      setSentTo(invitation.email)
      setEmail('')
      setRoles([])
      setServiceIds([])
      await onInvited()
    })

  return (
    <section className="card" aria-labelledby="inviter">
      <h2 id="inviter">{t('members.inviteTitle')}</h2>
      {sentTo ? <Alert tone="success">{t('members.invited', { email: isolate(sentTo) })}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        <TextField
          label={t('members.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          dir="ltr"
          isRequired
        />
        <AssignmentFields
          services={services}
          roles={roles}
          onRolesChange={setRoles}
          serviceIds={serviceIds}
          onServiceIdsChange={setServiceIds}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('members.invite')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

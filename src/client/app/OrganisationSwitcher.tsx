import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../api'
import { Button } from '../ui/Button'
import { Form, useApiForm } from '../ui/Form'
import { Select } from '../ui/Select'
import { useSession } from './session'

/** For people who belong to several organisations: choose the one to work in. */
export function OrganisationSwitcher() {
  const { t } = useTranslation()
  const { session, refresh } = useSession()
  const form = useApiForm()
  const memberships = session?.memberships.filter((m) => m.active) ?? []
  const [choice, setChoice] = useState<string | null>(session?.currentOrganisationId ?? null)
  if (memberships.length < 2) return null

  const submit = () =>
    form.run(async () => {
      if (!choice) return
      await call(api.auth.switchOrganisation, { body: { organisationId: choice } })
      await refresh()
    })

  return (
    <Form state={form} onSubmit={submit} label={t('home.switchTitle')} className="form form--inline">
      <Select
        label={t('home.switchLabel')}
        name="organisationId"
        options={memberships.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
        value={choice}
        onChange={setChoice}
      />
      <Button type="submit" variant="secondary" isPending={form.pending}>
        {t('home.switchAction')}
      </Button>
    </Form>
  )
}

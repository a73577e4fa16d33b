import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { formatDate } from '../../../app/format'
import { isKind, useLabels } from '../../../app/labels'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { Table } from '../../../ui/Table'
import { TextField } from '../../../ui/TextField'
import { isolate } from '../../../app/bidi'

function CreateOrganisationForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const form = useApiForm()
  const [kind, setKind] = useState<string | null>('ccas')
  const [name, setName] = useState('')
  const [siret, setSiret] = useState('')
  const [communeInsee, setCommune] = useState('')
  const [adminEmail, setAdminEmail] = useState('')
  const [created, setCreated] = useState<string | null>(null)

  const submit = () =>
    form.run(async () => {
      setCreated(null)
      if (!kind || !isKind(kind)) return form.fail(t('platform.kindRequired'), 'kind')
      const organisation = await call(api.organisations.create, {
        body: { kind, name, siret: siret || null, communeInsee: communeInsee || null, adminEmail },
      })
      setCreated(organisation.name)
      setName('')
      setSiret('')
      setCommune('')
      setAdminEmail('')
      await onCreated()
    })

  return (
    <section className="card" aria-labelledby="creer-organisation">
      <h2 id="creer-organisation">{t('platform.createTitle')}</h2>
      {created ? <Alert tone="success">{t('platform.created', { name: isolate(created) })}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        <Select
          label={t('platform.kind')}
          name="kind"
          options={labels.kindOptions}
          value={kind}
          onChange={setKind}
          isRequired
        />
        <TextField label={t('platform.name')} name="name" value={name} onChange={setName} isRequired />
        <TextField
          label={t('platform.siret')}
          description={t('platform.siretHelp')}
          name="siret"
          value={siret}
          onChange={setSiret}
          inputMode="numeric"
          dir="ltr"
        />
        <TextField
          label={t('platform.insee')}
          description={t('platform.inseeHelp')}
          name="communeInsee"
          value={communeInsee}
          onChange={setCommune}
          dir="ltr"
        />
        <TextField
          label={t('platform.adminEmail')}
          description={t('platform.adminEmailHelp')}
          name="adminEmail"
          type="email"
          value={adminEmail}
          onChange={setAdminEmail}
          dir="ltr"
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('platform.create')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** Platform administration: every organisation of the deployment. */
export function PlatformOrganisationsPage() {
  const { t, i18n } = useTranslation()
  const labels = useLabels()
  const organisations = useLoad(() => call(api.organisations.list, {}))
  return (
    <Page title={t('platform.title')}>
      {organisations.error ? <Alert tone="error">{organisations.error}</Alert> : null}
      <Table
        caption={t('platform.caption', { count: organisations.data?.length ?? 0 })}
        columns={[
          t('platform.name'),
          t('platform.kind'),
          t('platform.siret'),
          t('platform.insee'),
          t('platform.createdAt'),
        ]}
        isEmpty={organisations.data?.length === 0}
        empty={t('platform.none')}
      >
        {(organisations.data ?? []).map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.name}</th>
            <td>{labels.kind(o.kind)}</td>
            <td dir="ltr" className="cell--ltr">
              {o.siret ?? '—'}
            </td>
            <td dir="ltr" className="cell--ltr">
              {o.communeInsee ?? '—'}
            </td>
            <td>{formatDate(o.createdAt, i18n.language)}</td>
          </tr>
        ))}
      </Table>
      <CreateOrganisationForm onCreated={organisations.reload} />
    </Page>
  )
}

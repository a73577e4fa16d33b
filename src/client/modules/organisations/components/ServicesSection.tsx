import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { Form, useApiForm } from '../../../ui/Form'
import { Table } from '../../../ui/Table'
import { TextField } from '../../../ui/TextField'
import { isolate } from '../../../app/bidi'

function RenameDialog({
  service,
  onClose,
  onSaved,
}: {
  service: { id: string; name: string }
  onClose: () => void
  onSaved: () => Promise<void>
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [name, setName] = useState(service.name)
  const submit = () =>
    form.run(async () => {
      await call(api.organisations.renameService, { params: { id: service.id }, body: { name } })
      await onSaved()
      onClose()
    })
  return (
    <Dialog
      title={t('services.renameTitle', { name: isolate(service.name) })}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form state={form} onSubmit={submit}>
        <TextField label={t('services.name')} name="name" value={name} onChange={setName} isRequired />
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

/** The services (pôles) of the organisation: list, create, rename. */
export function ServicesSection() {
  const { t } = useTranslation()
  const services = useLoad(() => call(api.organisations.listServices, {}))
  const form = useApiForm()
  const [name, setName] = useState('')
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)

  const create = () =>
    form.run(async () => {
      await call(api.organisations.createService, { body: { name } })
      setName('')
      await services.reload()
    })

  return (
    <section className="card" aria-labelledby="services">
      <h2 id="services">{t('services.title')}</h2>
      {services.error ? <Alert tone="error">{services.error}</Alert> : null}
      <Table
        caption={t('services.caption')}
        columns={[t('services.name'), t('common.actions')]}
        isEmpty={services.data?.length === 0}
        empty={t('services.none')}
      >
        {(services.data ?? []).map((service) => (
          <tr key={service.id}>
            <th scope="row">{service.name}</th>
            <td>
              <Button onPress={() => setRenaming(service)}>
                {t('services.rename')}
                <span className="visually-hidden"> {service.name}</span>
              </Button>
            </td>
          </tr>
        ))}
      </Table>
      <Form state={form} onSubmit={create} label={t('services.createTitle')} className="form form--inline">
        <TextField label={t('services.newName')} name="name" value={name} onChange={setName} isRequired />
        <Button type="submit" variant="secondary" isPending={form.pending}>
          {t('services.create')}
        </Button>
      </Form>
      {renaming ? (
        <RenameDialog service={renaming} onClose={() => setRenaming(null)} onSaved={services.reload} />
      ) : null}
    </section>
  )
}

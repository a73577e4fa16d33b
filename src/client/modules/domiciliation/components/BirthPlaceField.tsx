import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { TextField } from '../../../ui/TextField'
import { decisionsApi, type DomiciliationFile } from '../domiciliation.queries'

/** The birth place the Cerfa prints: shown, and corrected in place by an agent. */
export function BirthPlaceField({
  file,
  canEdit,
  onChanged,
}: {
  file: DomiciliationFile
  canEdit: boolean
  onChanged: (file: DomiciliationFile, notice: string) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(file.birthPlace ?? '')

  if (!editing) {
    return (
      <>
        {file.birthPlace ? (
          <bdi>{file.birthPlace}</bdi>
        ) : (
          <span className="muted">{t('domiciliation.birthPlace.none')}</span>
        )}
        {canEdit ? (
          <>
            {' '}
            <Button variant="quiet" onPress={() => setEditing(true)}>
              {t('domiciliation.birthPlace.edit')}
            </Button>
          </>
        ) : null}
      </>
    )
  }
  const submit = async () => {
    const birthPlace = value.trim() || null
    const next = await form.run(() =>
      call(decisionsApi.setBirthPlace, { params: { id: file.id }, body: { birthPlace } }),
    )
    if (next) {
      setEditing(false)
      onChanged(next, 'domiciliation.birthPlace.saved')
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('domiciliation.fields.birthPlace')}>
      <TextField
        label={t('domiciliation.fields.birthPlace')}
        description={t('domiciliation.birthPlace.help')}
        name="birthPlace"
        value={value}
        onChange={setValue}
        autoFocus
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiciliation.birthPlace.save')}
        </Button>
        <Button onPress={() => setEditing(false)}>{t('domiciliation.birthPlace.cancel')}</Button>
      </div>
    </Form>
  )
}

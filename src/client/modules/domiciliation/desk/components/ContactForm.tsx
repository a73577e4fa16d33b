import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContactKind } from '../../../../../shared/modules/domiciliation/mail.constants'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { TextArea } from '../../../../ui/TextArea'
import { formatMoment, isRecordedContactKind, useDeskLabels, useMessage } from '../desk.labels'
import { mailApi } from '../desk.queries'

/** A visit or a call of the person: a contact, it moves the last-contact date (CASF D264-3). */
export function ContactForm({
  domiciliationId,
  onChanged,
}: {
  domiciliationId: string
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const labels = useDeskLabels()
  const form = useApiForm()
  const [kind, setKind] = useState<Extract<ContactKind, 'visite' | 'appel'> | null>(null)
  const [note, setNote] = useState('')
  const [done, setDone] = useMessage()

  const submit = async () => {
    setDone(null)
    if (!kind) return form.fail(t('domiDesk.contact.kindRequired'), 'kind')
    const next = await form.run(() =>
      call(mailApi.recordContact, { params: { id: domiciliationId }, body: { kind, note } }),
    )
    if (!next) return
    const { kind: contactKind, at } = next.contact
    setDone((t, language) =>
      t('domiDesk.contact.done', {
        kind: t(`domiDesk.contactKinds.${contactKind}`),
        date: formatMoment(at, language),
      }),
    )
    setKind(null)
    setNote('')
    onChanged()
  }

  return (
    <Form state={form} onSubmit={submit} label={t('domiDesk.contact.title')}>
      <RadioGroup
        label={t('domiDesk.contact.kind')}
        name="kind"
        inline
        options={labels.recordedContactOptions}
        value={kind}
        onChange={(v) => isRecordedContactKind(v) && setKind(v)}
        isRequired
      />
      <TextArea
        label={t('domiDesk.contact.note')}
        description={t('domiDesk.contact.noteHelp')}
        name="note"
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={2000}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiDesk.contact.submit')}
        </Button>
      </div>
      {done ? <Alert tone="success">{done}</Alert> : null}
    </Form>
  )
}

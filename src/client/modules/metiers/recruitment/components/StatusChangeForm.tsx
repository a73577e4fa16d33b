import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApplicationStatus } from '../../../../../shared/modules/metiers/metiers.constants'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { useRecruitmentLabels } from '../recruitment.labels'
import { recruitmentApi, type ApplicationDetail } from '../recruitment.queries'

/** Choose the next step: the kind message of that step is written in, ready to be completed and sent. */
export function StatusChangeForm({
  application,
  onChanged,
}: {
  application: ApplicationDetail
  onChanged: (next: ApplicationDetail) => void
}) {
  const { t } = useTranslation()
  const labels = useRecruitmentLabels()
  const form = useApiForm()
  const [status, setStatus] = useState<ApplicationStatus | null>(null)
  const [message, setMessage] = useState('')
  const [saved, setSaved] = useState<ApplicationStatus | null>(null)

  const choose = (value: string | null) => {
    const next = application.allowedStatuses.find((s) => s === value) ?? null
    setStatus(next)
    setMessage(next ? application.messageTemplates[next] : '')
    setSaved(null)
  }

  const submit = async () => {
    if (!status) return form.fail(t('metiers_recruitment.detail.pickStatus'), 'status')
    const next = await form.run(() =>
      call(recruitmentApi.changeStatus, { params: { id: application.id }, body: { status, message } }),
    )
    if (next) {
      setSaved(status)
      setStatus(null)
      setMessage('')
      onChanged(next)
    }
  }

  return (
    <section className="card" aria-labelledby="rc-change-title">
      <h2 id="rc-change-title">{t('metiers_recruitment.detail.change')}</h2>
      {saved ? (
        <Alert tone="success">
          {t('metiers_recruitment.detail.saved', { status: labels.status(saved) })}
        </Alert>
      ) : null}
      <Form state={form} onSubmit={submit} label={t('metiers_recruitment.detail.change')}>
        <Select
          label={t('metiers_recruitment.detail.newStatus')}
          name="status"
          placeholder={t('metiers_recruitment.detail.pickStatus')}
          options={application.allowedStatuses.map((s) => ({ id: s, label: labels.status(s) }))}
          value={status}
          onChange={choose}
          isRequired
        />
        {status ? (
          <TextArea
            label={t('metiers_recruitment.detail.messageLabel')}
            description={t('metiers_recruitment.detail.messageHelp')}
            name="message"
            value={message}
            onChange={setMessage}
            rows={10}
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_recruitment.detail.send')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BodyInputOf } from '../../../../shared/contract'
import { call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { RadioGroup } from '../../../ui/RadioGroup'
import { Select } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { useDomiciliationLabels } from '../domiciliation.labels'
import { decisionsApi, type DomiciliationFile, type RequestEntry } from '../domiciliation.queries'

type DecideBody = BodyInputOf<typeof decisionsApi.decide>

/**
 * The decision on a request: grant (or renew) for a year, or refuse with a motive and the body
 * the person is oriented to (L264-4). The checks are the server's: its messages show by each field.
 */
export function DecisionForm({
  request,
  onDecided,
}: {
  request: RequestEntry
  onDecided: (file: DomiciliationFile) => void
}) {
  const { t } = useTranslation()
  const labels = useDomiciliationLabels()
  const form = useApiForm()
  const [decision, setDecision] = useState<string | null>(null)
  const [motive, setMotive] = useState<string | null>(null)
  const [motiveDetail, setMotiveDetail] = useState('')
  const [orientation, setOrientation] = useState<string | null>(null)
  const [orientationDetail, setOrientationDetail] = useState('')
  const refusing = decision === 'refuse'

  const submit = async () => {
    const body = (
      refusing
        ? {
            decision: 'refuse',
            motive: motive ?? undefined,
            motiveDetail: motiveDetail.trim() || null,
            orientation: orientation ?? undefined,
            orientationDetail: orientationDetail.trim() || undefined,
          }
        : { decision: decision ?? undefined }
    ) as DecideBody
    const decided = await form.run(() => call(decisionsApi.decide, { params: { id: request.id }, body }))
    if (decided) onDecided(decided)
  }

  return (
    <Form state={form} onSubmit={submit} label={t('domiciliation.decide.title')} className="form form--wide">
      <RadioGroup
        label={t('domiciliation.decide.decision')}
        name="decision"
        options={[
          {
            id: 'accepte',
            label:
              request.kind === 'RENOUVELLEMENT'
                ? t('domiciliation.decide.renew')
                : t('domiciliation.decide.accept'),
          },
          { id: 'refuse', label: t('domiciliation.decide.refuse') },
        ]}
        value={decision}
        onChange={setDecision}
        isRequired
      />
      {decision === 'accepte' ? <p className="small">{t('domiciliation.decide.acceptHelp')}</p> : null}
      {refusing ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('domiciliation.decide.refusal')}</legend>
          <p className="small">{t('domiciliation.decide.refusalHelp')}</p>
          <Select
            label={t('domiciliation.decide.motive')}
            name="motive"
            options={labels.refusalMotiveOptions}
            value={motive}
            onChange={setMotive}
            placeholder={t('domiciliation.choose')}
            isRequired
          />
          <TextArea
            label={t('domiciliation.decide.motiveDetail')}
            description={t('domiciliation.decide.motiveDetailHelp')}
            name="motiveDetail"
            value={motiveDetail}
            onChange={setMotiveDetail}
            rows={3}
          />
          <Select
            label={t('domiciliation.decide.orientation')}
            name="orientation"
            options={labels.orientationOptions}
            value={orientation}
            onChange={setOrientation}
            placeholder={t('domiciliation.choose')}
            isRequired
          />
          <TextField
            label={t('domiciliation.decide.orientationDetail')}
            description={t('domiciliation.decide.orientationDetailHelp')}
            name="orientationDetail"
            value={orientationDetail}
            onChange={setOrientationDetail}
            isRequired
            dir="auto"
          />
        </fieldset>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiciliation.decide.submit')}
        </Button>
      </div>
    </Form>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  immersionObjectives,
  prescriberTypes,
  type ImmersionObjective,
  type PrescriberType,
} from '../../../../../shared/modules/metiers/immersions.constants'
import type { ConventionView } from '../../../../../shared/modules/metiers/immersions.contract'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { conventionHref, immersionsApi, type ImmersionRequest } from '../immersions.queries'

type TextKey = Exclude<
  keyof ConventionView,
  | 'beneficiaryBirthDate'
  | 'prescriberType'
  | 'objective'
  | 'weeklyHours'
  | 'startDate'
  | 'endDate'
  | 'updatedAt'
>
const groups: { legend: string; fields: TextKey[]; long?: TextKey[] }[] = [
  { legend: 'beneficiary', fields: ['beneficiaryAddress'] },
  {
    legend: 'host',
    fields: [
      'hostName',
      'hostSiret',
      'hostAddress',
      'hostSignatory',
      'tutorName',
      'tutorJob',
      'tutorContact',
    ],
  },
  { legend: 'prescriber', fields: ['prescriberName', 'prescriberAdvisor', 'prescriberContact'] },
  {
    legend: 'immersion',
    fields: ['dailyHours', 'insurance', 'signaturePlace'],
    long: ['activities', 'skillsObserved', 'riskPrevention'],
  },
]

/** The convention's fields, what still lacks, and the PDF once nothing does. */
export function ConventionForm({
  request,
  onSaved,
}: {
  request: ImmersionRequest
  onSaved: (next: ImmersionRequest) => void
}) {
  const { t } = useTranslation()
  const c = request.convention!
  const form = useApiForm()
  const [draft, setDraft] = useState(() => ({
    ...c,
    beneficiaryBirthDate: c.beneficiaryBirthDate ?? '',
    weeklyHours: c.weeklyHours === null ? '' : String(c.weeklyHours),
  }))
  const label = (key: string) => t(`metiers_immersions.fields.${key}`)
  const r = (key: string) => t(`metiers_immersions.request.${key}`)
  const set = (key: string) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value ?? '' }))
  const editable = request.state === 'acceptee'

  const save = async () => {
    const { startDate: _s, endDate: _e, updatedAt: _u, ...fields } = draft
    const next = await form.run(() =>
      call(immersionsApi.saveConvention, {
        params: { id: request.id },
        body: {
          ...fields,
          beneficiaryBirthDate: draft.beneficiaryBirthDate || null,
          weeklyHours: draft.weeklyHours ? Number(draft.weeklyHours) : null,
          prescriberType: prescriberTypes.find((p) => p === draft.prescriberType) ?? null,
          objective: immersionObjectives.find((o) => o === draft.objective) ?? c.objective,
        },
      }),
    )
    if (next) onSaved(next)
  }

  return (
    <section className="card stack" aria-labelledby="im-convention">
      <h2 id="im-convention">{r('convention')}</h2>
      <p className="small">{r('conventionIntro')}</p>
      {request.conventionMissing.length > 0 ? (
        <Alert tone="info" title={r('missing')}>
          <ul className="im-missing">
            {request.conventionMissing.map((m) => (
              <li key={m.field + m.message}>{m.message}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="success">
          {r('ready')}{' '}
          <a className="link" href={conventionHref(request.id)} download>
            {r('download')}
          </a>
        </Alert>
      )}
      {editable ? (
        <Form state={form} onSubmit={save} label={r('convention')}>
          <fieldset className="im-fieldset">
            <legend>{r('beneficiary')}</legend>
            <NativeField
              type="date"
              label={label('beneficiaryBirthDate')}
              name="beneficiaryBirthDate"
              value={draft.beneficiaryBirthDate}
              onChange={set('beneficiaryBirthDate')}
            />
            {groups[0]!.fields.map((k) => (
              <TextField key={k} label={label(k)} name={k} value={draft[k]} onChange={set(k)} />
            ))}
          </fieldset>
          <fieldset className="im-fieldset">
            <legend>{r('host')}</legend>
            {groups[1]!.fields.map((k) => (
              <TextField key={k} label={label(k)} name={k} value={draft[k]} onChange={set(k)} />
            ))}
          </fieldset>
          <fieldset className="im-fieldset">
            <legend>{r('prescriber')}</legend>
            <Select
              label={label('prescriberType')}
              name="prescriberType"
              placeholder={r('pickPrescriber')}
              options={prescriberTypes.map((p: PrescriberType) => ({
                id: p,
                label: t(`metiers_immersions.prescribers.${p}`),
              }))}
              value={draft.prescriberType}
              onChange={set('prescriberType')}
            />
            {groups[2]!.fields.map((k) => (
              <TextField key={k} label={label(k)} name={k} value={draft[k]} onChange={set(k)} />
            ))}
          </fieldset>
          <fieldset className="im-fieldset">
            <legend>{r('immersion')}</legend>
            <Select
              label={label('objective')}
              name="objective"
              options={immersionObjectives.map((o: ImmersionObjective) => ({
                id: o,
                label: t(`metiers_immersions.objectives.${o}`),
              }))}
              value={draft.objective}
              onChange={set('objective')}
            />
            <NativeField
              type="number"
              min={1}
              max={48}
              label={label('weeklyHours')}
              name="weeklyHours"
              value={draft.weeklyHours}
              onChange={set('weeklyHours')}
            />
            {groups[3]!.fields.map((k) => (
              <TextField key={k} label={label(k)} name={k} value={draft[k]} onChange={set(k)} />
            ))}
            {groups[3]!.long!.map((k) => (
              <TextArea key={k} label={label(k)} name={k} value={draft[k]} onChange={set(k)} rows={3} />
            ))}
          </fieldset>
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {r('saveConvention')}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  agrementDocuments,
  agrementStepKinds,
  type AgrementDecisionKind,
  type AgrementStepKind,
} from '../../../../../shared/modules/metiers/agrement-rules'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { agrementApi, type AgrementFile } from '../agrement.queries'

interface FormProps {
  file: AgrementFile
  onDone: () => Promise<void> | void
}

/** Today in Paris, for the date fields' default value. */
const parisToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

export function DocumentsForm({ file, onDone }: FormProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [dates, setDates] = useState<Record<string, string>>(
    Object.fromEntries(file.documents.map((d) => [d.key, d.receivedOn ?? ''])),
  )
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const documents = Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v || null]))
    const ok = await form.run(() =>
      call(agrementApi.documents, { params: { id: file.id }, body: { documents } }),
    )
    if (ok) {
      setSaved(true)
      await onDone()
    }
  }
  return (
    <section className="card" aria-labelledby="ag-docs-title">
      <h2 id="ag-docs-title">{t('metiers_agrement.file.documents')}</h2>
      <p className="small">{t('metiers_agrement.file.documentsHelp')}</p>
      {saved ? <Alert tone="success">{t('metiers_agrement.file.documentsSaved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.file.documents')}>
        <div className="ag-docs">
          {agrementDocuments.map((d) => (
            <NativeField
              key={d.key}
              type="date"
              name={`documents.${d.key}`}
              label={`${t(`metiers_agrement.documents.${d.key}`)}${d.required ? ' *' : ''}`}
              value={dates[d.key] ?? ''}
              onChange={(v) => setDates((all) => ({ ...all, [d.key]: v }))}
            />
          ))}
        </div>
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('metiers_agrement.file.saveDocuments')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

export function StepForm({ file, onDone }: FormProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [kind, setKind] = useState<AgrementStepKind | null>(null)
  const [on, setOn] = useState(parisToday())
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    if (!kind) return form.fail(t('metiers_agrement.file.pickKind'), 'kind')
    const ok = await form.run(() =>
      call(agrementApi.recordStep, { params: { id: file.id }, body: { kind, on, note } }),
    )
    if (ok) {
      setSaved(true)
      setKind(null)
      setNote('')
      await onDone()
    }
  }
  return (
    <section className="card" aria-labelledby="ag-step-title">
      <h2 id="ag-step-title">{t('metiers_agrement.file.recordStep')}</h2>
      {saved ? <Alert tone="success">{t('metiers_agrement.file.recorded')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.file.recordStep')}>
        <Select
          label={t('metiers_agrement.file.kind')}
          name="kind"
          placeholder={t('metiers_agrement.file.pickKind')}
          options={agrementStepKinds.map((k) => ({ id: k, label: t(`metiers_agrement.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(agrementStepKinds.find((k) => k === v) ?? null)}
          isRequired
        />
        <NativeField
          type="date"
          name="on"
          label={t('metiers_agrement.file.on')}
          value={on}
          onChange={setOn}
        />
        <TextArea
          label={t('metiers_agrement.file.note')}
          name="note"
          value={note}
          onChange={setNote}
          rows={3}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_agrement.file.record')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

export function ExtensionForm({ file, onDone }: FormProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [on, setOn] = useState(parisToday())
  const [motive, setMotive] = useState('')
  const submit = async () => {
    const ok = await form.run(() =>
      call(agrementApi.extend, { params: { id: file.id }, body: { on, motive } }),
    )
    if (ok) await onDone()
  }
  return (
    <section className="card" aria-labelledby="ag-extend-title">
      <h2 id="ag-extend-title">{t('metiers_agrement.file.extend')}</h2>
      <p className="small">{t('metiers_agrement.file.extendHelp')}</p>
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.file.extend')}>
        <NativeField
          type="date"
          name="on"
          label={t('metiers_agrement.file.on')}
          value={on}
          onChange={setOn}
        />
        <TextArea
          label={t('metiers_agrement.file.motive')}
          name="motive"
          value={motive}
          onChange={setMotive}
          rows={3}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('metiers_agrement.file.extendButton')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

export function DecisionForm({ file, onDone }: FormProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const kinds: AgrementDecisionKind[] = file.abilities.decide ? ['agrement', 'refus'] : ['retrait']
  const [kind, setKind] = useState<AgrementDecisionKind>(kinds[0]!)
  const [on, setOn] = useState(parisToday())
  const [motive, setMotive] = useState('')
  const [children, setChildren] = useState(String(file.childrenWished ?? ''))
  const [ageMin, setAgeMin] = useState(String(file.agesWishedMin ?? ''))
  const [ageMax, setAgeMax] = useState(String(file.agesWishedMax ?? ''))
  const submit = async () => {
    const body = {
      kind,
      on,
      motive,
      ...(kind === 'agrement'
        ? { children: numberOrNull(children), ageMin: numberOrNull(ageMin), ageMax: numberOrNull(ageMax) }
        : {}),
    }
    const ok = await form.run(() => call(agrementApi.decide, { params: { id: file.id }, body }))
    if (ok) await onDone()
  }
  return (
    <section className="card" aria-labelledby="ag-decide-title">
      <h2 id="ag-decide-title">{t('metiers_agrement.file.decide')}</h2>
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.file.decide')}>
        <Select
          label={t('metiers_agrement.file.decisionKind')}
          name="kind"
          options={kinds.map((k) => ({ id: k, label: t(`metiers_agrement.outcomes.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(kinds.find((k) => k === v) ?? kinds[0]!)}
          isRequired
        />
        <NativeField
          type="date"
          name="on"
          label={t('metiers_agrement.file.on')}
          value={on}
          onChange={setOn}
        />
        {kind === 'agrement' ? (
          <>
            <NativeField
              type="number"
              name="children"
              min={1}
              max={6}
              label={t('metiers_agrement.file.children')}
              value={children}
              onChange={setChildren}
            />
            <NativeField
              type="number"
              name="ageMin"
              min={0}
              max={21}
              label={t('metiers_agrement.file.ageMin')}
              value={ageMin}
              onChange={setAgeMin}
            />
            <NativeField
              type="number"
              name="ageMax"
              min={0}
              max={21}
              label={t('metiers_agrement.file.ageMax')}
              value={ageMax}
              onChange={setAgeMax}
            />
          </>
        ) : null}
        <TextArea
          label={t('metiers_agrement.file.motive')}
          name="motive"
          value={motive}
          onChange={setMotive}
          rows={4}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_agrement.file.decideButton')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

export function TrainingForm({ file, onDone }: FormProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [phase, setPhase] = useState<'preparatoire' | 'deaf'>(
    file.training.preparatoryDone < 60 ? 'preparatoire' : 'deaf',
  )
  const [title, setTitle] = useState('')
  const [on, setOn] = useState(parisToday())
  const [hours, setHours] = useState('')
  const submit = async () => {
    const ok = await form.run(() =>
      call(agrementApi.addTraining, {
        params: { id: file.id },
        body: { phase, title, on, hours: Number(hours) },
      }),
    )
    if (ok) {
      setTitle('')
      setHours('')
      await onDone()
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('metiers_agrement.file.addTraining')}>
      <Select
        label={t('metiers_agrement.file.phase')}
        name="phase"
        options={(['preparatoire', 'deaf'] as const).map((p) => ({
          id: p,
          label: t(`metiers_agrement.file.phases.${p}`),
        }))}
        value={phase}
        onChange={(v) => setPhase(v === 'deaf' ? 'deaf' : 'preparatoire')}
      />
      <TextField
        label={t('metiers_agrement.file.trainingTitle')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <NativeField type="date" name="on" label={t('metiers_agrement.file.on')} value={on} onChange={setOn} />
      <NativeField
        type="number"
        name="hours"
        min={1}
        max={240}
        label={t('metiers_agrement.file.hours')}
        value={hours}
        onChange={setHours}
      />
      <div className="form__actions">
        <Button type="submit" isPending={form.pending}>
          {t('metiers_agrement.file.addTraining')}
        </Button>
      </div>
    </Form>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pilotageIndicatorsContract as api,
  type IndicatorChoicesView,
  type IndicatorDetailView,
} from '../../../../../shared/modules/pilotage/indicators.contract'
import {
  indicatorDirections,
  indicatorUnits,
  measurementFrequencies,
  type IndicatorDirection,
  type IndicatorUnit,
  type MeasurementFrequency,
} from '../../../../../shared/modules/pilotage/pilotage.constants'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { TextField } from '../../../../ui/TextField'
import { formatDay } from '../indicators.format'
import { NativeSelect } from './NativeSelect'

const text = (v: number | null) => (v === null ? '' : String(v))
const orNull = (v: string) => (v.trim() === '' ? null : v.trim())

/**
 * An indicator's definition (managers): title, unit, direction, baseline and its date, allowed
 * range, frequency, service responsible and source. Creates one when `owner` is given.
 */
export function DefinitionForm({
  initial,
  owner,
  onSaved,
}: {
  initial: IndicatorDetailView | null
  owner?: { actionId: string } | { axisId: string }
  onSaved: (detail: IndicatorDetailView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const choices = useLoad(() => call(api.choices, {}))
  const [title, setTitle] = useState(initial?.title ?? '')
  const [unit, setUnit] = useState<string>(initial?.unit ?? 'nombre')
  const [direction, setDirection] = useState<string>(initial?.direction ?? 'hausse')
  const [baseline, setBaseline] = useState(text(initial?.baseline ?? null))
  const [baselineDate, setBaselineDate] = useState(initial?.baselineDate ?? '')
  const [minValue, setMin] = useState(text(initial?.minValue ?? null))
  const [maxValue, setMax] = useState(text(initial?.maxValue ?? null))
  const [frequency, setFrequency] = useState<string>(initial?.frequency ?? 'mensuelle')
  const [serviceId, setService] = useState(initial?.serviceId ?? '')
  const [source, setSource] = useState(initial?.source ?? 'saisie')
  const [saved, setSaved] = useState(false)
  const options: IndicatorChoicesView = choices.data ?? { computations: [], services: [] }

  const submit = async () => {
    setSaved(false)
    const definition = {
      title,
      unit: unit as IndicatorUnit,
      direction: direction as IndicatorDirection,
      baseline: orNull(baseline),
      baselineDate: orNull(baselineDate),
      minValue: orNull(minValue),
      maxValue: orNull(maxValue),
      frequency: frequency as MeasurementFrequency,
      serviceId: serviceId || null,
      source,
    }
    const answer = await form.run(() =>
      initial
        ? call(api.update, { params: { id: initial.id }, body: definition })
        : call(api.create, { body: { ...definition, ...owner } }),
    )
    if (answer) {
      setSaved(true)
      onSaved(answer)
    }
  }

  return (
    <>
      {saved && initial ? <Alert tone="success">{t('pilotage_indicators.definition.saved')}</Alert> : null}
      <Form
        state={form}
        onSubmit={submit}
        label={initial ? t('pilotage_indicators.page.definition') : t('pilotage_indicators.definition.add')}
      >
        <TextField
          label={t('pilotage_indicators.definition.title')}
          name="title"
          value={title}
          onChange={setTitle}
          isRequired
        />
        <div className="ind-measure__grid">
          <NativeSelect
            label={t('pilotage_indicators.definition.unit')}
            name="unit"
            value={unit}
            onChange={setUnit}
            options={indicatorUnits.map((u) => ({ id: u, label: t(`pilotage_indicators.units.${u}`) }))}
          />
          <NativeSelect
            label={t('pilotage_indicators.definition.direction')}
            name="direction"
            value={direction}
            onChange={setDirection}
            options={indicatorDirections.map((d) => ({
              id: d,
              label: t(`pilotage_indicators.directions.${d}`),
            }))}
          />
          <NativeSelect
            label={t('pilotage_indicators.definition.frequency')}
            name="frequency"
            value={frequency}
            onChange={setFrequency}
            options={measurementFrequencies.map((f) => ({
              id: f,
              label: t(`pilotage_indicators.frequencies.${f}`),
            }))}
          />
          <TextField
            label={t('pilotage_indicators.definition.baseline')}
            name="baseline"
            value={baseline}
            onChange={setBaseline}
            dir="ltr"
          />
          <NativeField
            label={t('pilotage_indicators.definition.baselineDate')}
            name="baselineDate"
            type="date"
            value={baselineDate}
            onChange={setBaselineDate}
          />
          <TextField
            label={t('pilotage_indicators.definition.minValue')}
            name="minValue"
            value={minValue}
            onChange={setMin}
            dir="ltr"
          />
          <TextField
            label={t('pilotage_indicators.definition.maxValue')}
            name="maxValue"
            value={maxValue}
            onChange={setMax}
            dir="ltr"
          />
          <NativeSelect
            label={t('pilotage_indicators.definition.service')}
            name="serviceId"
            value={serviceId}
            onChange={setService}
            options={[
              { id: '', label: t('pilotage_indicators.definition.noService') },
              ...options.services.map((s) => ({ id: s.id, label: s.name })),
            ]}
          />
          <NativeSelect
            label={t('pilotage_indicators.definition.source')}
            name="source"
            value={source}
            onChange={setSource}
            options={[
              { id: 'saisie', label: t('pilotage_indicators.definition.manual') },
              ...options.computations.map((c) => ({ id: c.name, label: c.label })),
            ]}
          />
        </div>
        <Button type="submit" variant="primary" isPending={form.pending}>
          {initial ? t('pilotage_indicators.definition.save') : t('pilotage_indicators.definition.create')}
        </Button>
      </Form>
    </>
  )
}

/** The targets by date of an indicator (managers), within the plan's period. */
export function TargetsForm({
  indicator,
  onSaved,
}: {
  indicator: IndicatorDetailView
  onSaved: (detail: IndicatorDetailView) => void
}) {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const [targets, setTargets] = useState(
    indicator.targets.map((c) => ({ dueDate: c.dueDate, value: String(c.value) })),
  )
  const [saved, setSaved] = useState(false)
  const change = (i: number, patch: Partial<{ dueDate: string; value: string }>) =>
    setTargets((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const submit = async () => {
    setSaved(false)
    const answer = await form.run(() =>
      call(api.setTargets, { params: { id: indicator.id }, body: { targets } }),
    )
    if (answer) {
      setSaved(true)
      onSaved(answer)
    }
  }
  return (
    <>
      {saved ? <Alert tone="success">{t('pilotage_indicators.targetsForm.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('pilotage_indicators.page.targets')}>
        <p className="small">
          {t('pilotage_indicators.targetsForm.help', {
            start: formatDay(indicator.plan.periodStart, i18n.language),
            end: formatDay(indicator.plan.periodEnd, i18n.language),
          })}
        </p>
        {targets.map((c, i) => (
          <div key={i} className="ind-target">
            <NativeField
              label={t('pilotage_indicators.targetsForm.dueDate')}
              name={`targets.${i}.dueDate`}
              type="date"
              value={c.dueDate}
              onChange={(dueDate) => change(i, { dueDate })}
            />
            <TextField
              label={t('pilotage_indicators.targetsForm.value')}
              name={`targets.${i}.value`}
              value={c.value}
              onChange={(value) => change(i, { value })}
              dir="ltr"
            />
            <Button
              variant="secondary"
              aria-label={t('pilotage_indicators.targetsForm.removeOne', { date: c.dueDate })}
              onPress={() => setTargets((list) => list.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </div>
        ))}
        <p className="ind-actions">
          <Button
            onPress={() => setTargets((list) => [...list, { dueDate: indicator.plan.periodEnd, value: '' }])}
          >
            {t('pilotage_indicators.targetsForm.add')}
          </Button>
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('pilotage_indicators.targetsForm.save')}
          </Button>
        </p>
      </Form>
    </>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { allowedRange } from '../../../../../shared/modules/pilotage/indicator-rules'
import {
  pilotageIndicatorsContract as api,
  type IndicatorDetailView,
  type IndicatorView,
} from '../../../../../shared/modules/pilotage/indicators.contract'
import { indicatorUnits } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { formatMonth, formatValue, previousMonth } from '../indicators.format'
import { NativeSelect } from './NativeSelect'

/** The allowed values of an indicator in words of the reader's language, or null when any goes. */
export function useRangeText(
  indicator: Pick<IndicatorView, 'unit' | 'minValue' | 'maxValue'>,
): string | null {
  const { t, i18n } = useTranslation()
  const range = allowedRange(indicator.unit, indicator.minValue, indicator.maxValue)
  const short = t(`pilotage_indicators.unitShort.${indicator.unit}`)
  const f = (v: number) => formatValue(v, indicator.unit, i18n.language, short)
  if (range.min !== null && range.max !== null) return `${f(range.min)} – ${f(range.max)}`
  if (range.min !== null) return `≥ ${f(range.min)}`
  if (range.max !== null) return `≤ ${f(range.max)}`
  return null
}

/**
 * Entering a month's measurement: the month, the value, its unit (checked against the
 * indicator's) and a comment. The server's messages show beside each field.
 */
export function MeasurementForm({
  indicator,
  measuredPeriods,
  onSaved,
}: {
  indicator: IndicatorView
  /** Months already measured (`YYYY-MM-01`), to say that a new value corrects. */
  measuredPeriods: readonly string[]
  onSaved: (detail: IndicatorDetailView) => void
}) {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const [period, setPeriod] = useState(previousMonth())
  const [value, setValue] = useState('')
  const [unit, setUnit] = useState<string>(indicator.unit)
  const [comment, setComment] = useState('')
  const [saved, setSaved] = useState<{ period: string; value: number } | null>(null)
  const range = useRangeText(indicator)
  const corrects = measuredPeriods.includes(`${period}-01`)

  const submit = async () => {
    setSaved(null)
    const answer = await form.run(() =>
      call(api.measure, { params: { id: indicator.id }, body: { period, value, unit, comment } }),
    )
    if (answer) {
      setSaved({ period: `${period}-01`, value: Number(value.trim().replace(',', '.')) })
      setValue('')
      setComment('')
      onSaved(answer)
    }
  }

  return (
    <div className="ind-measure">
      {saved ? (
        <Alert tone="success">
          {t('pilotage_indicators.form.saved', {
            month: formatMonth(saved.period, i18n.language),
            value: formatValue(
              saved.value,
              indicator.unit,
              i18n.language,
              t(`pilotage_indicators.unitShort.${indicator.unit}`),
            ),
          })}
        </Alert>
      ) : null}
      <Form
        state={form}
        onSubmit={submit}
        label={t('pilotage_indicators.measureOf', { title: indicator.title })}
        className="form ind-measure__form"
      >
        <div className="ind-measure__grid">
          <TextField
            label={t('pilotage_indicators.form.period')}
            description={t('pilotage_indicators.form.periodHelp')}
            name="period"
            value={period}
            onChange={setPeriod}
            dir="ltr"
            inputMode="numeric"
            isRequired
          />
          <TextField
            label={t('pilotage_indicators.form.value')}
            description={
              range ? t('pilotage_indicators.form.valueHelp', { range: `\u2068${range}\u2069` }) : undefined
            }
            name="value"
            value={value}
            onChange={setValue}
            dir="ltr"
            isRequired
          />
          <NativeSelect
            label={t('pilotage_indicators.form.unit')}
            name="unit"
            value={unit}
            onChange={setUnit}
            options={indicatorUnits.map((u) => ({ id: u, label: t(`pilotage_indicators.units.${u}`) }))}
          />
        </div>
        {corrects ? <p className="small">{t('pilotage_indicators.form.correction')}</p> : null}
        <TextArea
          label={t('pilotage_indicators.form.comment')}
          name="comment"
          value={comment}
          onChange={setComment}
          rows={2}
        />
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('pilotage_indicators.form.submit')}
        </Button>
      </Form>
    </div>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  indicatorPage,
  pilotageIndicatorsContract as api,
  type IndicatorView,
} from '../../../../shared/modules/pilotage/indicators.contract'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Link } from '../../../ui/Link'
import { DefinitionForm } from './components/DefinitionForms'
import { LightBadge } from './components/LightBadge'
import { MeasurementForm } from './components/MeasurementForm'
import { formatMonth, formatValue } from './indicators.format'
import './indicators.css'

/**
 * The indicators section of an action's fiche: each indicator with its unit, last value, expected
 * value and light (a dot with its word), a link to its page, and for the action's pilots and the
 * managers a « Saisir une mesure » form opened in place.
 */
export function ActionIndicators({ actionId, canMeasure }: { actionId: string; canMeasure: boolean }) {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(api.ofAction, { params: { id: actionId } }))
  const [adding, setAdding] = useState(false)
  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!loaded.data) return <p className="loading">{t('common.loading')}</p>
  const { indicators, abilities } = loaded.data
  return (
    <div className="ind-list">
      {indicators.length === 0 ? <p>{t('pilotage_indicators.none')}</p> : null}
      <ul className="ind-cards">
        {indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            canMeasure={(canMeasure || abilities.measure) && indicator.abilities.measure}
            onChanged={() => void loaded.reload()}
          />
        ))}
      </ul>
      {abilities.manage ? (
        adding ? (
          <section className="card" aria-labelledby={`ind-ajout-${actionId}`}>
            <h3 id={`ind-ajout-${actionId}`}>{t('pilotage_indicators.definition.add')}</h3>
            <DefinitionForm
              initial={null}
              owner={{ actionId }}
              onSaved={() => {
                setAdding(false)
                void loaded.reload()
              }}
            />
          </section>
        ) : (
          <Button onPress={() => setAdding(true)}>{t('pilotage_indicators.definition.add')}</Button>
        )
      ) : null}
    </div>
  )
}

function IndicatorCard({
  indicator,
  canMeasure,
  onChanged,
}: {
  indicator: IndicatorView
  canMeasure: boolean
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const short = t(`pilotage_indicators.unitShort.${indicator.unit}`)
  const value = (v: number) => formatValue(v, indicator.unit, i18n.language, short)
  const formId = `ind-saisie-${indicator.id}`
  return (
    <li className="ind-card">
      <h3 className="ind-card__title">
        <Link href={indicatorPage(indicator.id)}>
          <bdi>{indicator.title}</bdi>
        </Link>
      </h3>
      <dl className="ind-facts">
        <div>
          <dt>{t('pilotage_indicators.columns.light')}</dt>
          <dd>
            <LightBadge light={indicator.light} late={indicator.late && indicator.latest !== null} />
          </dd>
        </div>
        <div>
          <dt>{t('pilotage_indicators.columns.unit')}</dt>
          <dd>{t(`pilotage_indicators.units.${indicator.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('pilotage_indicators.columns.last')}</dt>
          <dd>
            {indicator.latest
              ? `${value(indicator.latest.value)} (${formatMonth(indicator.latest.period, i18n.language)})`
              : t('pilotage_indicators.noValue')}
          </dd>
        </div>
        <div>
          <dt>{t('pilotage_indicators.columns.expected')}</dt>
          <dd>
            {indicator.expected === null
              ? t('pilotage_indicators.nothingExpected')
              : value(indicator.expected)}
          </dd>
        </div>
      </dl>
      {indicator.sourceLabel ? (
        <p className="small">{t('pilotage_indicators.computedBy', { label: indicator.sourceLabel })}</p>
      ) : canMeasure ? (
        <>
          <Button
            aria-expanded={open}
            aria-controls={open ? formId : undefined}
            aria-label={t('pilotage_indicators.measureOf', { title: indicator.title })}
            onPress={() => setOpen((o) => !o)}
          >
            {t('pilotage_indicators.measure')}
          </Button>
          {open ? (
            <div id={formId}>
              <MeasurementForm
                indicator={indicator}
                measuredPeriods={indicator.latest ? [indicator.latest.period] : []}
                onSaved={onChanged}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </li>
  )
}

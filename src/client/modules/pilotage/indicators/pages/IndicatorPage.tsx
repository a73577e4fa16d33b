import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import {
  pilotageIndicatorsContract as api,
  type IndicatorDetailView,
} from '../../../../../shared/modules/pilotage/indicators.contract'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { DefinitionForm, TargetsForm } from '../components/DefinitionForms'
import { IndicatorChart } from '../components/IndicatorChart'
import { LightBadge } from '../components/LightBadge'
import { MeasurementForm, useRangeText } from '../components/MeasurementForm'
import { formatDay, formatMonth, formatValue } from '../indicators.format'
import '../indicators.css'

/** Loads an indicator, then shows its page. */
export function LoadedIndicator({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(api.get, { params: { id } }))
  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!loaded.data) return <p className="loading">{t('pilotage_indicators.page.loading')}</p>
  return <IndicatorPage key={id} initial={loaded.data} />
}

/**
 * An indicator: its summary and light, the chart of its measurements against its targets (with
 * the table of its values), the full history of entries, the measurement form for its pilots and
 * managers, and for managers its definition and targets.
 */
export function IndicatorPage({ initial }: { initial: IndicatorDetailView }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const [indicator, setIndicator] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const short = t(`pilotage_indicators.unitShort.${indicator.unit}`)
  const value = (v: number) => formatValue(v, indicator.unit, i18n.language, short)
  const range = useRangeText(indicator)
  const saved = (next: IndicatorDetailView) => {
    setIndicator(next)
    setVersion((n) => n + 1)
  }
  const chartTargets = [
    ...(indicator.baseline !== null && indicator.baselineDate
      ? [{ date: indicator.baselineDate, value: indicator.baseline }]
      : []),
    ...indicator.targets.map((c) => ({ date: c.dueDate, value: c.value })),
  ]
  const remove = async () => {
    if (!window.confirm(t('pilotage_indicators.definition.removeConfirm'))) return
    try {
      await call(api.remove, { params: { id: indicator.id } })
      navigate(
        indicator.actionId ? `/pilotage/fiches/${indicator.actionId}` : `/pilotage/plans/${indicator.planId}`,
      )
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <Page title={indicator.title}>
      <section className="card" aria-labelledby="ind-resume">
        <h2 id="ind-resume">{t('pilotage_indicators.page.summary')}</h2>
        <dl className="ind-facts">
          <div>
            <dt>{t('pilotage_indicators.columns.light')}</dt>
            <dd>
              <LightBadge light={indicator.light} late={indicator.late && indicator.latest !== null} />
            </dd>
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
          <div>
            <dt>{t('pilotage_indicators.page.plan')}</dt>
            <dd>
              <bdi>{indicator.plan.title}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.axis')}</dt>
            <dd>
              <bdi>{indicator.axisTitle}</bdi>
            </dd>
          </div>
          {indicator.actionTitle ? (
            <div>
              <dt>{t('pilotage_indicators.page.action')}</dt>
              <dd>
                <Link href={`/pilotage/fiches/${indicator.actionId}`}>
                  <bdi>{indicator.actionTitle}</bdi>
                </Link>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('pilotage_indicators.page.baseline')}</dt>
            <dd>
              {indicator.baseline !== null && indicator.baselineDate
                ? t('pilotage_indicators.page.baselineOn', {
                    value: value(indicator.baseline),
                    date: formatDay(indicator.baselineDate, i18n.language),
                  })
                : t('pilotage_indicators.page.noBaseline')}
            </dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.range')}</dt>
            <dd>{range ? <bdi>{range}</bdi> : t('pilotage_indicators.page.anyValue')}</dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.frequency')}</dt>
            <dd>{t(`pilotage_indicators.frequencies.${indicator.frequency}`)}</dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.direction')}</dt>
            <dd>{t(`pilotage_indicators.directions.${indicator.direction}`)}</dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.service')}</dt>
            <dd>
              {indicator.serviceName ? (
                <bdi>{indicator.serviceName}</bdi>
              ) : (
                t('pilotage_indicators.page.noService')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('pilotage_indicators.page.source')}</dt>
            <dd>
              {indicator.sourceLabel
                ? t('pilotage_indicators.computedBy', { label: indicator.sourceLabel })
                : t('pilotage_indicators.page.sourceManual')}
            </dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="ind-graphique">
        <h2 id="ind-graphique">{t('pilotage_indicators.page.chart')}</h2>
        <IndicatorChart
          key={version}
          title={indicator.title}
          unit={short}
          points={indicator.series}
          targets={chartTargets}
        />
      </section>

      {indicator.abilities.measure && indicator.source === 'saisie' ? (
        <section className="card" aria-labelledby="ind-saisie">
          <h2 id="ind-saisie">{t('pilotage_indicators.form.title')}</h2>
          <MeasurementForm
            indicator={indicator}
            measuredPeriods={indicator.series.map((s) => s.period)}
            onSaved={saved}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="ind-historique">
        <h2 id="ind-historique">{t('pilotage_indicators.page.history')}</h2>
        <Table
          caption={t('pilotage_indicators.page.historyCaption')}
          columns={[
            t('pilotage_indicators.page.month'),
            t('pilotage_indicators.page.value'),
            t('pilotage_indicators.page.who'),
            t('pilotage_indicators.page.when'),
            t('pilotage_indicators.page.comment'),
          ]}
          isEmpty={indicator.history.length === 0}
          empty={t('pilotage_indicators.page.historyEmpty')}
        >
          {indicator.history.map((m) => (
            <tr key={m.id} className={m.superseded ? 'ind-superseded' : undefined}>
              <td>{formatMonth(m.period, i18n.language)}</td>
              <td>
                <bdi>{value(m.value)}</bdi>{' '}
                <span className="small">
                  (
                  {m.superseded
                    ? t('pilotage_indicators.page.superseded')
                    : t('pilotage_indicators.page.current')}
                  )
                </span>
              </td>
              <td>
                {m.computed ? t('pilotage_indicators.page.computed') : <bdi>{m.enteredByName ?? '—'}</bdi>}
              </td>
              <td>{formatDateTime(m.enteredAt, i18n.language)}</td>
              <td>
                <bdi>{m.comment}</bdi>
              </td>
            </tr>
          ))}
        </Table>
      </section>

      {indicator.abilities.manage ? (
        <>
          <section className="card" aria-labelledby="ind-cibles">
            <h2 id="ind-cibles">{t('pilotage_indicators.page.targets')}</h2>
            <TargetsForm key={`c${version}`} indicator={indicator} onSaved={saved} />
          </section>
          <section className="card" aria-labelledby="ind-definition">
            <h2 id="ind-definition">{t('pilotage_indicators.page.definition')}</h2>
            <DefinitionForm initial={indicator} onSaved={saved} />
            {error ? <Alert tone="error">{error}</Alert> : null}
            <p>
              <Button variant="danger" onPress={() => void remove()}>
                {t('pilotage_indicators.definition.remove')}
              </Button>
            </p>
          </section>
        </>
      ) : null}
    </Page>
  )
}

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Table } from '../../../../ui/Table'
import { formatDay, formatMonth } from '../indicators.format'

export interface IndicatorChartProps {
  title: string
  unit: string
  /** Measurements, oldest first: period `YYYY-MM-01` and value. */
  points: { period: string; value: number }[]
  /** The expected values by date (baseline and targets), oldest first. */
  targets: { date: string; value: number }[]
}

const WIDTH = 640
const HEIGHT = 260
const LEFT = 56
const RIGHT = 16
const TOP = 16
const BOTTOM = 36

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000

/** Round steps for the value axis: 1, 2, 5 × 10ⁿ. */
function niceStep(span: number): number {
  const raw = span / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  const unit = raw / power
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power
}

/**
 * An indicator's measurements (solid line, dots) against its targets (dashed line) over time, as
 * one SVG image whose text alternative summarises it, followed by a table of every value drawn:
 * the accessible equivalent. The time axis reads left to right in every language.
 */
export function IndicatorChart({ title, unit, points, targets }: IndicatorChartProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 })
  const withUnit = (v: number) => (unit ? `${number.format(v)}\u00a0${unit}` : number.format(v))
  const all = [
    ...points.map((p) => ({ day: dayNumber(p.period), value: p.value })),
    ...targets.map((p) => ({ day: dayNumber(p.date), value: p.value })),
  ]
  if (all.length === 0) return <p className="muted">{t('pilotage_indicators.chart.empty')}</p>

  const first = Math.min(...all.map((p) => p.day))
  const last = Math.max(...all.map((p) => p.day))
  const span = Math.max(last - first, 1)
  const low = Math.min(0, ...all.map((p) => p.value))
  const high = Math.max(...all.map((p) => p.value))
  const step = niceStep(high - low || Math.abs(high) || 1)
  const top = Math.ceil(high / step) * step || step
  const bottom = Math.floor(low / step) * step
  const ticks: number[] = []
  for (let v = bottom; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6)

  const x = (day: number) =>
    all.length === 1 || last === first
      ? LEFT + (WIDTH - LEFT - RIGHT) / 2
      : LEFT + ((day - first) / span) * (WIDTH - LEFT - RIGHT)
  const y = (value: number) => TOP + ((top - value) / (top - bottom)) * (HEIGHT - TOP - BOTTOM)
  const line = (list: { day: number; value: number }[]) =>
    list.map((p) => `${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')

  const measured = points.map((p) => ({ day: dayNumber(p.period), value: p.value }))
  const expected = targets.map((p) => ({ day: dayNumber(p.date), value: p.value }))
  const firstDate = new Date(first * 86_400_000).toISOString().slice(0, 10)
  const lastDate = new Date(last * 86_400_000).toISOString().slice(0, 10)
  const latest = points[points.length - 1]
  const description = [
    latest
      ? `${t('pilotage_indicators.chart.measured')} — ${t('pilotage_indicators.chart.point', {
          date: formatMonth(latest.period, i18n.language),
          value: withUnit(latest.value),
        })}`
      : null,
    ...targets.map(
      (p) =>
        `${t('pilotage_indicators.chart.target')} — ${t('pilotage_indicators.chart.point', {
          date: formatDay(p.date, i18n.language),
          value: withUnit(p.value),
        })}`,
    ),
  ]
    .filter(Boolean)
    .join(' ; ')

  const rows = [
    ...points.map((p) => ({
      key: `m-${p.period}`,
      sort: p.period,
      date: formatMonth(p.period, i18n.language),
      kind: t('pilotage_indicators.chart.measured'),
      value: p.value,
    })),
    ...targets.map((p) => ({
      key: `c-${p.date}`,
      sort: p.date,
      date: formatDay(p.date, i18n.language),
      kind: t('pilotage_indicators.chart.target'),
      value: p.value,
    })),
  ].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.key < b.key ? -1 : 1))

  return (
    <figure className="ind-chart">
      <svg
        className="ind-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-titre ${id}-desc`}
        direction="ltr"
      >
        <title id={`${id}-titre`}>{t('pilotage_indicators.chart.title', { title })}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} className="ind-chart__grid" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="ind-chart__tick">
              {number.format(v)}
            </text>
          </g>
        ))}
        <text x={LEFT} y={HEIGHT - 10} textAnchor="start" className="ind-chart__tick">
          {formatMonth(firstDate, i18n.language)}
        </text>
        {last !== first ? (
          <text x={WIDTH - RIGHT} y={HEIGHT - 10} textAnchor="end" className="ind-chart__tick">
            {formatMonth(lastDate, i18n.language)}
          </text>
        ) : null}
        {expected.length > 1 ? (
          <polyline points={line(expected)} className="ind-chart__target" fill="none" />
        ) : null}
        {expected.map((p) => (
          <rect
            key={`c${p.day}`}
            x={x(p.day) - 4}
            y={y(p.value) - 4}
            width={8}
            height={8}
            className="ind-chart__target-mark"
          />
        ))}
        {measured.length > 1 ? (
          <polyline points={line(measured)} className="ind-chart__line" fill="none" />
        ) : null}
        {measured.map((p) => (
          <circle key={`m${p.day}`} cx={x(p.day)} cy={y(p.value)} r={4.5} className="ind-chart__dot" />
        ))}
      </svg>
      <figcaption className="ind-chart__legend small">
        <span className="ind-chart__key ind-chart__key--measured" aria-hidden="true" />
        {t('pilotage_indicators.chart.legendMeasured')}
        <span className="ind-chart__key ind-chart__key--target" aria-hidden="true" />
        {t('pilotage_indicators.chart.legendTarget')}
      </figcaption>
      <Table
        caption={t('pilotage_indicators.chart.tableCaption')}
        columns={[
          t('pilotage_indicators.chart.date'),
          t('pilotage_indicators.chart.kind'),
          t('pilotage_indicators.page.value'),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.date}</td>
            <td>{r.kind}</td>
            <td>
              <bdi>{withUnit(r.value)}</bdi>
            </td>
          </tr>
        ))}
      </Table>
    </figure>
  )
}

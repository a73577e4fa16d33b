import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCount } from '../desk.labels'

export interface Bar {
  label: string
  value: number
}

const ROW = 56
const LABEL = 20
const BAR = 22

/**
 * Horizontal bars, one per line, with the figure written at the end of each line. The SVG is one
 * image whose text alternative lists every figure; the table beside it holds the same figures.
 * Lengths are in percent of the largest value, so the text keeps its size on a phone; in Arabic
 * the bars grow from the right.
 */
export function BarChart({
  title,
  bars,
  caption,
}: {
  title: string
  bars: readonly Bar[]
  caption?: string
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const rtl = i18n.dir() === 'rtl'
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = bars.length * ROW
  const alt = bars
    .map((b) =>
      t('domiDesk.report.chartLine', { label: b.label, value: formatCount(b.value, i18n.language) }),
    )
    .join(' ; ')
  const start = rtl ? '100%' : '0'
  const end = rtl ? '0' : '100%'
  return (
    <figure className="desk-chart">
      <svg
        className="desk-chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-titre ${id}-description`}
        direction={rtl ? 'rtl' : 'ltr'}
      >
        <title id={`${id}-titre`}>{title}</title>
        <desc id={`${id}-description`}>{alt}</desc>
        {bars.map((b, i) => {
          const top = i * ROW
          const percent = (b.value / max) * 100
          return (
            <g key={b.label}>
              <text x={start} y={top + 15} className="desk-chart__label" textAnchor="start">
                {b.label}
              </text>
              <text x={end} y={top + 15} className="desk-chart__value" textAnchor="end">
                {formatCount(b.value, i18n.language)}
              </text>
              <rect x="0" y={top + LABEL} width="100%" height={BAR} className="desk-chart__track" />
              {percent > 0 ? (
                <rect
                  x={rtl ? `${100 - percent}%` : '0'}
                  y={top + LABEL}
                  width={`${percent}%`}
                  height={BAR}
                  className="desk-chart__bar"
                />
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption className="desk-chart__title">
        {title}
        {caption ? <span className="small muted"> {caption}</span> : null}
      </figcaption>
    </figure>
  )
}

import { useTranslation } from 'react-i18next'
import { formatShare, useAccueilLabels } from '../accueil.labels'
import type { Commitments } from '../accueil.queries'

const ROW = 64
const LABEL = 22
const BAR = 24

/**
 * Share of requests answered within the announced delay, per channel, as horizontal bars.
 * The SVG is one image whose text alternative gives every figure; the table above holds the
 * same figures for reading. Lengths are in percent, so the text keeps its size on a phone.
 * In Arabic the bars grow from the right.
 */
export function CommitmentsChart({ data }: { data: Commitments }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const rtl = i18n.dir() === 'rtl'
  const height = data.channels.length * ROW
  const lines = data.channels.map((c) =>
    c.shareWithinDelay === null
      ? t('accueil.commitments.chartNone', { channel: labels.channel(c.channel) })
      : t('accueil.commitments.chartLine', {
          channel: labels.channel(c.channel),
          share: formatShare(c.shareWithinDelay, i18n.language),
        }),
  )
  const start = rtl ? '100%' : '0'
  const end = rtl ? '0' : '100%'
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby="graphique-titre graphique-description"
        direction={rtl ? 'rtl' : 'ltr'}
      >
        <title id="graphique-titre">{t('accueil.commitments.chartTitle')}</title>
        <desc id="graphique-description">{lines.join(' ; ')}</desc>
        {data.channels.map((c, i) => {
          const top = i * ROW
          const share = c.shareWithinDelay
          const percent = share === null ? 0 : share * 100
          const value = share === null ? t('accueil.commitments.noData') : formatShare(share, i18n.language)
          return (
            <g key={c.channel}>
              <text x={start} y={top + 16} className="chart__label" textAnchor="start">
                {labels.channel(c.channel)}
              </text>
              <text x={end} y={top + 16} className="chart__value" textAnchor="end">
                {value}
              </text>
              <rect x="0" y={top + LABEL} width="100%" height={BAR} className="chart__track" />
              {percent > 0 ? (
                <rect
                  x={rtl ? `${100 - percent}%` : '0'}
                  y={top + LABEL}
                  width={`${percent}%`}
                  height={BAR}
                  className="chart__bar"
                />
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption className="small muted">{t('accueil.commitments.chartCaption')}</figcaption>
    </figure>
  )
}

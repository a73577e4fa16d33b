import { useTranslation } from 'react-i18next'
import type { DashboardBudget } from '../../../../../shared/modules/pilotage/dashboard.contract'
import { formatCents } from '../dashboard.format'

const ROW = 70
const LABEL = 22
const BAR = 18

/**
 * Planned against consumed by funder, as pairs of horizontal bars scaled to the largest amount.
 * One image whose text alternative gives every figure; the table beside it holds the same figures.
 * Lengths are in percent, so the chart fits a phone; in Arabic the bars grow from the right.
 */
export function BudgetChart({ budget }: { budget: DashboardBudget }) {
  const { t, i18n } = useTranslation()
  const rtl = i18n.dir() === 'rtl'
  const funders = budget.byFunder
  const largest = Math.max(1, ...funders.flatMap((f) => [f.plannedCents, f.consumedCents]))
  const height = funders.length * ROW
  const money = (cents: number) => formatCents(cents, i18n.language)
  const lines = funders.map((f) =>
    t('pilotage_dashboard.budget.chartLine', {
      funder: f.name,
      planned: money(f.plannedCents),
      consumed: money(f.consumedCents),
    }),
  )
  const bar = (share: number, top: number, className: string) => {
    const percent = Math.max(0, Math.min(100, share * 100))
    return percent > 0 ? (
      <rect
        x={rtl ? `${100 - percent}%` : '0'}
        y={top}
        width={`${percent}%`}
        height={BAR}
        className={className}
      />
    ) : null
  }
  return (
    <figure className="dash-chart">
      <svg
        className="dash-chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby="budget-titre budget-description"
        direction={rtl ? 'rtl' : 'ltr'}
      >
        <title id="budget-titre">{t('pilotage_dashboard.budget.chartTitle')}</title>
        <desc id="budget-description">{lines.join(' ; ')}</desc>
        {funders.map((f, i) => {
          const top = i * ROW
          return (
            <g key={f.funderId}>
              <text x={rtl ? '100%' : '0'} y={top + 15} className="dash-chart__label" textAnchor="start">
                {f.name}
              </text>
              {bar(f.plannedCents / largest, top + LABEL, 'dash-chart__planned')}
              {bar(f.consumedCents / largest, top + LABEL + BAR + 2, 'dash-chart__consumed')}
            </g>
          )
        })}
      </svg>
      <figcaption className="dash-legend small">
        <span>
          <span className="dash-legend__swatch dash-legend__swatch--planned" aria-hidden="true" />
          {t('pilotage_dashboard.budget.legendPlanned')}
        </span>
        <span>
          <span className="dash-legend__swatch dash-legend__swatch--consumed" aria-hidden="true" />
          {t('pilotage_dashboard.budget.legendConsumed')}
        </span>
      </figcaption>
    </figure>
  )
}

import { useTranslation } from 'react-i18next'
import type { PayScaleView } from '../../../../../shared/modules/metiers/fiches.contract'
import { formatEuros } from '../portal-format'

/**
 * Pay by employer: each line says its range in words; a bar shows where the range sits among all
 * lines (start to end of career). The bars only repeat the text, so they are hidden from screen readers.
 */
export function PayChart({ scales }: { scales: readonly PayScaleView[] }) {
  const { t, i18n } = useTranslation()
  const known = scales.filter((s) => s.minMonthlyGrossCents !== null && s.maxMonthlyGrossCents !== null)
  const low = Math.min(...known.map((s) => s.minMonthlyGrossCents!))
  const high = Math.max(...known.map((s) => s.maxMonthlyGrossCents!))
  const span = Math.max(1, high - low)
  // Whole euros: a career's range, not a payslip.
  const euros = (cents: number) => formatEuros(Math.round(cents / 100), i18n.language)
  return (
    <ul className="pf-pay">
      {scales.map((scale) => {
        const min = scale.minMonthlyGrossCents
        const max = scale.maxMonthlyGrossCents
        const hasRange = min !== null && max !== null
        return (
          <li key={`${scale.employerLabel}-${scale.gridName}`} className="pf-pay__line">
            <p className="pf-pay__who">
              <strong dir="auto">{scale.employerLabel}</strong>{' '}
              <span className="muted">({t(`libelles.secteur.${scale.sector}`)})</span>
            </p>
            <p className="pf-pay__amount">
              {hasRange
                ? min === max
                  ? euros(min)
                  : t('fiche.salaireDe', { min: euros(min), max: euros(max) })
                : t('offre.salaireNonDit')}
            </p>
            {hasRange ? (
              <div className="pf-pay__track" aria-hidden="true">
                <div
                  className="pf-pay__bar"
                  style={{
                    insetInlineStart: `${((min - low) / span) * 100}%`,
                    inlineSize: `${Math.max(2, ((max - min) / span) * 100)}%`,
                  }}
                />
              </div>
            ) : null}
            <p className="small muted">
              {t('fiche.grille', { name: scale.gridName })}
              {scale.grades.length ? ` · ${scale.grades.join(', ')}` : ''}
            </p>
            {scale.note ? (
              <p className="small" dir="auto">
                {scale.note}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

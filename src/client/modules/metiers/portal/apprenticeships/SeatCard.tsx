import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicSeatView } from '../../../../../shared/modules/metiers/apprenticeships.contract'
import { monthName } from './apprenticeships-format'

/** One published apprenticeship seat, as anyone may read it. */
export function SeatCard({ seat, children }: { seat: PublicSeatView; children?: ReactNode }) {
  const { t, i18n } = useTranslation()
  return (
    <li className="pc-card">
      <h3 className="pc-card__title">{seat.title}</h3>
      <dl className="pc-facts">
        <div>
          <dt>{t('apprenticeships.employer')}</dt>
          <dd>{seat.employerName}</dd>
        </div>
        <div>
          <dt>{t('apprenticeships.where')}</dt>
          <dd>
            {seat.postcode} {seat.commune}
            {seat.distanceKm !== null ? ` · ${t('apprenticeships.distance', { km: seat.distanceKm })}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('apprenticeships.start')}</dt>
          <dd>
            {monthName(seat.startMonth, i18n.language)} ·{' '}
            {t('apprenticeships.duration', { count: seat.durationMonths })}
          </dd>
        </div>
        <div>
          <dt>{t('apprenticeships.diploma')}</dt>
          <dd>{seat.diploma}</dd>
        </div>
        <div>
          <dt>{t('apprenticeships.tutor')}</dt>
          <dd>{seat.tutorJob}</dd>
        </div>
      </dl>
      <p className="pc-card__meta">
        {seat.trainingCentres.length
          ? t('apprenticeships.centres', { centres: seat.trainingCentres.map((c) => c.name).join(', ') })
          : t('apprenticeships.anyCentre')}
      </p>
      {children}
    </li>
  )
}

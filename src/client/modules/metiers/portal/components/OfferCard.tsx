import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { OfferSearchResultView } from '../../../../../shared/modules/metiers/search.contract'
import { formatDate } from '../../../../app/format'
import { formatKm, formatNumber, formatRange } from '../portal-format'

/** Salary of a result (cents) or of an offer (euros): « 1 850 € – 2 100 € par mois ». */
export function useSalaryText() {
  const { t, i18n } = useTranslation()
  return (min: number | null, max: number | null, period: string | null) => {
    const range = formatRange(min, max, i18n.language)
    if (!range) return null
    return period ? `${range} ${t(`libelles.periode.${period}`)}` : range
  }
}

/** One offer in the results: what helps choose before opening it. */
export function OfferCard({ offer, number }: { offer: OfferSearchResultView; number?: number | undefined }) {
  const { t, i18n } = useTranslation()
  const salaryText = useSalaryText()
  const salary = offer.salary
    ? salaryText(
        offer.salary.minCents === null ? null : offer.salary.minCents / 100,
        offer.salary.maxCents === null ? null : offer.salary.maxCents / 100,
        offer.salary.period,
      )
    : null
  const badges = [
    t(`libelles.contrat.${offer.contract}`) +
      (offer.contractMonths ? ` · ${t('offre.duree', { count: offer.contractMonths })}` : ''),
    t(`libelles.temps.${offer.workTime}`) +
      (offer.weeklyHours
        ? ` · ${t('offre.heures', { hours: formatNumber(offer.weeklyHours, i18n.language) })}`
        : ''),
    ...offer.patterns.map((p) => t(`libelles.rythme.${p}`)),
    ...(offer.serviceCar ? [t('recherche.vehicule')] : []),
    ...(offer.housing ? [t('recherche.logement')] : []),
    ...(offer.childcare ? [t('recherche.garde')] : []),
  ]
  return (
    <article className="pf-card">
      <h3 className="pf-card__title">
        {number !== undefined ? (
          <span className="pf-card__number" aria-hidden="true">
            {number}
          </span>
        ) : null}
        <Link href={`/metiers/offres/${offer.slug}`}>{offer.title}</Link>
      </h3>
      <p className="pf-card__where">
        <span dir="auto">{offer.employer.name}</span>
        {' · '}
        <span dir="auto">{offer.commune}</span>
        {offer.distanceKm !== null ? (
          <>
            {' · '}
            <span className="nowrap">
              {t('offreCarte.distance', { km: formatKm(offer.distanceKm, i18n.language) })}
            </span>
          </>
        ) : null}
      </p>
      <ul className="pf-badges">
        {badges.map((badge) => (
          <li key={badge} className="pf-badge">
            {badge}
          </li>
        ))}
      </ul>
      {salary ? <p className="pf-card__salary">{salary}</p> : null}
      <p className="pf-card__meta small">
        {offer.answerRate !== null ? (
          <span className="pf-rate">{t('offreCarte.taux', { count: offer.answerRate })}</span>
        ) : null}
        <span className="muted">
          {t('offreCarte.publiee', { date: formatDate(offer.publishedAt, i18n.language) })}
        </span>
      </p>
    </article>
  )
}

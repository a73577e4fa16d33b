import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../app/format'
import { useOfferLabels } from '../offers.labels'
import type { Offer } from '../offers.queries'

const perkKeys = ['serviceCar', 'drivingLicence', 'housing', 'childcare'] as const

/** The saved offer as candidates will read it: its facts, then its description and profile (cleaned by the server). */
export function OfferPreview({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation()
  const labels = useOfferLabels()
  const money = (v: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(v)
  const period = offer.salaryPeriod ? labels.salaryPeriod(offer.salaryPeriod) : ''
  const salary =
    offer.salaryMin != null && offer.salaryMax != null
      ? t('metiers_offers.preview.salary', {
          min: money(offer.salaryMin),
          max: money(offer.salaryMax),
          period,
        })
      : offer.salaryMin != null
        ? t('metiers_offers.preview.salaryFrom', { min: money(offer.salaryMin), period })
        : offer.salaryMax != null
          ? t('metiers_offers.preview.salaryUpTo', { max: money(offer.salaryMax), period })
          : null
  const facts = [
    labels.contract(offer.contract) +
      (offer.contractMonths
        ? ` · ${t('metiers_offers.preview.months', { count: offer.contractMonths })}`
        : ''),
    labels.workTime(offer.workTime) +
      (offer.weeklyHours ? ` · ${t('metiers_offers.preview.hours', { hours: offer.weeklyHours })}` : ''),
    ...offer.patterns.map(labels.pattern),
    ...perkKeys.filter((k) => offer[k]).map(labels.perk),
    salary,
    offer.startDate
      ? t('metiers_offers.preview.start', { date: formatDate(offer.startDate, i18n.language) })
      : null,
    offer.publicGrade,
    offer.dveReference ? t('metiers_offers.preview.dve', { reference: offer.dveReference }) : null,
    offer.commune,
  ].filter((f): f is string => Boolean(f))

  return (
    <section className="offer-panel offer-preview" aria-labelledby="offer-preview-title">
      <h2 id="offer-preview-title">{t('metiers_offers.preview.title')}</h2>
      <p className="field__help">{t('metiers_offers.preview.intro')}</p>
      <h3>
        <bdi>{offer.title}</bdi>
      </h3>
      <ul className="offer-preview__facts">
        {facts.map((fact, i) => (
          <li key={i} dir="auto">
            {fact}
          </li>
        ))}
      </ul>
      {offer.scheduleNote ? <p dir="auto">{offer.scheduleNote}</p> : null}
      {/* Cleaned by the server (sanitizeRichText): only a few safe tags remain. */}
      <div
        className="offer-preview__text"
        dir="auto"
        dangerouslySetInnerHTML={{ __html: offer.descriptionHtml }}
      />
      {offer.profileHtml ? (
        <>
          <h3>{t('metiers_offers.preview.profile')}</h3>
          <div
            className="offer-preview__text"
            dir="auto"
            dangerouslySetInnerHTML={{ __html: offer.profileHtml }}
          />
        </>
      ) : null}
    </section>
  )
}

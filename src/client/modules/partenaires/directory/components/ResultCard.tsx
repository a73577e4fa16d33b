import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '../../../../ui/Link'
import { formatDistance, formatOpening, formatRange, useDirectoryLabels } from '../directory.labels'
import type { SearchResult } from '../directory.queries'

/** Text written by the server in French: marked so, for screen readers, when the page is in another language. */
export function French({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  return <span lang={i18n.language === 'fr' ? undefined : 'fr'}>{children}</span>
}

/**
 * The server's sentence about the hours, in French; in another language, today's hours said
 * from their times (the coming closures are listed on the service page).
 */
export function HoursSentence({ hours }: { hours: SearchResult['hours'] }) {
  const { t, i18n } = useTranslation()
  if (i18n.language === 'fr') return <span>{hours.description}</span>
  if (hours.openNow === null) return null
  return (
    <span>
      {hours.today.length > 0
        ? t('directory.hours.today', {
            hours: hours.today.map((r) => formatRange(r, i18n.language)).join(', '),
          })
        : t('directory.hours.closedToday')}
    </span>
  )
}

/** "Ouvert maintenant", "Fermé maintenant" or "Horaires non publiés", with the day's hours. */
export function OpenBadge({ hours }: { hours: SearchResult['hours'] }) {
  const { t } = useTranslation()
  if (hours.openNow === null)
    return <span className="badge badge--muted">{t('directory.hours.unknown')}</span>
  return hours.openNow ? (
    <span className="badge badge--open">{t('directory.hours.openNow')}</span>
  ) : (
    <span className="badge badge--closed">{t('directory.hours.closedNow')}</span>
  )
}

interface ResultCardProps {
  result: SearchResult
  number: number
  href: string
  /** C2's "orienter ici" inside a request, and the like. */
  action?: ReactNode
}

/** One service found: why it matched, when it is open, how far, in which languages, how to be received. */
export function ResultCard({ result, number, href, action }: ResultCardProps) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const { service, structure, place, hours } = result
  const titleId = `resultat-${service.id}`
  return (
    <article className="result" aria-labelledby={titleId}>
      <header className="result__header">
        <span className="result__number" aria-hidden="true">
          {number}
        </span>
        <div>
          <h3 className="result__title" id={titleId}>
            <Link href={href}>
              <span className="visually-hidden">{t('directory.results.number', { n: number })} </span>
              <bdi>{service.name}</bdi>
            </Link>
          </h3>
          <p className="result__structure" dir="auto">
            {structure.name}
          </p>
        </div>
      </header>
      {result.reasons.length > 0 ? (
        <div className="result__why">
          <p className="result__label">{t('directory.results.why')}</p>
          <ul className="result__reasons">
            {result.reasons.map((r, i) => (
              <li key={i}>
                <French>{r.label}</French>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="result__facts">
        <div>
          <dt>{t('directory.results.hours')}</dt>
          <dd>
            <OpenBadge hours={hours} />{' '}
            {hours.onRequestedDay && hours.onRequestedDay.length > 0 ? (
              <span>
                {t('directory.results.onRequestedDay', {
                  hours: hours.onRequestedDay.map((r) => formatRange(r, i18n.language)).join(', '),
                })}
              </span>
            ) : (
              <HoursSentence hours={hours} />
            )}
            {!hours.openNow && hours.nextOpening ? (
              <span className="result__next">
                {' '}
                {t('directory.results.nextOpening', {
                  when: formatOpening(hours.nextOpening, i18n.language),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        {result.distanceMeters !== null ? (
          <div>
            <dt>{t('directory.results.distance')}</dt>
            <dd>{formatDistance(result.distanceMeters, i18n.language)}</dd>
          </div>
        ) : null}
        {place ? (
          <div>
            <dt>{t('directory.results.address')}</dt>
            <dd dir="auto">{place.address}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('directory.results.reception')}</dt>
          <dd>{labels.referralMode(service.referralMode)}</dd>
        </div>
        <div>
          <dt>{t('directory.results.languages')}</dt>
          <dd>{labels.list(service.languages, labels.language)}</dd>
        </div>
        {place && (place.wheelchairAccessible || place.hearingLoop) ? (
          <div>
            <dt>{t('directory.results.accessibility')}</dt>
            <dd>
              {[
                place.wheelchairAccessible ? t('directory.search.wheelchair') : null,
                place.hearingLoop ? t('directory.search.hearingLoop') : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        ) : null}
      </dl>
      {action ? <div className="result__action">{action}</div> : null}
    </article>
  )
}

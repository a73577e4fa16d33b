import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { EventSummaryView } from '../../../../../shared/modules/metiers/events.contract'
import { eventWhen, eventWhere } from './event-format'

/** One event in a list: kind, title, when, where, seats. */
export function EventCard({ event, headingLevel = 3 }: { event: EventSummaryView; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const seats = !event.registrationOpen
    ? t('events.closes')
    : event.seatsLeft === null
      ? t('events.sansLimite')
      : event.seatsLeft === 0
        ? t('events.complet')
        : t('events.places', { count: event.seatsLeft })
  return (
    <li className="pf-card ev-card">
      <p className="ev-card__kind">{t(`events.types.${event.kind}`)}</p>
      <Heading className="pf-card__title" dir="auto">
        <Link href={`/metiers/evenements/${event.slug}`}>{event.title}</Link>
      </Heading>
      <p>
        <time dateTime={event.startsAt}>{eventWhen(event, i18n.language)}</time>
      </p>
      <p dir="auto">
        {eventWhere(event, t('events.enLigne'))}
        {event.distanceKm !== null ? ` · ${t('events.distance', { km: event.distanceKm })}` : ''}
      </p>
      <p className="small" dir="auto">
        {t('events.organisePar', { name: event.organiserName })}
      </p>
      <p className={event.seatsLeft === 0 && event.registrationOpen ? 'ev-badge ev-badge--full' : 'ev-badge'}>
        {seats}
      </p>
    </li>
  )
}

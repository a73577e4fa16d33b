import { useTranslation } from 'react-i18next'
import type { CampaignEventView } from '../../../../../shared/modules/metiers/campaigns.contract'

const when = (event: CampaignEventView, language: string) =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(event.startsAt))

/** The territory's next events (forums, job dating, open days); shown only when there are some. */
export function CampaignEvents({ events }: { events: CampaignEventView[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="territoire-evenements" className="pf-section">
      <h2 id="territoire-evenements">{t('territoire.evenements')}</h2>
      <ul className="pf-list">
        {events.map((event) => (
          <li key={event.id} className="pf-card">
            <h3 className="pf-card__title" dir="auto">
              {event.href ? <a href={event.href}>{event.title}</a> : event.title}
            </h3>
            <p>
              <time dateTime={event.startsAt}>{when(event, i18n.language)}</time>
            </p>
            {event.place ? <p dir="auto">{event.place}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

import './events.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicEventView } from '../../../../../shared/modules/metiers/events.contract'
import { formatDateTime } from '../../../../app/format'
import { PageState } from '../components/PageState'
import { RichText } from '../components/RichText'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { eventWhen } from './event-format'
import { RegisterForm } from './RegisterForm'
import { Replay } from './Replay'

/** `/metiers/evenements/:slug`: the event, and registering (seat or waiting list), or its replay. */
export function EventPage({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const page = usePageData<PublicEventView>('accueil', `/metiers/evenements/${slug}`, () =>
    portalGet(portalRoutes.metiersEvents.event, { params: { slug } }),
  )
  usePageTitle(page.data?.title ?? t('events.titre'))
  if (!page.data)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  return <EventDetail event={page.data} />
}

function EventDetail({ event }: { event: PublicEventView }) {
  const { t, i18n } = useTranslation()
  const place = event.online
    ? t('events.enLigne')
    : [event.address, `${event.postcode} ${event.commune}`.trim()].filter(Boolean).join(', ')
  return (
    <div className="pf-page ev-page">
      <p>
        <Link href="/metiers/evenements">{t('events.tous')}</Link>
      </p>
      <p className="ev-card__kind">{t(`events.types.${event.kind}`)}</p>
      <h1 dir="auto">{event.title}</h1>
      <p dir="auto">{t('events.organisePar', { name: event.organiserName })}</p>
      <dl className="pf-facts">
        <dt>{t('events.quand')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{eventWhen(event, i18n.language)}</time>
        </dd>
        <dt>{t('events.ou')}</dt>
        <dd dir="auto">{place}</dd>
        {event.audience ? (
          <>
            <dt>{t('events.public')}</dt>
            <dd dir="auto">{event.audience}</dd>
          </>
        ) : null}
        {event.accessibility ? (
          <>
            <dt>{t('events.accessibilite')}</dt>
            <dd dir="auto">{event.accessibility}</dd>
          </>
        ) : null}
        {event.jobs.length ? (
          <>
            <dt>{t('events.metiers')}</dt>
            <dd>
              <ul className="ev-inline-list">
                {event.jobs.map((job) => (
                  <li key={job.id}>
                    <Link href={`/metiers/fiches/${job.slug}`}>{job.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {event.registrationDeadline && event.registrationOpen ? (
          <>
            <dt>{t('events.closes')}</dt>
            <dd>
              {t('events.cloture', { date: formatDateTime(event.registrationDeadline, i18n.language) })}
            </dd>
          </>
        ) : null}
      </dl>
      <RichText html={event.descriptionHtml} />
      {event.past ? (
        <section aria-labelledby="ev-replay" className="pf-section">
          <p className="pf-notice">{t('events.passe')}</p>
          {event.replay ? (
            <Replay replay={event.replay} />
          ) : event.hasReplay ? (
            <>
              <h2 id="ev-replay">{t('events.replay.titre')}</h2>
              <p>{t('events.replay.reserve')}</p>
            </>
          ) : null}
        </section>
      ) : event.registrationOpen ? (
        <RegisterForm event={event} />
      ) : (
        <p className="pf-notice">{t('events.closes')}</p>
      )}
    </div>
  )
}

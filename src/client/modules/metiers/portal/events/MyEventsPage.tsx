import './events.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { MyEventsView } from '../../../../../shared/modules/metiers/events.contract'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { eventWhen, eventWhere } from './event-format'

/** `/metiers/compte/evenements`: the signed-in candidate's registrations, newest event first. */
export function MyEventsPage() {
  const { t, i18n } = useTranslation()
  const page = usePageData<MyEventsView>('compte', '/metiers/compte/evenements', () =>
    portalGet(portalRoutes.metiersEvents.myEvents, {}),
  )
  usePageTitle(t('events.mesEvenements.titre'))
  if (page.error?.status === 401) {
    return (
      <div className="pf-page">
        <h1>{t('events.mesEvenements.titre')}</h1>
        <p>
          <Link href="/metiers/compte/connexion">{t('compte.connexion.titre')}</Link>
        </p>
      </div>
    )
  }
  if (!page.data)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  const { registrations } = page.data
  return (
    <div className="pf-page ev-page">
      <h1>{t('events.mesEvenements.titre')}</h1>
      {registrations.length === 0 ? (
        <p>{t('events.mesEvenements.aucun')}</p>
      ) : (
        <ul className="pf-list ev-list">
          {registrations.map((r) => (
            <li key={r.id} className="pf-card ev-card">
              <p className="ev-card__kind">{t(`events.types.${r.event.kind}`)}</p>
              <h2 className="pf-card__title" dir="auto">
                <Link href={`/metiers/evenements/${r.event.slug}`}>{r.event.title}</Link>
              </h2>
              <p>
                <time dateTime={r.event.startsAt}>{eventWhen(r.event, i18n.language)}</time>
              </p>
              <p dir="auto">{eventWhere(r.event, t('events.enLigne'))}</p>
              <p className="ev-badge">{t(`events.mesEvenements.etat.${r.state}`)}</p>
              <p>
                <Link href={r.managePath}>{t('events.mesEvenements.gerer')}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/metiers/evenements">{t('events.mesEvenements.voir')}</Link>
      </p>
    </div>
  )
}

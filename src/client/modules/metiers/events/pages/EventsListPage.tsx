import { useTranslation } from 'react-i18next'
import { metiersEventsContract as eventsApi } from '../../../../../shared/modules/metiers/events.contract'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import '../events.css'

/** The organisation's events with their registrations counted, and the ways to create one or a series. */
export function EventsListPage() {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(eventsApi.organiserList, {}))
  return (
    <Page title={t('metiers_events.list.title')} intro={t('metiers_events.list.intro')}>
      <p className="ev-actions">
        <Link href="/edition/evenements/nouveau" className="button button--primary">
          {t('metiers_events.list.create')}
        </Link>
        <Link href="/edition/evenements/serie" className="button">
          {t('metiers_events.list.createSeries')}
        </Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {loaded.data ? (
        <Table
          caption={t('metiers_events.list.caption')}
          columns={[
            t('metiers_events.list.event'),
            t('metiers_events.list.when'),
            t('metiers_events.list.state'),
            t('metiers_events.list.registered'),
            t('metiers_events.list.waiting'),
            t('metiers_events.list.present'),
          ]}
          isEmpty={loaded.data.events.length === 0}
          empty={t('metiers_events.list.empty')}
        >
          {loaded.data.events.map((event) => (
            <tr key={event.id}>
              <td>
                <Link href={`/edition/evenements/${event.id}`}>
                  <bdi>{event.title}</bdi>
                </Link>
                <span className="small muted">
                  {' '}
                  · {event.online ? t('metiers_events.list.online') : <bdi>{event.commune}</bdi>}
                </span>
              </td>
              <td>{formatDateTime(event.startsAt, i18n.language)}</td>
              <td>{event.published ? t('metiers_events.list.published') : t('metiers_events.list.draft')}</td>
              <td>
                {event.counts.registered}
                {event.capacity !== null ? ` / ${event.capacity}` : ''}
              </td>
              <td>{event.counts.waiting}</td>
              <td>{event.counts.present}</td>
            </tr>
          ))}
        </Table>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

import { useTranslation } from 'react-i18next'
import { metiersEventsContract as eventsApi } from '../../../../../shared/modules/metiers/events.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { EventDetailPage } from './EventDetailPage'
import { EventFormPage } from './EventFormPage'

/** Loads one of the organisation's events, then shows it or its form. */
export function LoadedEvent({ id, edit }: { id: string; edit: boolean }) {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(eventsApi.organiserEvent, { params: { id } }))
  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!loaded.data) return <p className="loading">{t('common.loading')}</p>
  return edit ? (
    <EventFormPage key={id} mode={{ kind: 'edit', event: loaded.data }} />
  ) : (
    <EventDetailPage key={id} initial={loaded.data} />
  )
}

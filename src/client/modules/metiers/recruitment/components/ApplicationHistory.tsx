import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../../app/format'
import { useRecruitmentLabels } from '../recruitment.labels'
import type { ApplicationDetail } from '../recruitment.queries'

type Event = ApplicationDetail['history'][number]

/** Events in time order: what happened, when, by whom, and the message sent with a status change. */
export function ApplicationHistory({ events }: { events: Event[] }) {
  const { t, i18n } = useTranslation()
  const labels = useRecruitmentLabels()
  return (
    <ol className="rc-history">
      {events.map((e) => (
        <li key={e.id} className="rc-history__item">
          <span className="rc-history__when muted">
            {formatDateTime(e.at, i18n.language)}
            {e.author ? (
              <>
                {' '}
                {t('metiers_recruitment.detail.by', { name: '' })}
                <bdi>{e.author.displayName}</bdi>
              </>
            ) : null}
          </span>
          <strong>
            {e.kind === 'statut' && e.status
              ? t('metiers_recruitment.detail.events.statut', { status: labels.status(e.status) })
              : t(`metiers_recruitment.detail.events.${e.kind}`)}
          </strong>
          {e.kind === 'note' || (e.text && e.kind !== 'statut') ? (
            <p className="rc-message">{e.text}</p>
          ) : null}
          {e.messageSent ? (
            <details>
              <summary>{t('metiers_recruitment.detail.sentMessage')}</summary>
              <p className="rc-message">{e.messageSent}</p>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

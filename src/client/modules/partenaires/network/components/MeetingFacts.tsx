import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../../app/format'

/** When and where a meeting takes place, and its seats. */
export function MeetingFacts({
  startsAt,
  endsAt,
  location,
  capacity,
  registered,
}: {
  startsAt: string
  endsAt: string
  location: string
  capacity: number | null
  registered?: number
}) {
  const { t, i18n } = useTranslation()
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: 'Europe/Paris' })
  return (
    <dl className="facts">
      <dt>{t('reseau.meetings.when')}</dt>
      <dd>
        {formatDateTime(startsAt, i18n.language)} – {time.format(new Date(endsAt))}
      </dd>
      <dt>{t('reseau.meetings.where')}</dt>
      <dd>
        <bdi>{location}</bdi>
      </dd>
      {registered !== undefined ? (
        <>
          <dt>{t('reseau.meetings.seats')}</dt>
          <dd>
            {capacity === null
              ? t('reseau.meetings.seatsOpen', { taken: registered })
              : t('reseau.meetings.seatsLine', { taken: registered, capacity })}
          </dd>
        </>
      ) : null}
    </dl>
  )
}

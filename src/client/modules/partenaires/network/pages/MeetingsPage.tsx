import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { formatDateTime } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Table } from '../../../../ui/Table'
import { useLoadFor } from '../../orientations/useLoadFor'
import { MeetingForm } from '../components/MeetingForm'
import { networkApi, useNetworkLabels } from '../network.queries'
import '../network.css'

type Period = 'a_venir' | 'passees'

/** The network's meetings, upcoming or past, and a form to create one. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation()
  const labels = useNetworkLabels()
  const { session } = useSession()
  const [, navigate] = useLocation()
  const [period, setPeriod] = useState<Period>('a_venir')
  const meetings = useLoadFor(period, (p) => call(networkApi.meetings, { query: { period: p } }))
  return (
    <Page title={t('reseau.meetings.title')} intro={t('reseau.meetings.intro')}>
      <div className="card">
        <RadioGroup
          label={t('reseau.meetings.period')}
          name="period"
          inline
          options={[
            { id: 'a_venir', label: t('reseau.meetings.upcoming') },
            { id: 'passees', label: t('reseau.meetings.past') },
          ]}
          value={period}
          onChange={(v) => setPeriod(v === 'passees' ? 'passees' : 'a_venir')}
        />
      </div>
      {meetings.error ? <Alert tone="error">{meetings.error}</Alert> : null}
      {meetings.data ? (
        <Table
          caption={period === 'a_venir' ? t('reseau.meetings.upcoming') : t('reseau.meetings.past')}
          columns={[
            t('reseau.meetings.when'),
            t('reseau.meetings.titleField'),
            t('reseau.meetings.invitations'),
            t('reseau.meetings.minutes'),
          ]}
          isEmpty={meetings.data.length === 0}
          empty={t('reseau.meetings.none')}
        >
          {meetings.data.map((m) => (
            <tr key={m.id}>
              <td>{formatDateTime(m.startsAt, i18n.language)}</td>
              <td>
                <Link href={`/reseau/reunions/${m.id}`}>
                  <bdi>{m.title}</bdi>
                </Link>
                <span className="small muted line">{labels.kind(m.kind)}</span>
              </td>
              <td>
                {t('reseau.meetings.answersLine', {
                  invited: m.invited,
                  registered: m.registered,
                  excused: m.excused,
                })}
              </td>
              <td>{m.minutesPublished ? t('reseau.meetings.minutesYes') : t('reseau.meetings.minutesNo')}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      {canAccess(networkApi.createMeeting.access, session) ? (
        <section className="card" aria-labelledby="nouvelle-reunion">
          <h2 id="nouvelle-reunion">{t('reseau.meetings.create')}</h2>
          <MeetingForm onCreated={(m) => navigate(`/reseau/reunions/${m.id}`)} />
        </section>
      ) : null}
    </Page>
  )
}

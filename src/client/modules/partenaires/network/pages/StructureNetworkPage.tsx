import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { networkApi, useNetworkLabels } from '../network.queries'
import '../network.css'

/** One structure's life in the network: freshness of its entries, charter signatures, meetings. */
export function StructureNetworkPage() {
  const { t, i18n } = useTranslation()
  const labels = useNetworkLabels()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(networkApi.structureNetwork, { params: { id } }))
  const day = (iso: string) => formatDate(iso, i18n.language)
  const view = loaded.data
  if (loaded.error && !view) {
    return (
      <Page title={t('reseau.structure.title')}>
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    )
  }
  if (!view) return <p className="loading">{t('common.loading')}</p>
  return (
    <Page title={view.name}>
      <p>
        <Link href="/reseau/charte">{t('reseau.nav.charter')}</Link> ·{' '}
        <Link href="/reseau/reunions">{t('reseau.nav.meetings')}</Link>
      </p>
      <section className="card" aria-labelledby="fraicheur">
        <h2 id="fraicheur">{t('reseau.structure.entries')}</h2>
        <dl className="facts">
          <dt>{t('reseau.entries.confirmedAt')}</dt>
          <dd>{day(view.confirmedAt)}</dd>
          <dt>{t('reseau.entries.staleSince')}</dt>
          <dd>
            {day(view.staleSince)}
            {view.stale ? ` — ${t('reseau.structure.stale')}` : ''}
          </dd>
          <dt>{t('reseau.entries.remindedAt')}</dt>
          <dd>{view.remindedAt ? day(view.remindedAt) : t('reseau.entries.never')}</dd>
          <dt>{t('reseau.entries.account')}</dt>
          <dd>
            {view.hasPartnerAccount ? t('reseau.entries.withAccount') : t('reseau.entries.withoutAccount')}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="charte">
        <h2 id="charte">{t('reseau.charter.signatures')}</h2>
        <p>
          {view.signedCurrent
            ? t('reseau.structure.signedCurrent', { version: view.currentCharterVersion })
            : t('reseau.structure.notSignedCurrent')}
        </p>
        {view.signatures.length > 0 ? (
          <ul className="entries">
            {view.signatures.map((s) => (
              <li key={s.charterId} className="entry">
                {t('reseau.charter.version', { version: s.version })} — <bdi>{s.signatoryName}</bdi>,{' '}
                {day(s.signedAt)} ({t(`reseau.charter.methods.${s.method}`)})
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card" aria-labelledby="reunions">
        <h2 id="reunions">{t('reseau.nav.meetings')}</h2>
        <p>
          {t('reseau.structure.attendance', { attended: view.attendedCount, invited: view.invitedCount })}
        </p>
        <Table
          caption={t('reseau.structure.meetingsCaption')}
          columns={[
            t('reseau.meetings.when'),
            t('reseau.meetings.titleField'),
            t('reseau.meetings.response'),
            t('reseau.meetings.attended'),
          ]}
          isEmpty={view.meetings.length === 0}
          empty={t('reseau.meetings.none')}
        >
          {view.meetings.map((m) => (
            <tr key={m.meetingId}>
              <td>{day(m.startsAt)}</td>
              <td>
                <Link href={`/reseau/reunions/${m.meetingId}`}>
                  <bdi>{m.title}</bdi>
                </Link>
                <span className="small muted line">{labels.kind(m.kind)}</span>
              </td>
              <td>{labels.response(m.response)}</td>
              <td>
                {m.attended === null ? '—' : m.attended ? t('reseau.meetings.yes') : t('reseau.meetings.no')}
              </td>
            </tr>
          ))}
        </Table>
      </section>
    </Page>
  )
}

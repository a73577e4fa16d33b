import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../api'
import { isolate } from '../../../app/bidi'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Page } from '../../../ui/Page'
import { Table } from '../../../ui/Table'
import { formatCivilDate, formatNumber, formatShare, useAccueilLabels } from '../accueil.labels'
import { accueilApi, type Commitments } from '../accueil.queries'
import { CommitmentsChart } from '../components/CommitmentsChart'
import { PublicIdentity } from '../components/PublicIdentity'
import '../accueil.css'

function Results({ data }: { data: Commitments }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const days = (n: number) => t('accueil.commitments.days', { count: n, n: formatNumber(n, i18n.language) })
  return (
    <>
      <p>
        {t('accueil.commitments.period', {
          from: formatCivilDate(data.from, i18n.language, false),
          to: formatCivilDate(data.to, i18n.language, false),
        })}
      </p>
      <Table
        caption={t('accueil.commitments.caption')}
        columns={[
          t('accueil.fields.channel'),
          t('accueil.commitments.announced'),
          t('accueil.commitments.received'),
          t('accueil.commitments.due'),
          t('accueil.commitments.withinDelay'),
          t('accueil.commitments.share'),
          t('accueil.commitments.median'),
        ]}
      >
        {data.channels.map((c) => (
          <tr key={c.channel}>
            <th scope="row">{labels.channel(c.channel)}</th>
            <td>{c.workingDays === 0 ? t('accueil.commitments.sameDay') : days(c.workingDays)}</td>
            <td>{formatNumber(c.received, i18n.language)}</td>
            <td>{formatNumber(c.due, i18n.language)}</td>
            <td>{formatNumber(c.answeredWithinDelay, i18n.language)}</td>
            <td>
              {c.shareWithinDelay === null
                ? t('accueil.commitments.noData')
                : formatShare(c.shareWithinDelay, i18n.language)}
            </td>
            <td>
              {c.medianWorkingDays === null ? t('accueil.commitments.noData') : days(c.medianWorkingDays)}
            </td>
          </tr>
        ))}
      </Table>
      <section className="card" aria-labelledby="graphique">
        <h2 id="graphique">{t('accueil.commitments.chartTitle')}</h2>
        <CommitmentsChart data={data} />
      </section>
      <section aria-labelledby="lecture">
        <h2 id="lecture">{t('accueil.commitments.howTitle')}</h2>
        <ul className="plain-list">
          <li>{t('accueil.commitments.howWorkingDays')}</li>
          <li>{t('accueil.commitments.howShare')}</li>
          <li>{t('accueil.commitments.howMedian')}</li>
        </ul>
      </section>
    </>
  )
}

/** Public page: the delays announced per channel and the results of the last 12 months. */
export function CommitmentsPage() {
  const { t } = useTranslation()
  const { organisationId } = useParams<{ organisationId: string }>()
  const loaded = useLoad(() => call(accueilApi.commitments, { params: { organisationId } }))
  const data = loaded.data
  return (
    <PublicIdentity identity={data?.organisation ?? null}>
      <Page
        title={
          data
            ? t('accueil.commitments.title', { name: isolate(data.organisation.name) })
            : t('accueil.commitments.titleShort')
        }
        intro={t('accueil.commitments.intro')}
      >
        {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
        {data ? (
          <Results data={data} />
        ) : loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
        <p>
          <a className="link" href={`/contact/${organisationId}`}>
            {t('accueil.commitments.contact')}
          </a>
        </p>
      </Page>
    </PublicIdentity>
  )
}

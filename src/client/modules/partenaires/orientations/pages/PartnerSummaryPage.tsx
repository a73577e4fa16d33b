import { useTranslation } from 'react-i18next'
import {
  referralStatuses,
  type ReferralSummaryRow,
} from '../../../../../shared/modules/partenaires/referrals.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { BarChart } from '../../../domiciliation/desk/components/BarChart'
import { formatMonth, useOrientationLabels } from '../orientations.labels'
import { referralsApi } from '../orientations.queries'
import '../../../domiciliation/desk/desk.css'
import '../orientations.css'

/** Orientations per month over every partner, oldest month first. */
function monthsOf(rows: readonly ReferralSummaryRow[]) {
  const byMonth = new Map<string, number>()
  for (const row of rows)
    for (const m of row.byMonth) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.count)
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b))
}

/** One direction of the summary (sent to partners, or received from organisations): table and chart. */
function SummaryTable({ rows, caption }: { rows: readonly ReferralSummaryRow[]; caption: string }) {
  const { t, i18n } = useTranslation()
  const labels = useOrientationLabels()
  const months = monthsOf(rows)
  return (
    <>
      <Table
        caption={caption}
        columns={[
          t('orientations.fields.partner'),
          t('orientations.summary.total'),
          ...referralStatuses.map(labels.status),
        ]}
        isEmpty={rows.length === 0}
        empty={t('orientations.summary.none')}
      >
        {rows.map((row) => (
          <tr key={row.counterpart.id}>
            <th scope="row">
              <bdi>{row.counterpart.name}</bdi>
            </th>
            <td>{row.total}</td>
            {referralStatuses.map((s) => (
              <td key={s}>{row.byStatus[s] ?? 0}</td>
            ))}
          </tr>
        ))}
      </Table>
      {months.length > 0 ? (
        <BarChart
          title={t('orientations.summary.monthsCaption')}
          bars={months.map(([month, count]) => ({ label: formatMonth(month, i18n.language), value: count }))}
        />
      ) : null}
    </>
  )
}

/** Per partner: how many orientations it received from us (and sent us), by state and by month. */
export function PartnerSummaryPage() {
  const { t } = useTranslation()
  const summary = useLoad(() => call(referralsApi.summary, {}))
  return (
    <Page title={t('orientations.summary.title')} intro={t('orientations.summary.intro')}>
      {summary.error ? <Alert tone="error">{summary.error}</Alert> : null}
      {summary.data ? (
        <>
          <section className="card" aria-labelledby="bilan-envoyees">
            <h2 id="bilan-envoyees">{t('orientations.summary.sent')}</h2>
            <SummaryTable rows={summary.data.sent} caption={t('orientations.summary.caption')} />
          </section>
          {summary.data.received.length > 0 ? (
            <section className="card" aria-labelledby="bilan-recues">
              <h2 id="bilan-recues">{t('orientations.summary.received')}</h2>
              <SummaryTable
                rows={summary.data.received}
                caption={t('orientations.summary.receivedCaption')}
              />
            </section>
          ) : null}
        </>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

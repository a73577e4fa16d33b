import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  referralStatuses,
  type ReferralStatus,
} from '../../../../../shared/modules/partenaires/referrals.contract'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Table } from '../../../../ui/Table'
import { Pager } from '../components/Pager'
import { ReferralStatusBadge } from '../components/ReferralStatusBadge'
import { isReferralStatus, useOrientationLabels } from '../orientations.labels'
import { referralsApi } from '../orientations.queries'
import { useLoadFor } from '../useLoadFor'
import '../orientations.css'

const ALL = 'toutes'

/** How many orientations the partner received in each state, summed over the sending organisations. */
function useReceivedCounts() {
  const summary = useLoad(() => call(referralsApi.summary, {}))
  const counts = Object.fromEntries(referralStatuses.map((s) => [s, 0])) as Record<ReferralStatus, number>
  let total = 0
  for (const row of summary.data?.received ?? []) {
    total += row.total
    for (const s of referralStatuses) counts[s] += row.byStatus[s] ?? 0
  }
  return { counts, total, ready: summary.data !== null }
}

/** The partner's inbox: orientations received, newest first, filtered by state, with counts. */
export function ReceivedReferralsPage() {
  const { t, i18n } = useTranslation()
  const labels = useOrientationLabels()
  const [status, setStatus] = useState<string>(ALL)
  const [page, setPage] = useState(1)
  const counts = useReceivedCounts()
  const list = useLoadFor({ status, page }, (k) =>
    call(referralsApi.received, {
      query: { status: isReferralStatus(k.status) ? k.status : undefined, page: k.page },
    }),
  )
  const options = [
    {
      id: ALL,
      label: counts.ready
        ? t('orientations.inbox.allCount', { count: counts.total })
        : t('orientations.inbox.all'),
    },
    ...referralStatuses.map((s) => ({
      id: s,
      label: counts.ready ? `${labels.status(s)} (${counts.counts[s]})` : labels.status(s),
    })),
  ]
  const data = list.data
  return (
    <Page title={t('orientations.inbox.title')} intro={t('orientations.inbox.intro')}>
      <div className="card">
        <RadioGroup
          label={t('orientations.inbox.filter')}
          name="status"
          options={options}
          value={status}
          onChange={(v) => {
            setStatus(v)
            setPage(1)
          }}
          inline
        />
      </div>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {data ? (
        <>
          <Table
            caption={t('orientations.inbox.caption')}
            columns={[
              t('orientations.fields.sentAt'),
              t('orientations.fields.status'),
              t('orientations.fields.service'),
              t('orientations.fields.from'),
            ]}
            isEmpty={data.items.length === 0}
            empty={t('orientations.inbox.none')}
          >
            {data.items.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/partenaire/orientations/${r.id}`}>
                    {formatDateTime(r.createdAt, i18n.language)}
                    <span className="visually-hidden"> — {r.service.name}</span>
                  </Link>
                </td>
                <td>
                  <ReferralStatusBadge status={r.status} />
                </td>
                <td>
                  <bdi>{r.service.name}</bdi>
                </td>
                <td>
                  <bdi>{r.sender.organisation.name}</bdi>
                </td>
              </tr>
            ))}
          </Table>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

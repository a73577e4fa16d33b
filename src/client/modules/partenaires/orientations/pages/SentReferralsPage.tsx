import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { referralStatuses } from '../../../../../shared/modules/partenaires/referrals.contract'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { Pager } from '../components/Pager'
import { ReferralStatusBadge } from '../components/ReferralStatusBadge'
import { isReferralStatus, useOrientationLabels } from '../orientations.labels'
import { referralsApi } from '../orientations.queries'
import { useLoadFor } from '../useLoadFor'
import '../orientations.css'

const ALL = 'toutes'
const STALE = 'sans_nouvelles'

/** Orientations sent by the organisation, newest first, by state, partner, or still without news. */
export function SentReferralsPage() {
  const { t, i18n } = useTranslation()
  const labels = useOrientationLabels()
  const [status, setStatus] = useState<string | null>(ALL)
  const [partner, setPartner] = useState<string | null>(ALL)
  const [page, setPage] = useState(1)
  const partners = useLoad(() => call(referralsApi.summary, {}))
  const list = useLoadFor({ status, partner, page }, (k) =>
    call(referralsApi.sent, {
      query: {
        status: isReferralStatus(k.status) ? k.status : undefined,
        stale: k.status === STALE ? 'true' : undefined,
        structureId: k.partner && k.partner !== ALL ? k.partner : undefined,
        page: k.page,
      },
    }),
  )
  const statusOptions = [
    { id: ALL, label: t('orientations.inbox.all') },
    { id: STALE, label: t('orientations.sent.stale') },
    ...referralStatuses.map((s) => ({ id: s, label: labels.status(s) })),
  ]
  const partnerOptions = [
    { id: ALL, label: t('orientations.sent.allPartners') },
    ...(partners.data?.sent ?? []).map((row) => ({ id: row.counterpart.id, label: row.counterpart.name })),
  ]
  const data = list.data
  return (
    <Page title={t('orientations.sent.title')} intro={t('orientations.sent.intro')}>
      <div className="card form form--filters" role="group" aria-label={t('orientations.sent.filters')}>
        <Select
          label={t('orientations.fields.status')}
          options={statusOptions}
          value={status}
          onChange={(v) => {
            setStatus(v)
            setPage(1)
          }}
        />
        <Select
          label={t('orientations.sent.partner')}
          options={partnerOptions}
          value={partner}
          onChange={(v) => {
            setPartner(v)
            setPage(1)
          }}
        />
      </div>
      <p>
        <Link href="/orientations/partenaires">{t('orientations.nav.partners')}</Link>
      </p>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {data ? (
        <>
          <Table
            caption={t('orientations.sent.caption')}
            columns={[
              t('orientations.fields.sentAt'),
              t('orientations.fields.partner'),
              t('orientations.fields.request'),
              t('orientations.fields.status'),
            ]}
            isEmpty={data.items.length === 0}
            empty={t('orientations.sent.none')}
          >
            {data.items.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt, i18n.language)}</td>
                <td>
                  <bdi>{r.structure.name}</bdi>
                  <span className="small muted line">
                    <bdi>{r.service.name}</bdi>
                  </span>
                </td>
                <td>
                  {r.requestId && r.requestReference ? (
                    <Link href={`/demandes/${r.requestId}`}>{r.requestReference}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <ReferralStatusBadge status={r.status} />
                  {r.stale ? <span className="small line">{t('orientations.sent.staleShort')}</span> : null}
                  {r.statusReason ? (
                    <span className="small line" dir="auto">
                      {r.statusReason}
                    </span>
                  ) : null}
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

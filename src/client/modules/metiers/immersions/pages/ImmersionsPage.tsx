import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  immersionStates,
  type ImmersionState,
} from '../../../../../shared/modules/metiers/immersions.constants'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { immersionsApi, newOfferHref, offerHref, requestHref } from '../immersions.queries'
import '../immersions.css'

/** The host's immersions: its offers, and the requests received with their state. */
export function ImmersionsPage() {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<ImmersionState | null>(null)
  const offers = useLoad(() => call(immersionsApi.listOffers, {}))
  const requests = useLoad(() => call(immersionsApi.listRequests, { query: state ? { state } : {} }))
  const reloadRequests = requests.reload
  useEffect(() => {
    void reloadRequests()
  }, [state, reloadRequests])
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, i18n.language)
  const period = (from: string, to: string) =>
    t('metiers_immersions.period', { from: day(from), to: day(to) })

  return (
    <Page title={t('metiers_immersions.title')} intro={t('metiers_immersions.intro')}>
      <section className="stack" aria-labelledby="im-offers">
        <div className="im-heading">
          <h2 id="im-offers">{t('metiers_immersions.offers')}</h2>
          <Link href={newOfferHref} className="button button--primary">
            {t('metiers_immersions.newOffer')}
          </Link>
        </div>
        {offers.error ? <Alert tone="error">{offers.error}</Alert> : null}
        <Table
          caption={t('metiers_immersions.offers')}
          columns={[
            t('metiers_immersions.col.title'),
            t('metiers_immersions.col.dates'),
            t('metiers_immersions.col.capacity'),
            t('metiers_immersions.col.waiting'),
            t('metiers_immersions.col.accepted'),
            t('metiers_immersions.col.published'),
          ]}
          isEmpty={offers.data?.length === 0}
          empty={t('metiers_immersions.noOffers')}
        >
          {offers.data?.map((o) => (
            <tr key={o.id}>
              <td>
                <Link href={offerHref(o.id)}>{o.title}</Link>
                <br />
                <span className="small muted">
                  {isolate(o.job.title)} · {o.commune}
                </span>
              </td>
              <td>{period(o.availableFrom, o.availableTo)}</td>
              <td>{o.capacity}</td>
              <td>{o.waiting}</td>
              <td>{o.accepted}</td>
              <td>{o.published ? t('metiers_immersions.published') : t('metiers_immersions.draft')}</td>
            </tr>
          ))}
        </Table>
      </section>

      <section className="stack" aria-labelledby="im-requests">
        <h2 id="im-requests">{t('metiers_immersions.requests')}</h2>
        <div className="im-filter">
          <Select
            label={t('metiers_immersions.filterState')}
            name="state"
            options={[
              { id: 'toutes', label: t('metiers_immersions.allStates') },
              ...immersionStates.map((s) => ({ id: s, label: t(`metiers_immersions.states.${s}`) })),
            ]}
            value={state ?? 'toutes'}
            onChange={(v) => setState(immersionStates.find((s) => s === v) ?? null)}
          />
        </div>
        {requests.error ? <Alert tone="error">{requests.error}</Alert> : null}
        <Table
          caption={t('metiers_immersions.requests')}
          columns={[
            t('metiers_immersions.col.person'),
            t('metiers_immersions.col.title'),
            t('metiers_immersions.col.requested'),
            t('metiers_immersions.col.state'),
          ]}
          isEmpty={requests.data?.length === 0}
          empty={t('metiers_immersions.noRequests')}
        >
          {requests.data?.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={requestHref(r.id)}>{isolate(`${r.firstName} ${r.lastName}`)}</Link>
              </td>
              <td>{r.offer.title}</td>
              <td>{period(r.startDate, r.endDate)}</td>
              <td>
                <span className={`im-state im-state--${r.state}`}>
                  {t(`metiers_immersions.states.${r.state}`)}
                </span>
                {r.outcomeDue ? <span className="small"> · {t('metiers_immersions.outcomeDue')}</span> : null}
              </td>
            </tr>
          ))}
        </Table>
      </section>
    </Page>
  )
}

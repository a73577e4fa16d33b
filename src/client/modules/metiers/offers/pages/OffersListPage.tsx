import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { offerStates, type OfferState } from '../../../../../shared/modules/metiers/metiers.constants'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'
import { useOfferLabels } from '../offers.labels'
import { newOfferHref, offerHref, offersApi, offersHref } from '../offers.queries'

interface Filters {
  q: string
  state: OfferState | ''
  page: number
}

const knownState = (v: string | null): OfferState | '' =>
  (offerStates as readonly string[]).includes(v ?? '') ? (v as OfferState) : ''

function filtersOf(search: string): Filters {
  const p = new URLSearchParams(search)
  const page = Number(p.get('page'))
  return {
    q: p.get('q') ?? '',
    state: knownState(p.get('etat')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

function searchOf(f: Filters): string {
  const p = new URLSearchParams()
  if (f.q) p.set('q', f.q)
  if (f.state) p.set('etat', f.state)
  if (f.page > 1) p.set('page', String(f.page))
  return p.toString()
}

/** The organisation's offers, by state, with what can be done next. */
export function OffersListPage() {
  const { t, i18n } = useTranslation()
  const labels = useOfferLabels()
  const search = useSearch()
  const [, navigate] = useLocation()
  const filters = filtersOf(search)
  const [draft, setDraft] = useState(filters)
  useEffect(() => setDraft(filtersOf(search)), [search])
  const form = useApiForm()
  const list = useLoad(() =>
    call(offersApi.listOffers, {
      query: { q: filters.q || undefined, state: filters.state || undefined, page: filters.page },
    }),
  )
  const { reload } = list
  useEffect(() => {
    void reload()
  }, [search, reload])
  const go = (f: Filters) => {
    const q = searchOf(f)
    navigate(q ? `${offersHref}?${q}` : offersHref)
  }
  const data = list.data
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1
  const stateOptions = [
    { id: '', label: t('metiers_offers.list.all') },
    ...offerStates.map((s) => ({
      id: s,
      label: data ? `${labels.state(s)} (${data.counts[s] ?? 0})` : labels.state(s),
    })),
  ]

  return (
    <Page title={t('metiers_offers.list.title')} intro={t('metiers_offers.list.intro')}>
      <div className="form__actions">
        <Link href={newOfferHref} className="button button--primary">
          {t('metiers_offers.list.new')}
        </Link>
      </div>
      <Form
        state={form}
        onSubmit={() => go({ ...draft, page: 1 })}
        label={t('metiers_offers.list.filters')}
        className="form form--filters"
      >
        <TextField
          label={t('metiers_offers.list.q')}
          name="q"
          type="search"
          value={draft.q}
          onChange={(q) => setDraft({ ...draft, q })}
        />
        <Select
          label={t('metiers_offers.list.state')}
          name="state"
          options={stateOptions}
          value={draft.state}
          onChange={(v) => setDraft({ ...draft, state: knownState(v) })}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('metiers_offers.list.filter')}
          </Button>
        </div>
      </Form>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {data ? (
        <>
          <p role="status">{t('metiers_offers.list.count', { count: data.total })}</p>
          <Table
            caption={t('metiers_offers.list.caption')}
            columns={[
              t('metiers_offers.list.columns.title'),
              t('metiers_offers.list.columns.state'),
              t('metiers_offers.list.columns.contract'),
              t('metiers_offers.list.columns.commune'),
              t('metiers_offers.list.columns.expires'),
            ]}
            isEmpty={data.items.length === 0}
            empty={t('metiers_offers.list.empty')}
          >
            {data.items.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link href={offerHref(o.id)}>
                    <bdi>{o.title}</bdi>
                  </Link>
                </th>
                <td>
                  <span className={`badge${o.state === 'publiee' ? '' : ' badge--muted'}`}>
                    {labels.state(o.state)}
                  </span>
                </td>
                <td>{labels.contract(o.contract)}</td>
                <td dir="auto">{o.commune}</td>
                <td>{o.expiresAt && o.state === 'publiee' ? formatDate(o.expiresAt, i18n.language) : '—'}</td>
              </tr>
            ))}
          </Table>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('metiers_offers.list.pages')}>
              <Button
                isDisabled={filters.page <= 1}
                onPress={() => go({ ...filters, page: filters.page - 1 })}
              >
                {t('metiers_offers.list.previous')}
              </Button>
              <span>{t('metiers_offers.list.page', { page: filters.page, pages })}</span>
              <Button
                isDisabled={filters.page >= pages}
                onPress={() => go({ ...filters, page: filters.page + 1 })}
              >
                {t('metiers_offers.list.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : list.error ? null : (
        <p className="loading">{t('metiers_offers.loading')}</p>
      )}
    </Page>
  )
}

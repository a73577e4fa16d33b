import { useCallback, useEffect, useState } from 'react'
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { isOpen } from '../../../../shared/modules/accueil/accueil.constants'
import { queueKinds } from '../../../../shared/modules/accueil/accueil.contract'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { useSession } from '../../../app/session'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { Table } from '../../../ui/Table'
import { isChannel, isState, isTheme, useAccueilLabels } from '../accueil.labels'
import { accueilApi, useOnRequestsChanged, type Counters, type RequestSummary } from '../accueil.queries'
import { DueDate, StateBadge } from '../components/Badges'
import '../accueil.css'

type Queue = (typeof queueKinds)[number]
const isQueue = (v: unknown): v is Queue => queueKinds.some((q) => q === v)
const ALL = 'toutes'
const OPEN = 'ouvertes'

interface Filters {
  state: string
  theme: string
  channel: string
}

/** One queue: filters, then the requests, late ones first, then due soonest (the server's order). */
function QueuePanel({ queue, filters }: { queue: Queue; filters: Filters }) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{
    items: RequestSummary[]
    page: number
    pageSize: number
    total: number
  } | null>(null)
  const state = isState(filters.state) ? filters.state : OPEN
  const theme = isTheme(filters.theme) ? filters.theme : undefined
  const channel = isChannel(filters.channel) ? filters.channel : undefined

  const { run } = form
  const load = useCallback(
    () =>
      run(async () =>
        setResult(await call(accueilApi.list, { query: { queue, state, theme, channel, page } })),
      ),
    [run, queue, state, theme, channel, page],
  )
  useEffect(() => {
    void load()
  }, [load])
  useOnRequestsChanged(
    useCallback(() => {
      void load()
    }, [load]),
  )

  const items = result?.items ?? []
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1
  const filtered = theme !== undefined || channel !== undefined

  return (
    <>
      {form.error ? <Alert tone="error">{form.error.message}</Alert> : null}
      {result ? (
        <>
          <p role="status" className="queue__count">
            {filtered
              ? t('accueil.list.countFiltered', { count: result.total })
              : t('accueil.list.count', { count: result.total })}
          </p>
          <Table
            caption={t(`accueil.list.caption.${queue}`, { page, pages })}
            columns={[
              t('accueil.fields.dueOn'),
              t('accueil.fields.reference'),
              t('accueil.fields.person'),
              t('accueil.fields.channel'),
              t('accueil.fields.themes'),
              t('accueil.fields.state'),
              t('accueil.fields.handledBy'),
            ]}
            isEmpty={items.length === 0}
            empty={t('accueil.list.none')}
          >
            {items.map((r) => (
              <tr key={r.id} className={r.overdue ? 'row--late' : undefined}>
                <td>
                  <DueDate dueOn={r.dueOn} overdue={r.overdue} open={isOpen(r.state)} />
                </td>
                <th scope="row">
                  <Link href={`/demandes/${r.id}`} className="link nowrap">
                    <bdi>{r.reference}</bdi>
                  </Link>
                  {r.subject ? (
                    <span className="small muted line" dir="auto">
                      {r.subject}
                    </span>
                  ) : null}
                </th>
                <td>
                  <bdi>{r.personLabel}</bdi>
                </td>
                <td>{labels.channel(r.channel)}</td>
                <td>{labels.themes(r.themes)}</td>
                <td>
                  <StateBadge state={r.state} />
                </td>
                <td>
                  {r.assignee ? <bdi>{r.assignee.displayName}</bdi> : t('accueil.list.noAssignee')}
                  {r.service ? (
                    <span className="small muted line">
                      <bdi>{r.service.name}</bdi>
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </Table>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('accueil.list.pages')}>
              <Button isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                {t('audit.previous')}
              </Button>
              <span>{t('audit.pageOf', { page, pages })}</span>
              <Button isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
                {t('audit.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </>
  )
}

function TabLabel({ label, open, late }: { label: string; open?: number; late?: number }) {
  const { t } = useTranslation()
  return (
    <>
      {label}
      {open !== undefined ? (
        <>
          {' '}
          <span className="tab__count">{open}</span>
        </>
      ) : null}
      {late ? (
        <>
          {' '}
          <span className="visually-hidden">{t('accueil.counters.of')}</span>{' '}
          <span className="tab__late">{t('accueil.counters.late', { count: late })}</span>
        </>
      ) : null}
    </>
  )
}

/** The reception's queues: mine, my services', and those still to assign. */
export function RequestsPage() {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const { session } = useSession()
  const search = useSearch()
  const [, navigate] = useLocation()
  const file = new URLSearchParams(search).get('file')
  const queue: Queue = isQueue(file) ? file : 'mine'
  const counters = useLoad<Counters>(() => call(accueilApi.counters, {}))
  const { reload } = counters
  useOnRequestsChanged(
    useCallback(() => {
      void reload()
    }, [reload]),
  )
  const [filters, setFilters] = useState<Filters>({ state: OPEN, theme: ALL, channel: ALL })
  const c = counters.data

  const select = (key: Key) => navigate(`/demandes?file=${String(key)}`, { replace: true })

  return (
    <Page title={t('accueil.list.title')} intro={t('accueil.list.intro')}>
      {canAccess(accueilApi.create.access, session) ? (
        <p>
          <Link href="/demandes/nouvelle" className="button button--primary">
            {t('accueil.create.title')}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby="filtres-demandes">
        <h2 id="filtres-demandes">{t('accueil.list.filters')}</h2>
        <div className="form form--filters">
          <Select
            label={t('accueil.fields.state')}
            name="state"
            options={[{ id: OPEN, label: t('accueil.list.openStates') }, ...labels.stateOptions]}
            value={filters.state}
            onChange={(v) => setFilters({ ...filters, state: v ?? OPEN })}
          />
          <Select
            label={t('accueil.fields.theme')}
            name="theme"
            options={[{ id: ALL, label: t('accueil.list.allThemes') }, ...labels.themeOptions]}
            value={filters.theme}
            onChange={(v) => setFilters({ ...filters, theme: v ?? ALL })}
          />
          <Select
            label={t('accueil.fields.channel')}
            name="channel"
            options={[{ id: ALL, label: t('accueil.list.allChannels') }, ...labels.channelOptions]}
            value={filters.channel}
            onChange={(v) => setFilters({ ...filters, channel: v ?? ALL })}
          />
        </div>
      </section>
      <Tabs selectedKey={queue} onSelectionChange={select} className="tabs">
        <TabList aria-label={t('accueil.list.queues')} className="tabs__list">
          <Tab id="mine" className="tabs__tab">
            <TabLabel label={t('accueil.list.tabs.mine')} open={c?.mineOpen} late={c?.mineOverdue} />
          </Tab>
          <Tab id="service" className="tabs__tab">
            <TabLabel label={t('accueil.list.tabs.service')} open={c?.serviceOpen} late={c?.serviceOverdue} />
          </Tab>
          <Tab id="unassigned" className="tabs__tab">
            <TabLabel label={t('accueil.list.tabs.unassigned')} open={c?.unassignedOpen} />
          </Tab>
        </TabList>
        {queueKinds.map((q) => (
          <TabPanel key={q} id={q} className="tabs__panel">
            {/* A new filter starts again from the first page. */}
            <QueuePanel
              key={`${filters.state}-${filters.theme}-${filters.channel}`}
              queue={q}
              filters={filters}
            />
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  )
}

import { useCallback, useEffect, useState } from 'react'
import { Checkbox, Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { followUpClasses } from '../../../../shared/modules/domiciliation/domiciliation.constants'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { isolate } from '../../../app/bidi'
import { formatDate } from '../../../app/format'
import { useSession } from '../../../app/session'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { Table } from '../../../ui/Table'
import { TextField } from '../../../ui/TextField'
import { DeadlineBadge, ExpiryBadge, NoContactBadge, StatusBadge } from '../components/Badges'
import { RadiationFields, useRadiationChoice } from '../components/RadiationFields'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { formatDay, isOneOf } from '../domiciliation.labels'
import {
  decisionsApi,
  fileHref,
  type Counters,
  type FileList,
  type FileSummary,
} from '../domiciliation.queries'
import '../../accueil/accueil.css'
import '../domiciliation.css'

const lists = [...followUpClasses, 'toutes'] as const
type List = (typeof lists)[number]
const isList = isOneOf(lists)

/** The count shown on each tab. */
function countOf(list: List, c: Counters | null): number | undefined {
  if (!c) return undefined
  switch (list) {
    case 'attente_decision':
      return c.attenteDecision
    case 'expire_sous_16_jours':
      return c.expireSous16Jours
    case 'expire_sous_61_jours':
      return c.expireSous61Jours
    case 'expiree':
      return c.expiree
    case 'sans_contact_3_mois':
      return c.sansContact3Mois
    case 'toutes':
      return undefined
  }
}

function TabLabel({ list, counters }: { list: List; counters: Counters | null }) {
  const { t } = useTranslation()
  const count = countOf(list, counters)
  const late = list === 'attente_decision' ? (counters?.deadlinePassed ?? 0) : 0
  return (
    <>
      {t(`domiciliation.home.tabs.${list}`)}
      {count !== undefined ? (
        <>
          {' '}
          <span className="tab__count">{count}</span>
        </>
      ) : null}
      {late ? (
        <>
          {' '}
          <span className="visually-hidden">{t('domiciliation.home.of')}</span>{' '}
          <span className="tab__late">{t('domiciliation.home.late', { count: late })}</span>
        </>
      ) : null}
    </>
  )
}

/** What the row asks of the agent: the pending request's deadline, the lack of contact. */
function ToDo({ file }: { file: FileSummary }) {
  const { t } = useTranslation()
  const items = []
  if (file.pendingRequest)
    items.push(
      <DeadlineBadge
        key="deadline"
        deadlineOn={file.pendingRequest.deadlineOn}
        state={file.pendingRequest.deadline}
      />,
    )
  if (file.followUp.includes('sans_contact_3_mois')) items.push(<NoContactBadge key="contact" />)
  if (items.length === 0) return <span className="muted">{t('domiciliation.home.nothing')}</span>
  return <span className="domi-todo">{items}</span>
}

function Validity({ file }: { file: FileSummary }) {
  const { t, i18n } = useTranslation()
  if (!file.validUntil) return <span className="muted">{t('domiciliation.home.notValid')}</span>
  return (
    <span className="domi-todo">
      <span className="nowrap-sm">
        {t('domiciliation.home.until', { date: formatDay(file.validUntil, i18n.language) })}
      </span>
      {file.status === 'valide' || file.status === 'expiree' ? (
        <ExpiryBadge daysLeft={file.daysUntilExpiry} />
      ) : null}
    </span>
  )
}

interface PanelProps {
  list: List
  q: string
  /** The files chosen for a bulk radiation (the "no contact" list only). */
  selectable: boolean
  version: number
  onRadiated: (count: number) => void
}

/** One follow-up list: the most urgent first (the server's order), by pages. */
function ListPanel({ list, q, selectable, version, onRadiated }: PanelProps) {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<FileList | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [confirming, setConfirming] = useState(false)
  const radiation = useRadiationChoice()

  const { run } = form
  const load = useCallback(
    () =>
      run(async () =>
        setResult(await call(decisionsApi.list, { query: { filter: list, q: q || undefined, page } })),
      ),
    [run, list, q, page],
  )
  useEffect(() => {
    void load()
  }, [load, version])

  const items = result?.items ?? []
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1
  const toggle = (id: string, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)))
  const nameOf = (f: FileSummary) =>
    t('domiciliation.home.rowName', { number: f.fileNumber, name: isolate(f.usager.label) })

  const radiate = async () => {
    const done = await call(decisionsApi.radiateMany, {
      body: { domiciliationIds: chosen, ...radiation.body() },
    })
    setChosen([])
    radiation.reset()
    onRadiated(done.radiated)
  }

  const columns = [
    ...(selectable ? [t('domiciliation.home.choose')] : []),
    t('domiciliation.fields.person'),
    t('domiciliation.fields.status'),
    t('domiciliation.fields.validUntil'),
    t('domiciliation.fields.lastContact'),
    t('domiciliation.home.todo'),
  ]

  return (
    <>
      {form.error ? <Alert tone="error">{form.error.message}</Alert> : null}
      {result ? (
        <>
          <p role="status" className="queue__count">
            {q
              ? t('domiciliation.home.foundFor', { count: result.total, q: isolate(q) })
              : t('domiciliation.home.count', { count: result.total })}
          </p>
          {selectable && items.length > 0 ? (
            <div className="actions">
              <Button variant="danger" isDisabled={chosen.length === 0} onPress={() => setConfirming(true)}>
                {t('domiciliation.bulk.open', { count: chosen.length })}
              </Button>
              <p className="small muted">{t('domiciliation.bulk.help')}</p>
            </div>
          ) : null}
          <Table
            caption={t(`domiciliation.home.caption.${list}`, { page, pages })}
            columns={columns}
            isEmpty={items.length === 0}
            empty={q ? t('domiciliation.home.noneFound') : t(`domiciliation.home.none.${list}`)}
          >
            {items.map((f) => (
              <tr
                key={f.id}
                className={
                  f.pendingRequest?.deadline === 'depassee' || (f.daysUntilExpiry ?? 1) < 0
                    ? 'row--late'
                    : undefined
                }
              >
                {selectable ? (
                  <td>
                    <Checkbox
                      className="checkbox"
                      isSelected={chosen.includes(f.id)}
                      onChange={(on) => toggle(f.id, on)}
                    >
                      <span className="checkbox__box" aria-hidden="true">
                        <svg viewBox="0 0 18 18" width="14" height="14">
                          <polyline points="2 9 7 14 16 4" />
                        </svg>
                      </span>
                      <span className="visually-hidden">
                        {t('domiciliation.bulk.chooseOne', { name: nameOf(f) })}
                      </span>
                    </Checkbox>
                  </td>
                ) : null}
                <th scope="row">
                  <Link href={fileHref(f.id)} className="link">
                    <bdi>{f.usager.label}</bdi>
                  </Link>
                  <span className="small muted line">
                    {t('domiciliation.fields.fileNumberShort', { number: f.fileNumber })}
                  </span>
                </th>
                <td>
                  <StatusBadge status={f.status} />
                </td>
                <td>
                  <Validity file={f} />
                </td>
                <td>
                  {f.lastContactAt ? (
                    formatDate(f.lastContactAt, i18n.language)
                  ) : (
                    <span className="muted">{t('domiciliation.fields.noContact')}</span>
                  )}
                </td>
                <td>
                  <ToDo file={f} />
                </td>
              </tr>
            ))}
          </Table>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('domiciliation.home.pages')}>
              <Button isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                {t('domiciliation.home.previous')}
              </Button>
              <span>{t('domiciliation.home.pageOf', { page, pages })}</span>
              <Button isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
                {t('domiciliation.home.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('domiciliation.bulk.title', { count: chosen.length })}
          confirmLabel={t('domiciliation.bulk.confirm', { count: chosen.length })}
          onClose={() => setConfirming(false)}
          onConfirm={radiate}
        >
          <p>{t('domiciliation.bulk.text')}</p>
          <ul className="plain-list">
            {items
              .filter((f) => chosen.includes(f.id))
              .map((f) => (
                <li key={f.id}>
                  <bdi>{nameOf(f)}</bdi>
                </li>
              ))}
          </ul>
          <RadiationFields choice={radiation} />
        </ConfirmDialog>
      ) : null}
    </>
  )
}

/** Search by name or file number: the answer shows in the "all files" list. */
function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [text, setText] = useState(q)
  useEffect(() => setText(q), [q])
  return (
    <Form state={form} onSubmit={() => onSearch(text.trim())} label={t('domiciliation.home.search')}>
      <div className="people-search domi-search">
        <div className="people-search__field">
          <TextField
            label={t('domiciliation.home.searchLabel')}
            description={t('domiciliation.home.searchHelp')}
            name="q"
            value={text}
            onChange={setText}
            inputMode="search"
            dir="auto"
          />
        </div>
        <Button type="submit" variant="primary">
          {t('domiciliation.home.searchSubmit')}
        </Button>
        {q ? <Button onPress={() => onSearch('')}>{t('domiciliation.home.clear')}</Button> : null}
      </div>
    </Form>
  )
}

/**
 * "Domiciliation": the follow-up lists (waiting for a decision, expiring within 16 or 61 days,
 * expired, without contact for more than 3 months), search, and the way to a new file.
 */
export function DomiciliationPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const search = new URLSearchParams(useSearch())
  const [, navigate] = useLocation()
  const requested = search.get('liste')
  const q = search.get('q') ?? ''
  const list: List = isList(requested) ? requested : q ? 'toutes' : 'attente_decision'
  const counters = useLoad(() => call(decisionsApi.counters, {}))
  const [version, setVersion] = useState(0)
  const [radiated, setRadiated] = useState<number | null>(null)
  const canRadiate = canAccess(decisionsApi.radiateMany.access, session)

  const go = (next: List, nextQ: string) => {
    const params = new URLSearchParams({ liste: next })
    if (nextQ) params.set('q', nextQ)
    setRadiated(null)
    navigate(`/domiciliation?${params.toString()}`, { replace: true })
  }
  const select = (key: Key) => go(isList(key) ? key : 'toutes', q)
  const onRadiated = (count: number) => {
    setRadiated(count)
    setVersion((v) => v + 1)
    void counters.reload()
  }

  return (
    <Page title={t('domiciliation.home.title')} intro={t('domiciliation.home.intro')}>
      {canAccess(decisionsApi.open.access, session) ? (
        <p>
          <Link href="/domiciliation/nouvelle" className="button button--primary">
            {t('domiciliation.create.title')}
          </Link>
        </p>
      ) : null}
      {counters.error ? <Alert tone="error">{counters.error}</Alert> : null}
      {counters.data ? (
        <p className="lead">{t('domiciliation.home.valid', { count: counters.data.valid })}</p>
      ) : null}
      <section className="card" aria-labelledby="recherche-domiciliation">
        <h2 id="recherche-domiciliation">{t('domiciliation.home.search')}</h2>
        <SearchForm q={q} onSearch={(next) => go(next ? 'toutes' : list, next)} />
      </section>
      {radiated !== null ? (
        <Alert tone="success" title={t('domiciliation.bulk.done', { count: radiated })}>
          <p>{t('domiciliation.bulk.letters')}</p>
        </Alert>
      ) : null}
      <Tabs selectedKey={list} onSelectionChange={select} className="tabs">
        <TabList aria-label={t('domiciliation.home.lists')} className="tabs__list">
          {lists.map((l) => (
            <Tab key={l} id={l} className="tabs__tab">
              <TabLabel list={l} counters={counters.data} />
            </Tab>
          ))}
        </TabList>
        {lists.map((l) => (
          <TabPanel key={l} id={l} className="tabs__panel">
            <ListPanel
              list={l}
              q={q}
              selectable={l === 'sans_contact_3_mois' && canRadiate}
              version={version}
              onRadiated={onRadiated}
            />
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  )
}

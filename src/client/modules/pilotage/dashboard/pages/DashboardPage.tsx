import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import {
  pilotageDashboardContract as dashboardApi,
  type DashboardQueryInput,
  type DashboardView,
  type LightCounts,
  type SeriesView,
} from '../../../../../shared/modules/pilotage/dashboard.contract'
import type { TrafficLight } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { ApiError, call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { IndicatorChart } from '../../indicators/components/IndicatorChart'
import { BudgetChart } from '../components/BudgetChart'
import { formatCents, formatMonth, formatNumber } from '../dashboard.format'
import '../dashboard.css'

interface Filters {
  mois: string
  axe: string
  service: string
  pilote: string
  annee: string
}
const filterKeys = ['mois', 'axe', 'service', 'pilote', 'annee'] as const

function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search)
  return {
    mois: params.get('mois') ?? '',
    axe: params.get('axe') ?? '',
    service: params.get('service') ?? '',
    pilote: params.get('pilote') ?? '',
    annee: params.get('annee') ?? '',
  }
}
function formatFilters(filters: Filters): string {
  const params = new URLSearchParams()
  for (const key of filterKeys) if (filters[key]) params.set(key, filters[key])
  return params.toString()
}
const queryOf = (filters: Filters): DashboardQueryInput => {
  const query: DashboardQueryInput = {}
  if (filters.mois) query.mois = filters.mois
  if (filters.axe) query.axe = filters.axe
  if (filters.service) query.service = filters.service
  if (filters.pilote) query.pilote = filters.pilote
  if (filters.annee) query.annee = filters.annee
  return query
}

/** A traffic light: a coloured dot and its word (the colour is never the only sign). */
export function Light({ light }: { light: TrafficLight }) {
  const { t } = useTranslation()
  return (
    <span className={`dash-light dash-light--${light}`}>
      <span className="dash-light__dot" aria-hidden="true" />
      {t(`pilotage_dashboard.lights.${light}`)}
    </span>
  )
}

function Counts({ counts }: { counts: LightCounts }) {
  const { t } = useTranslation()
  return <>{t('pilotage_dashboard.summary.counts', counts)}</>
}

/** The monthly dashboard of a plan: filters kept in the address, lights per axis, items late first, charts, budget. */
export function DashboardPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const search = useSearch()
  const [location, navigate] = useLocation()
  const filters = parseFilters(search)
  const [draft, setDraft] = useState<Filters>(filters)
  const [data, setData] = useState<DashboardView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [seriesPage, setSeriesPage] = useState(1)
  const [series, setSeries] = useState<SeriesView | null>(null)
  const formId = useId()

  useEffect(() => {
    const current = parseFilters(search)
    setDraft(current)
    setSeriesPage(1)
    let live = true
    call(dashboardApi.dashboard, { params: { id }, query: queryOf(current) })
      .then((view) => {
        if (!live) return
        setData(view)
        setError(null)
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof ApiError ? e.message : String(e))
      })
    return () => {
      live = false
    }
  }, [id, search])

  useEffect(() => {
    let live = true
    call(dashboardApi.series, {
      params: { id },
      query: { ...queryOf(parseFilters(search)), page: seriesPage },
    })
      .then((view) => {
        if (live) setSeries(view)
      })
      .catch(() => {
        if (live) setSeries(null)
      })
    return () => {
      live = false
    }
  }, [id, search, seriesPage])

  const go = (next: Filters) => {
    const query = formatFilters(next)
    navigate(query ? `${location}?${query}` : location)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    go(draft)
  }
  const lang = i18n.language
  const number = (v: number) => formatNumber(v, lang)
  const date = (d: string) => formatDate(d, lang)
  const unit = (u: string) => t(`pilotage_dashboard.units.${u}`)
  const withUnit = (v: number, u: string) => (unit(u) ? `${number(v)} ${unit(u)}` : number(v))
  const selectedAxis = data?.axes.find((a) => a.id === data.filters.axisId)

  return (
    <Page
      title={
        data ? t('pilotage_dashboard.titleOf', { plan: data.plan.title }) : t('pilotage_dashboard.title')
      }
      intro={t('pilotage_dashboard.intro')}
    >
      <p>
        <Link href={`/pilotage/plans/${id}`}>{t('pilotage_dashboard.backToPlan')}</Link>
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {data && !data.plan.owned ? <Alert tone="info">{t('pilotage_dashboard.shared')}</Alert> : null}

      <form className="dash-filters" onSubmit={submit} aria-labelledby={`${formId}-legend`}>
        <h2 id={`${formId}-legend`} className="dash-filters__legend">
          {t('pilotage_dashboard.filters.legend')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-mois`}>
            {t('pilotage_dashboard.filters.month')}
          </label>
          <input
            id={`${formId}-mois`}
            className="field__input"
            type="month"
            name="mois"
            value={draft.mois || data?.month || ''}
            onChange={(e) => setDraft({ ...draft, mois: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-axe`}>
            {t('pilotage_dashboard.filters.axis')}
          </label>
          <select
            id={`${formId}-axe`}
            className="field__input"
            name="axe"
            value={draft.axe}
            onChange={(e) => setDraft({ ...draft, axe: e.target.value })}
          >
            <option value="">{t('pilotage_dashboard.filters.allAxes')}</option>
            {data?.axes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.position}. {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-service`}>
            {t('pilotage_dashboard.filters.service')}
          </label>
          <select
            id={`${formId}-service`}
            className="field__input"
            name="service"
            value={draft.service}
            onChange={(e) => setDraft({ ...draft, service: e.target.value })}
          >
            <option value="">{t('pilotage_dashboard.filters.all')}</option>
            {data?.options.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-pilote`}>
            {t('pilotage_dashboard.filters.pilot')}
          </label>
          <select
            id={`${formId}-pilote`}
            className="field__input"
            name="pilote"
            value={draft.pilote}
            onChange={(e) => setDraft({ ...draft, pilote: e.target.value })}
          >
            <option value="">{t('pilotage_dashboard.filters.all')}</option>
            {data?.options.pilots.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="dash-filters__buttons">
          <button type="submit" className="button button--primary">
            {t('pilotage_dashboard.filters.apply')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => go({ mois: '', axe: '', service: '', pilote: '', annee: '' })}
          >
            {t('pilotage_dashboard.filters.reset')}
          </button>
        </div>
      </form>

      {!data && !error ? <p className="loading">{t('pilotage_dashboard.loading')}</p> : null}
      {data ? (
        <>
          <section className="dash-section" aria-labelledby="dash-summary">
            <h2 id="dash-summary">
              {t('pilotage_dashboard.summary.heading')} — {formatMonth(data.month, lang)}
            </h2>
            <p className="small muted">{t('pilotage_dashboard.filters.asOf', { date: date(data.asOf) })}</p>
            <dl className="dash-summary">
              <div>
                <dt>{t('pilotage_dashboard.summary.plan')}</dt>
                <dd>
                  <Light light={data.summary.light} />
                </dd>
              </div>
              <div>
                <dt>{t('pilotage_dashboard.summary.actions')}</dt>
                <dd>
                  <Counts counts={data.summary.actions} />
                </dd>
              </div>
              <div>
                <dt>{t('pilotage_dashboard.summary.indicators')}</dt>
                <dd>
                  <Counts counts={data.summary.indicators} />
                </dd>
              </div>
              <div>
                <dt>{t('pilotage_dashboard.summary.milestones')}</dt>
                <dd>
                  <Counts counts={data.summary.milestones} />
                </dd>
              </div>
            </dl>
            <p className="small muted">{t('pilotage_dashboard.lightsHelp')}</p>
          </section>

          <section className="dash-section" aria-labelledby="dash-axes">
            <h2 id="dash-axes">{t('pilotage_dashboard.axes.heading')}</h2>
            <p className="small muted">{t('pilotage_dashboard.axes.hint')}</p>
            <ul className="dash-axes">
              {data.axes.map((axis) => {
                const selected = axis.id === data.filters.axisId
                return (
                  <li key={axis.id}>
                    <button
                      type="button"
                      className="dash-axis"
                      aria-pressed={selected}
                      onClick={() => go({ ...filters, axe: selected ? '' : axis.id })}
                    >
                      <span className="dash-axis__title">
                        {t('pilotage_dashboard.axes.axis', { position: axis.position })} ·{' '}
                        <bdi>{axis.title}</bdi>
                      </span>
                      <Light light={axis.light} />
                      <span className="small">
                        {t('pilotage_dashboard.labelled', {
                          label: t('pilotage_dashboard.summary.actions'),
                          value: t('pilotage_dashboard.summary.counts', axis.actions),
                        })}
                      </span>
                      <span className="small">
                        {t('pilotage_dashboard.labelled', {
                          label: t('pilotage_dashboard.summary.indicators'),
                          value: t('pilotage_dashboard.summary.counts', axis.indicators),
                        })}
                      </span>
                      {selected ? (
                        <span className="dash-axis__selected small">
                          {t('pilotage_dashboard.axes.selected')}
                        </span>
                      ) : null}
                    </button>
                  </li>
                )
              })}
            </ul>
          </section>

          <section className="dash-section" aria-labelledby="dash-items">
            <h2 id="dash-items">
              {selectedAxis
                ? t('pilotage_dashboard.items.headingAxis', { position: selectedAxis.position })
                : t('pilotage_dashboard.items.heading')}
            </h2>
            <Table
              caption={t('pilotage_dashboard.items.actions')}
              columns={[
                t('pilotage_dashboard.items.number'),
                t('pilotage_dashboard.items.title'),
                t('pilotage_dashboard.items.light'),
                t('pilotage_dashboard.items.status'),
                t('pilotage_dashboard.items.pilots'),
              ]}
              isEmpty={data.actions.length === 0}
              empty={t('pilotage_dashboard.items.none')}
            >
              {data.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.number}</td>
                  <td>
                    <Link href={`/pilotage/fiches/${a.id}`}>
                      <bdi>{a.title}</bdi>
                    </Link>
                  </td>
                  <td>
                    <Light light={a.light} />
                    {a.late && a.status !== 'en_retard' ? (
                      <span className="dash-late small"> · {t('pilotage_dashboard.items.late')}</span>
                    ) : null}
                  </td>
                  <td>
                    {t(`pilotage_dashboard.statuses.${a.status}`)}
                    {a.statusReason ? (
                      <span className="small muted">
                        {' '}
                        · <bdi>{a.statusReason}</bdi>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <bdi>{a.pilots.join(', ')}</bdi>
                  </td>
                </tr>
              ))}
            </Table>
            {data.more.actions > 0 ? (
              <p className="small muted">
                {t('pilotage_dashboard.items.more', { count: data.more.actions })}
              </p>
            ) : null}

            <Table
              caption={t('pilotage_dashboard.items.indicators')}
              columns={[
                t('pilotage_dashboard.items.number'),
                t('pilotage_dashboard.items.title'),
                t('pilotage_dashboard.items.light'),
                t('pilotage_dashboard.items.latest'),
                t('pilotage_dashboard.items.expected'),
                t('pilotage_dashboard.items.target'),
              ]}
              isEmpty={data.indicators.length === 0}
              empty={t('pilotage_dashboard.items.none')}
            >
              {data.indicators.map((i) => (
                <tr key={i.id}>
                  <td>{i.number}</td>
                  <td>
                    <bdi>{i.title}</bdi>
                  </td>
                  <td>
                    <Light light={i.light} />
                    {i.late ? (
                      <span className="dash-late small">
                        {' '}
                        · {t('pilotage_dashboard.items.lateMeasurement')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {i.latest ? (
                      <>
                        {withUnit(i.latest.value, i.unit)}{' '}
                        <span className="small muted">({formatMonth(i.latest.period, lang)})</span>
                      </>
                    ) : (
                      <span className="muted">{t('pilotage_dashboard.items.noMeasurement')}</span>
                    )}
                  </td>
                  <td>{i.expected !== null ? withUnit(i.expected, i.unit) : '—'}</td>
                  <td>
                    {i.finalTarget ? (
                      <>
                        {withUnit(i.finalTarget.value, i.unit)}{' '}
                        <span className="small muted">
                          {t('pilotage_dashboard.items.of', { date: date(i.finalTarget.dueDate) })}
                        </span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </Table>
            {data.more.indicators > 0 ? (
              <p className="small muted">
                {t('pilotage_dashboard.items.more', { count: data.more.indicators })}
              </p>
            ) : null}

            <Table
              caption={t('pilotage_dashboard.items.milestones')}
              columns={[
                t('pilotage_dashboard.items.number'),
                t('pilotage_dashboard.items.title'),
                t('pilotage_dashboard.items.light'),
                t('pilotage_dashboard.items.due'),
              ]}
              isEmpty={data.milestones.length === 0}
              empty={t('pilotage_dashboard.items.none')}
            >
              {data.milestones.map((m) => (
                <tr key={m.id}>
                  <td>{m.number ?? t('pilotage_dashboard.items.planMilestone')}</td>
                  <td>
                    <bdi>{m.title}</bdi>
                    {m.actionTitle ? (
                      <span className="small muted">
                        {' '}
                        · <bdi>{m.actionTitle}</bdi>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <Light light={m.light} />
                  </td>
                  <td>
                    {date(m.dueDate)}
                    <span className="small muted">
                      {' '}
                      ·{' '}
                      {m.doneOn
                        ? t('pilotage_dashboard.items.done', { date: date(m.doneOn) })
                        : t('pilotage_dashboard.items.notDone')}
                    </span>
                  </td>
                </tr>
              ))}
            </Table>
            {data.more.milestones > 0 ? (
              <p className="small muted">
                {t('pilotage_dashboard.items.more', { count: data.more.milestones })}
              </p>
            ) : null}
          </section>

          <section className="dash-section" aria-labelledby="dash-charts">
            <h2 id="dash-charts">{t('pilotage_dashboard.charts.heading')}</h2>
            <p className="small muted">{t('pilotage_dashboard.charts.intro')}</p>
            {series && series.series.length === 0 ? <p>{t('pilotage_dashboard.charts.none')}</p> : null}
            <div className="dash-charts">
              {series?.series.map((s) => (
                <div key={s.id} className="dash-charts__item">
                  <p className="dash-charts__light">
                    {s.number} · <Light light={s.light} />
                  </p>
                  <IndicatorChart title={s.title} unit={unit(s.unit)} points={s.points} targets={s.targets} />
                </div>
              ))}
            </div>
            {series && series.pages > 1 ? (
              <nav className="dash-pager" aria-label={t('pilotage_dashboard.charts.heading')}>
                <button
                  type="button"
                  className="button"
                  disabled={series.page <= 1}
                  onClick={() => setSeriesPage(series.page - 1)}
                >
                  {t('pilotage_dashboard.charts.previous')}
                </button>
                <span>{t('pilotage_dashboard.charts.page', { page: series.page, pages: series.pages })}</span>
                <button
                  type="button"
                  className="button"
                  disabled={series.page >= series.pages}
                  onClick={() => setSeriesPage(series.page + 1)}
                >
                  {t('pilotage_dashboard.charts.next')}
                </button>
              </nav>
            ) : null}
          </section>

          <section className="dash-section" aria-labelledby="dash-budget">
            <h2 id="dash-budget">
              {data.budget.year !== null
                ? t('pilotage_dashboard.budget.headingYear', { year: data.budget.year })
                : t('pilotage_dashboard.budget.heading')}
            </h2>
            <div className="field dash-year">
              <label className="field__label" htmlFor={`${formId}-annee`}>
                {t('pilotage_dashboard.budget.year')}
              </label>
              <select
                id={`${formId}-annee`}
                className="field__input"
                value={filters.annee}
                onChange={(e) => go({ ...filters, annee: e.target.value })}
              >
                <option value="">{t('pilotage_dashboard.budget.allYears')}</option>
                {data.budget.byYear.map((y) => (
                  <option key={y.year} value={String(y.year)}>
                    {y.year}
                  </option>
                ))}
              </select>
            </div>
            {data.budget.byFunder.length === 0 ? (
              <p>{t('pilotage_dashboard.budget.none')}</p>
            ) : (
              <div className="dash-budget">
                <BudgetChart budget={data.budget} />
                <Table
                  caption={t('pilotage_dashboard.budget.chartTitle')}
                  columns={[
                    t('pilotage_dashboard.budget.funder'),
                    t('pilotage_dashboard.budget.planned'),
                    t('pilotage_dashboard.budget.consumed'),
                    t('pilotage_dashboard.budget.rate'),
                  ]}
                >
                  {[
                    ...data.budget.byFunder,
                    { funderId: 'total', name: t('pilotage_dashboard.budget.total'), ...data.budget.total },
                  ].map((f) => (
                    <tr key={f.funderId} className={f.funderId === 'total' ? 'dash-total' : undefined}>
                      <td>
                        <bdi>{f.name}</bdi>
                      </td>
                      <td>{formatCents(f.plannedCents, lang)}</td>
                      <td>{formatCents(f.consumedCents, lang)}</td>
                      <td>
                        {f.plannedCents > 0
                          ? new Intl.NumberFormat(lang, {
                              style: 'percent',
                              maximumFractionDigits: 0,
                            }).format(f.consumedCents / f.plannedCents)
                          : '—'}
                      </td>
                    </tr>
                  ))}
                </Table>
              </div>
            )}
            {data.budget.byYear.length > 0 ? (
              <Table
                caption={t('pilotage_dashboard.budget.byYear')}
                columns={[
                  t('pilotage_dashboard.budget.yearCol'),
                  t('pilotage_dashboard.budget.planned'),
                  t('pilotage_dashboard.budget.consumed'),
                ]}
              >
                {data.budget.byYear.map((y) => (
                  <tr key={y.year}>
                    <td>{y.year}</td>
                    <td>{formatCents(y.plannedCents, lang)}</td>
                    <td>{formatCents(y.consumedCents, lang)}</td>
                  </tr>
                ))}
              </Table>
            ) : null}
          </section>
        </>
      ) : null}
    </Page>
  )
}

import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, addMonths, parisDate } from '../../../../../shared/dates'
import { funnelColumns, type FunnelColumn } from '../../../../../shared/modules/metiers/observatory-columns'
import { call } from '../../../../api'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { BarChart } from '../../../domiciliation/desk/components/BarChart'
import { formatCount, formatDay } from '../../../domiciliation/desk/desk.labels'
import { funnelRoute, funnelXlsxUrl, type Funnel, type FunnelFilters } from '../observatory.queries'
import '../../../domiciliation/desk/desk.css'
import '../observatory.css'

type Figures = Funnel['total']
type Published = Figures['counts'][FunnelColumn]

const ALL = 'tous'

const clean = (f: FunnelFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as FunnelFilters

function defaultFilters(): Required<Pick<FunnelFilters, 'from' | 'to' | 'groupBy'>> {
  const to = parisDate(new Date())
  return { from: addDays(addMonths(to, -12), 1), to, groupBy: 'job' }
}

/** A count as published: the figure, or the words of the secret. */
function useShow(threshold: number) {
  const { t, i18n } = useTranslation()
  return {
    count: (c: Published) =>
      c.secret || c.value === null ? (
        <span className="obs-secret">{t('metiers_observatory.page.secret', { threshold })}</span>
      ) : (
        formatCount(c.value, i18n.language)
      ),
    days: (c: Published) =>
      c.secret ? (
        <span className="obs-secret">{t('metiers_observatory.page.secret', { threshold })}</span>
      ) : c.value === null ? (
        t('metiers_observatory.page.notEnough')
      ) : (
        t('metiers_observatory.page.days', { count: c.value, n: formatCount(c.value, i18n.language) })
      ),
    plain: (n: number) => formatCount(n, i18n.language),
  }
}

/** One step chart: the steps that can be shown, in order; the hidden ones are said, not drawn. */
function StepChart({ title, steps }: { title: string; steps: { label: string; count: Published }[] }) {
  const { t } = useTranslation()
  const shown = steps.filter((s) => !s.count.secret && s.count.value !== null)
  // A chart of one step, or of nothing but zeros, says nothing the table does not.
  if (shown.length < 2 || shown.every((s) => s.count.value === 0)) return null
  return (
    <BarChart
      title={title}
      bars={shown.map((s) => ({ label: s.label, value: s.count.value! }))}
      caption={shown.length < steps.length ? t('metiers_observatory.page.chartHidden') : undefined}
    />
  )
}

function Charts({ total }: { total: Figures }) {
  const { t, i18n } = useTranslation()
  const column = (c: FunnelColumn) => ({
    label: t(`metiers_observatory.columns.${c}`),
    count: total.counts[c],
  })
  return (
    <>
      <p className="obs-views">
        {t('metiers_observatory.page.views', { n: formatCount(total.ficheViews, i18n.language) })}
      </p>
      <div className="obs-charts">
        <StepChart
          title={t('metiers_observatory.page.applicationsChart')}
          steps={[column('applications'), column('answered'), column('hires')]}
        />
        <StepChart
          title={t('metiers_observatory.page.immersionsChart')}
          steps={[column('immersions'), column('immersionsDone'), column('immersionHires')]}
        />
        <StepChart
          title={t('metiers_observatory.page.apprenticeshipChart')}
          steps={[
            column('apprenticeshipMatches'),
            column('apprenticeshipContacts'),
            column('apprenticeshipContracts'),
          ]}
        />
      </div>
    </>
  )
}

function FunnelTable({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation()
  const show = useShow(funnel.threshold)
  const group = t(
    funnel.groupBy === 'job' ? 'metiers_observatory.page.byJob' : 'metiers_observatory.page.byDepartement',
  )
  const rowHeader = t(
    funnel.groupBy === 'job' ? 'metiers_observatory.page.rowJob' : 'metiers_observatory.page.rowDepartement',
  )
  const cells = (f: Figures) => (
    <>
      <td className="desk-number">{show.plain(f.ficheViews)}</td>
      {funnelColumns.slice(0, 3).map((c) => (
        <td key={c} className="desk-number">
          {show.count(f.counts[c])}
        </td>
      ))}
      <td className="desk-number">{show.days(f.medianAnswerDays)}</td>
      <td className="desk-number">{show.days(f.medianHireDays)}</td>
      {funnelColumns.slice(3).map((c) => (
        <td key={c} className="desk-number">
          {show.count(f.counts[c])}
        </td>
      ))}
      <td className="desk-number">{show.plain(f.openOffers)}</td>
    </>
  )
  return (
    <Table
      caption={t('metiers_observatory.page.tableCaption', { group })}
      columns={[
        rowHeader,
        t('metiers_observatory.columns.ficheViews'),
        ...funnelColumns.slice(0, 3).map((c) => t(`metiers_observatory.columns.${c}`)),
        t('metiers_observatory.columns.medianAnswerDays'),
        t('metiers_observatory.columns.medianHireDays'),
        ...funnelColumns.slice(3).map((c) => t(`metiers_observatory.columns.${c}`)),
        t('metiers_observatory.columns.openOffers'),
      ]}
      isEmpty={funnel.rows.length === 0}
      empty={t('metiers_observatory.page.empty')}
    >
      {funnel.rows.map((row) => (
        <tr key={row.key ?? 'inconnu'}>
          <th scope="row">
            <bdi>{row.label}</bdi>
          </th>
          {cells(row)}
        </tr>
      ))}
      {funnel.rows.length > 0 ? (
        <tr className="desk-total">
          <th scope="row">{t('metiers_observatory.page.total')}</th>
          {cells(funnel.total)}
        </tr>
      ) : null}
    </Table>
  )
}

/** The recruitment observatory: the funnel by job or département over a period, charts, table and workbook. */
export function RecruitmentObservatoryPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const platformAdmin = session?.account?.platformAdmin ?? false
  const [draft, setDraft] = useState<FunnelFilters>(defaultFilters)
  const [filters, setFilters] = useState<FunnelFilters>(defaultFilters)
  const loaded = useLoad(() => call(funnelRoute(platformAdmin), { query: filters }))
  const funnel = loaded.data
  const reload = loaded.reload
  const read = useRef(filters)
  useEffect(() => {
    // useLoad reads once on mount; other filters are read when chosen.
    if (read.current === filters) return
    read.current = filters
    void reload()
  }, [filters, reload])
  const apply = () => setFilters(clean(draft))
  const set = (patch: Partial<FunnelFilters>) => setDraft((d) => ({ ...d, ...patch }))

  return (
    <Page title={t('metiers_observatory.page.title')} intro={t('metiers_observatory.page.intro')}>
      <section className="card" aria-labelledby="obs-filtres">
        <h2 id="obs-filtres">{t('metiers_observatory.page.filters')}</h2>
        <form
          className="desk-toolbar obs-filters"
          onSubmit={(e) => {
            e.preventDefault()
            apply()
          }}
        >
          <NativeField
            type="date"
            name="from"
            label={t('metiers_observatory.page.from')}
            value={draft.from ?? ''}
            onChange={(from) => set({ from })}
          />
          <NativeField
            type="date"
            name="to"
            label={t('metiers_observatory.page.to')}
            value={draft.to ?? ''}
            onChange={(to) => set({ to })}
          />
          <Select
            label={t('metiers_observatory.page.job')}
            name="jobId"
            options={[
              { id: ALL, label: t('metiers_observatory.page.allJobs') },
              ...(funnel?.jobs ?? []).map((j) => ({ id: j.id, label: j.title })),
            ]}
            value={draft.jobId ?? ALL}
            onChange={(v) => set({ jobId: v && v !== ALL ? v : undefined })}
          />
          {funnel?.canChooseTerritory ? (
            <Select
              label={t('metiers_observatory.page.territory')}
              name="departement"
              options={[
                { id: ALL, label: t('metiers_observatory.page.allTerritories') },
                ...funnel.departements.map((d) => ({ id: d.code, label: `${d.name} (${d.code})` })),
              ]}
              value={draft.departement ?? ALL}
              onChange={(v) => set({ departement: v && v !== ALL ? v : undefined })}
            />
          ) : null}
          <RadioGroup
            label={t('metiers_observatory.page.groupBy')}
            name="groupBy"
            inline
            options={[
              { id: 'job', label: t('metiers_observatory.page.byJob') },
              { id: 'departement', label: t('metiers_observatory.page.byDepartement') },
            ]}
            value={draft.groupBy ?? 'job'}
            onChange={(v) => set({ groupBy: v as 'job' | 'departement' })}
          />
          <div className="actions">
            <Button type="submit" variant="primary">
              {t('metiers_observatory.page.show')}
            </Button>
          </div>
        </form>
      </section>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {funnel ? (
        <section className="card" aria-labelledby="obs-resultats">
          <h2 id="obs-resultats">{t('metiers_observatory.page.funnelTitle')}</h2>
          <p>
            {t('metiers_observatory.page.scope', {
              from: formatDay(funnel.from, i18n.language),
              to: formatDay(funnel.to, i18n.language),
              territory: funnel.departement
                ? `${funnel.departement.name} (${funnel.departement.code})`
                : t('metiers_observatory.page.allTerritories'),
              job: funnel.job?.title ?? t('metiers_observatory.page.allJobs'),
            })}
          </p>
          {!funnel.canChooseTerritory && funnel.departement ? (
            <p className="small muted">{t('metiers_observatory.page.ownTerritory', funnel.departement)}</p>
          ) : null}
          <Charts total={funnel.total} />
          <FunnelTable funnel={funnel} />
          <ul className="small muted obs-notes">
            <li>{t('metiers_observatory.page.secretNote', { max: funnel.threshold - 1 })}</li>
            <li>{t('metiers_observatory.page.cohortNote')}</li>
            <li>{t('metiers_observatory.page.viewsNote')}</li>
          </ul>
          <p>
            <a className="button button--secondary" href={funnelXlsxUrl(platformAdmin, filters)} download>
              {t('metiers_observatory.page.export')}
            </a>
          </p>
        </section>
      ) : loaded.error ? null : (
        <p className="loading">{t('metiers_observatory.page.loading')}</p>
      )}
    </Page>
  )
}

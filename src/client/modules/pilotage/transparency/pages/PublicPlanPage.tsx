import { useTranslation } from 'react-i18next'
import { actionStatuses } from '../../../../../shared/modules/pilotage/pilotage.constants'
import {
  pilotageTransparencyContract as c,
  type PublicPlanView,
} from '../../../../../shared/modules/pilotage/transparency.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import '../transparency.css'

function Counts({ counts, label }: { counts: PublicPlanView['counts']; label: string }) {
  const { t } = useTranslation()
  const shown = actionStatuses.filter((s) => (counts[s] ?? 0) > 0)
  return (
    <ul className="tp-counts" aria-label={label}>
      {shown.map((s) => (
        <li key={s} className={`tp-status tp-status--${s}`}>
          {t(`pilotage_transparency.status.${s}`)} : <strong>{counts[s]}</strong>
        </li>
      ))}
    </ul>
  )
}

/** The public page of a plan: its axes, its actions with their status and dates; no one named. */
export function PublicPlanPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(c.publicPlan, { params: { slug } }))
  const plan = loaded.data
  const date = (d: string | null) => (d ? formatDate(d, i18n.language) : '—')
  if (!plan)
    return (
      <Page title={t('pilotage_transparency.plan.loading')}>
        {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
        <p>
          <Link href="/public/plans">{t('pilotage_transparency.plan.all')}</Link>
        </p>
      </Page>
    )
  return (
    <Page title={plan.title}>
      <p className="page__intro">
        <bdi>{plan.organisationName}</bdi> ·{' '}
        {t('pilotage_transparency.period', { start: date(plan.periodStart), end: date(plan.periodEnd) })}
      </p>
      {plan.summary ? <p dir="auto">{plan.summary}</p> : null}
      <section className="card" aria-labelledby="tp-state">
        <h2 id="tp-state">{t('pilotage_transparency.plan.state')}</h2>
        <Counts counts={plan.counts} label={t('pilotage_transparency.plan.state')} />
      </section>
      {plan.axes.map((axis) => (
        <section key={axis.number} className="tp-axis" aria-labelledby={`tp-axe-${axis.number}`}>
          <h2 id={`tp-axe-${axis.number}`}>
            {t('pilotage_transparency.plan.axis', { n: axis.number })} — <bdi>{axis.title}</bdi>
          </h2>
          {axis.objective ? <p dir="auto">{axis.objective}</p> : null}
          <Counts
            counts={axis.counts}
            label={t('pilotage_transparency.plan.axisState', { n: axis.number })}
          />
          <Table
            caption={t('pilotage_transparency.plan.actionsOf', { n: axis.number })}
            columns={[
              t('pilotage_transparency.plan.number'),
              t('pilotage_transparency.plan.action'),
              t('pilotage_transparency.plan.status'),
              t('pilotage_transparency.plan.dates'),
            ]}
            isEmpty={axis.actions.length === 0}
            empty={t('pilotage_transparency.plan.noAction')}
          >
            {axis.actions.map((a) => (
              <tr key={a.number}>
                <th scope="row">{a.number}</th>
                <td dir="auto">
                  <span className="small">{t(`pilotage_transparency.kind.${a.kind}`)}</span>
                  <br />
                  {a.title}
                </td>
                <td>
                  <span className={`tp-status tp-status--${a.status}`}>
                    {t(`pilotage_transparency.status.${a.status}`)}
                  </span>
                </td>
                <td>
                  {a.startDate && a.endDate
                    ? t('pilotage_transparency.period', { start: date(a.startDate), end: date(a.endDate) })
                    : a.startDate
                      ? t('pilotage_transparency.since', { start: date(a.startDate) })
                      : a.endDate
                        ? t('pilotage_transparency.until', { end: date(a.endDate) })
                        : '—'}
                </td>
              </tr>
            ))}
          </Table>
        </section>
      ))}
      {plan.source ? (
        <p className="small">
          {t('pilotage_transparency.plan.source')} <bdi>{plan.source}</bdi>
        </p>
      ) : null}
      <p>
        <Link href="/public/plans">{t('pilotage_transparency.plan.all')}</Link>
      </p>
    </Page>
  )
}

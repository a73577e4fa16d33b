import { useTranslation } from 'react-i18next'
import { pilotagePlansContract as plansApi } from '../../../../../shared/modules/pilotage/plans.contract'
import { call } from '../../../../api'
import { canAccessAny } from '../../../../app/access'
import { formatDate } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { StatusBadge } from '../components'
import '../plans.css'

/** The plans the organisation owns or reads, with their counts, and the ways to start one. */
export function PlansListPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const manager = session ? canAccessAny([plansApi.create.access], session) : false
  const loaded = useLoad(() => call(plansApi.list, {}))
  return (
    <Page title={t('pilotage_plans.list.title')} intro={t('pilotage_plans.list.intro')}>
      {manager ? (
        <p className="pl-actions">
          <Link href="/pilotage/nouveau" className="button button--primary">
            {t('pilotage_plans.list.create')}
          </Link>
          <Link href="/pilotage/nouveau/modele" className="button">
            {t('pilotage_plans.list.fromTemplate')}
          </Link>
          <Link href="/pilotage/import" className="button">
            {t('pilotage_plans.list.import')}
          </Link>
        </p>
      ) : null}
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {loaded.data ? (
        <Table
          caption={t('pilotage_plans.list.caption')}
          columns={[
            t('pilotage_plans.list.plan'),
            t('pilotage_plans.list.period'),
            t('pilotage_plans.list.actions'),
            t('pilotage_plans.list.progress'),
          ]}
          isEmpty={loaded.data.plans.length === 0}
          empty={t('pilotage_plans.list.empty')}
        >
          {loaded.data.plans.map((plan) => (
            <tr key={plan.id}>
              <td>
                <Link href={`/pilotage/plans/${plan.id}`}>
                  <bdi>{plan.title}</bdi>
                </Link>
                {!plan.owned ? (
                  <span className="small muted">
                    {' '}
                    · {t('pilotage_plans.list.sharedBy', { name: plan.ownerName })}
                  </span>
                ) : null}
                {plan.published ? (
                  <span className="small muted"> · {t('pilotage_plans.list.published')}</span>
                ) : null}
                {plan.archived ? (
                  <span className="small muted"> · {t('pilotage_plans.list.archived')}</span>
                ) : null}
              </td>
              <td>
                {t('pilotage_plans.common.from', {
                  start: formatDate(plan.periodStart, i18n.language),
                  end: formatDate(plan.periodEnd, i18n.language),
                })}
              </td>
              <td>
                {t('pilotage_plans.list.count', { axes: plan.counts.axes, actions: plan.counts.actions })}
              </td>
              <td>
                <span className="pl-tools">
                  {(['en_retard', 'en_cours', 'a_lancer', 'realise', 'abandonne'] as const)
                    .filter((s) => plan.counts.byStatus[s] > 0)
                    .map((s) => (
                      <span key={s}>
                        <StatusBadge status={s} /> {plan.counts.byStatus[s]}
                      </span>
                    ))}
                </span>
              </td>
            </tr>
          ))}
        </Table>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

import { useTranslation } from 'react-i18next'
import { pilotagePlansContract as plansApi } from '../../../../../shared/modules/pilotage/plans.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { StatusBadge } from '../components'
import '../plans.css'

/** The actions the signed-in member pilots, across plans, with their next milestone. */
export function MyFichesPage() {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(plansApi.myFiches, {}))
  return (
    <Page title={t('pilotage_plans.mine.title')} intro={t('pilotage_plans.mine.intro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {loaded.data ? (
        <Table
          caption={t('pilotage_plans.mine.caption')}
          columns={[
            t('pilotage_plans.mine.action'),
            t('pilotage_plans.mine.plan'),
            t('pilotage_plans.mine.status'),
            t('pilotage_plans.mine.next'),
          ]}
          isEmpty={loaded.data.fiches.length === 0}
          empty={t('pilotage_plans.mine.empty')}
        >
          {loaded.data.fiches.map((f) => (
            <tr key={f.id}>
              <td>
                <span className="pl-number">{f.number}</span>
                <Link href={`/pilotage/fiches/${f.id}`}>
                  <bdi>{f.title}</bdi>
                </Link>
              </td>
              <td>
                <bdi>{f.planTitle}</bdi>
              </td>
              <td>
                <StatusBadge status={f.status} />
              </td>
              <td>
                {f.nextMilestone ? (
                  <>
                    {formatDate(f.nextMilestone.dueDate, i18n.language)} · <bdi>{f.nextMilestone.title}</bdi>
                  </>
                ) : (
                  t('pilotage_plans.mine.none')
                )}
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

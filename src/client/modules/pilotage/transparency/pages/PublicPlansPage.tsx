import { useTranslation } from 'react-i18next'
import { pilotageTransparencyContract as c } from '../../../../../shared/modules/pilotage/transparency.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import '../transparency.css'

/** The plans published on the platform, for anyone. */
export function PublicPlansPage() {
  const { t, i18n } = useTranslation()
  const plans = useLoad(() => call(c.publicPlans, {}))
  return (
    <Page title={t('pilotage_transparency.list.title')} intro={t('pilotage_transparency.list.intro')}>
      {plans.error ? <Alert tone="error">{plans.error}</Alert> : null}
      {plans.data && plans.data.length === 0 ? <p>{t('pilotage_transparency.list.none')}</p> : null}
      <ul className="tp-plans">
        {plans.data?.map((p) => (
          <li key={p.slug} className="card">
            <h2 className="tp-plans__title" dir="auto">
              <Link href={`/public/plans/${p.slug}`}>{p.title}</Link>
            </h2>
            <p dir="auto">{p.organisationName}</p>
            <p className="small">
              {t('pilotage_transparency.period', {
                start: formatDate(p.periodStart, i18n.language),
                end: formatDate(p.periodEnd, i18n.language),
              })}{' '}
              · {t('pilotage_transparency.counts', { axes: p.axes, actions: p.actions })}
            </p>
          </li>
        ))}
      </ul>
    </Page>
  )
}

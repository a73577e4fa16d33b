import { useTranslation } from 'react-i18next'
import { centreKindLabels } from '../../../../../shared/modules/metiers/trainings.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { centreHref, newCentreHref, trainingsApi } from '../trainings.queries'

/** The centres the person keeps: their own centre, or every centre for the platform's editors. */
export function CentresPage() {
  const { t } = useTranslation()
  const list = useLoad(() => call(trainingsApi.centres, {}))
  return (
    <Page title={t('metiers_trainings.centres.title')} intro={t('metiers_trainings.centres.intro')}>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.data?.canCreate ? (
        <div className="form__actions">
          <Link href={newCentreHref} className="button button--primary">
            {t('metiers_trainings.centres.create')}
          </Link>
        </div>
      ) : null}
      {list.data ? (
        <Table
          caption={t('metiers_trainings.centres.caption')}
          columns={[
            t('metiers_trainings.centres.name'),
            t('metiers_trainings.centres.commune'),
            t('metiers_trainings.centres.organisation'),
            t('metiers_trainings.centres.state'),
            t('metiers_trainings.centres.trainings'),
          ]}
          isEmpty={list.data.centres.length === 0}
          empty={t('metiers_trainings.centres.none')}
        >
          {list.data.centres.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={centreHref(c.id)}>{c.name}</Link>
                <br />
                <small>{centreKindLabels[c.kind]}</small>
              </td>
              <td>{c.commune}</td>
              <td>{c.organisationName}</td>
              <td>
                {c.published
                  ? t('metiers_trainings.centres.published')
                  : t('metiers_trainings.centres.draft')}
              </td>
              <td>{c.trainings}</td>
            </tr>
          ))}
        </Table>
      ) : list.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

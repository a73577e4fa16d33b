import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { ficheHref, fichesApi, newFicheHref, publicFicheHref, referentialsHref } from '../fiches.queries'
import '../fiches.css'

/** Every fiche métier, drafts included, with what needs the editor's attention. */
export function FichesListPage() {
  const { t, i18n } = useTranslation()
  const list = useLoad(() => call(fichesApi.list, {}))
  return (
    <Page title={t('metiers_fiches.list.title')} intro={t('metiers_fiches.list.intro')}>
      <div className="form__actions">
        <Link href={newFicheHref} className="button button--primary">
          {t('metiers_fiches.list.new')}
        </Link>
        <Link href={referentialsHref} className="button">
          {t('metiers_fiches.list.referentials')}
        </Link>
      </div>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.data ? (
        <Table
          caption={t('metiers_fiches.list.caption', { count: list.data.length })}
          columns={[
            t('metiers_fiches.list.columns.title'),
            t('metiers_fiches.list.columns.code'),
            t('metiers_fiches.list.columns.state'),
            t('metiers_fiches.list.columns.portraits'),
            t('metiers_fiches.list.columns.updated'),
          ]}
          isEmpty={list.data.length === 0}
          empty={t('metiers_fiches.list.empty')}
        >
          {list.data.map((f) => (
            <tr key={f.id}>
              <td>
                <Link href={ficheHref(f.id)}>{f.title}</Link>
                {f.published ? (
                  <>
                    {' · '}
                    <a href={publicFicheHref(f.slug)}>{t('metiers_fiches.list.public')}</a>
                  </>
                ) : null}
                {f.romeWarning ? <p className="fiche-warning">{f.romeWarning}</p> : null}
              </td>
              <td dir="ltr">{f.codeRome}</td>
              <td>{f.published ? t('metiers_fiches.state.published') : t('metiers_fiches.state.draft')}</td>
              <td>{f.portraits}</td>
              <td>{formatDate(f.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  )
}

import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { SheetLinks } from '../../orientations/components/SheetLinks'
import { serviceSheetUrl } from '../../orientations/orientations.queries'
import { ServiceDetails } from '../components/ServiceDetails'
import { searchApi, searchHref, structureHref } from '../directory.queries'
import '../directory.css'

/** A service for the agents: all its details, and where it sits in the directory. */
export function ServicePage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(searchApi.service, { params: { id } }))
  const details = loaded.data
  return (
    <Page title={details ? details.service.name : t('directory.service.titleShort')}>
      <p>
        <Link href={searchHref}>{t('directory.service.backToSearch')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {details ? (
        <ServiceDetails
          details={details}
          extra={
            <>
              <section aria-labelledby="fiche-personne">
                <h2 id="fiche-personne">{t('orientations.sheet.reprint')}</h2>
                <SheetLinks
                  sheetUrl={(language) => serviceSheetUrl(details.service.id, language)}
                  partner={details.structure.name}
                />
              </section>
              <section aria-labelledby="dans-annuaire">
                <h2 id="dans-annuaire">{t('directory.service.inDirectory')}</h2>
                <p>
                  <Link href={structureHref(details.structure.id)}>
                    {t('directory.service.structureLink', { name: details.structure.name })}
                  </Link>
                </p>
              </section>
            </>
          }
        />
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}

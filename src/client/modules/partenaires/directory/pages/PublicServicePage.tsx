import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { PublicFrame } from '../components/PublicFrame'
import { SheetLinks } from '../../orientations/components/SheetLinks'
import { publicServiceSheetUrl } from '../../orientations/orientations.queries'
import { ServiceDetails } from '../components/ServiceDetails'
import { publicSearchHref, searchApi } from '../directory.queries'
import '../directory.css'

/** A service of the public directory, for residents. */
export function PublicServicePage() {
  const { t } = useTranslation()
  const { organisationId, id } = useParams<{ organisationId: string; id: string }>()
  const loaded = useLoad(() => call(searchApi.publicService, { params: { organisationId, id } }))
  const details = loaded.data
  return (
    <PublicFrame organisationId={organisationId}>
      <Page title={details ? details.service.name : t('directory.service.titleShort')}>
        <p>
          <Link href={publicSearchHref(organisationId)}>{t('directory.service.backToSearch')}</Link>
        </p>
        {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
        {details ? (
          <ServiceDetails
            details={details}
            extra={
              <section aria-labelledby="fiche-imprimer">
                <h2 id="fiche-imprimer">{t('directory.service.printSheet')}</h2>
                <SheetLinks
                  sheetUrl={(language) => publicServiceSheetUrl(organisationId, details.service.id, language)}
                  partner={details.structure.name}
                />
              </section>
            }
          />
        ) : loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </Page>
    </PublicFrame>
  )
}

import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { Page } from '../../../../ui/Page'
import { PublicFrame } from '../components/PublicFrame'
import { DirectorySearch } from '../DirectorySearch'
import { publicServiceHref } from '../directory.queries'
import { useUrlSearchState } from '../useUrlSearchState'

/** The public directory of solidarity services, for residents, without an account. */
export function PublicSearchPage() {
  const { t } = useTranslation()
  const { organisationId } = useParams<{ organisationId: string }>()
  const [state, setState] = useUrlSearchState()
  return (
    <PublicFrame organisationId={organisationId}>
      <Page title={t('directory.public.title')} intro={t('directory.public.intro')}>
        <DirectorySearch
          organisationId={organisationId}
          state={state}
          onStateChange={setState}
          serviceHref={(id) => publicServiceHref(organisationId, id)}
        />
      </Page>
    </PublicFrame>
  )
}

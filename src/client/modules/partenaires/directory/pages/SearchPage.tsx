import { useTranslation } from 'react-i18next'
import { useSession } from '../../../../app/session'
import { Page } from '../../../../ui/Page'
import { DirectorySearch } from '../DirectorySearch'
import { publicSearchHref } from '../directory.queries'
import { formatSearch } from '../search-state'
import { useUrlSearchState } from '../useUrlSearchState'

/** The agents' directory search: which service can help this person, today, near here, in their language. */
export function SearchPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const [state, setState] = useUrlSearchState()
  const organisationId = session?.currentOrganisationId
  const query = formatSearch({ ...state, page: 1 })
  return (
    <Page title={t('directory.search.title')} intro={t('directory.search.intro')}>
      <DirectorySearch state={state} onStateChange={setState} />
      {organisationId ? (
        <p className="small">
          <a className="link" href={publicSearchHref(organisationId) + (query ? `?${query}` : '')}>
            {t('directory.search.publicLink')}
          </a>
        </p>
      ) : null}
    </Page>
  )
}

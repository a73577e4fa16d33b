import { useTranslation } from 'react-i18next'
import { Page } from '../../../../ui/Page'
import { DirectorySearch } from '../DirectorySearch'
import { useUrlSearchState } from '../useUrlSearchState'

/** The agents' directory search: which service can help this person, today, near here, in their language. */
export function SearchPage() {
  const { t } = useTranslation()
  const [state, setState] = useUrlSearchState()
  return (
    <Page title={t('directory.search.title')} intro={t('directory.search.intro')}>
      <DirectorySearch state={state} onStateChange={setState} />
    </Page>
  )
}

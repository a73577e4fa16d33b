import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const FosterCarerPage = page(async () => (await import('./FosterCarerPage')).FosterCarerPage)
const AgrementSpacePage = page(async () => (await import('./AgrementSpacePage')).AgrementSpacePage)

function Loading() {
  const { t } = useTranslation()
  return (
    <div className="pf-page">
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    </div>
  )
}

const loaded = (Page: ComponentType) =>
  function LoadedPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    )
  }

/** The portal's pages of the agrement part, to place inside the portal's `<Switch>` (a fragment). */
export const agrementPortalRoutes = (
  <>
    <Route path="/metiers/assistant-familial" component={loaded(FosterCarerPage)} />
    <Route path="/metiers/compte/agrement" component={loaded(AgrementSpacePage)} />
  </>
)

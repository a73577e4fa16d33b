import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const DirectoryPage = page(async () => (await import('./DirectoryPage')).DirectoryPage)
const AmbassadorPage = page<{ id: string }>(async () => (await import('./AmbassadorPage')).AmbassadorPage)
const AmbassadorSpacePage = page(async () => (await import('./AmbassadorSpacePage')).AmbassadorSpacePage)
const DiscoveryPathPage = page(async () => (await import('./DiscoveryPathPage')).DiscoveryPathPage)

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

/** The portal's pages of the ambassadors part, to place inside the portal's `<Switch>` (a fragment). */
export const ambassadorsPortalRoutes = (
  <>
    <Route path="/metiers/ambassadeurs" component={loaded(DirectoryPage)} />
    <Route path="/metiers/ambassadeurs/:id">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <AmbassadorPage key={p.id} id={p.id} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/compte/ambassadeur" component={loaded(AmbassadorSpacePage)} />
    <Route path="/metiers/compte/parcours" component={loaded(DiscoveryPathPage)} />
  </>
)

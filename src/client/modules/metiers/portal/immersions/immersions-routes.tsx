import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const ImmersionsListPage = page(async () => (await import('./ImmersionsListPage')).ImmersionsListPage)
const ImmersionPage = page<{ id: string }>(async () => (await import('./ImmersionPage')).ImmersionPage)
const MyImmersionsPage = page(async () => (await import('./MyImmersionsPage')).MyImmersionsPage)

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

/** The portal's pages of the immersions part, to place inside the portal's `<Switch>` (a fragment). */
export const immersionsPortalRoutes = (
  <>
    <Route path="/metiers/immersions">
      <Suspense fallback={<Loading />}>
        <ImmersionsListPage />
      </Suspense>
    </Route>
    <Route path="/metiers/immersions/:id">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <ImmersionPage key={p.id} id={p.id} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/compte/immersions">
      <Suspense fallback={<Loading />}>
        <MyImmersionsPage />
      </Suspense>
    </Route>
  </>
)

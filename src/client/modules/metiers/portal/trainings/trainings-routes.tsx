import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const CataloguePage = page(async () => (await import('./CataloguePage')).CataloguePage)
const TrainingPage = page<{ reference: string }>(async () => (await import('./TrainingPage')).TrainingPage)
const MallettePage = page(async () => (await import('./MallettePage')).MallettePage)
const WelcomeKitPage = page<{ organisationId: string }>(
  async () => (await import('./WelcomeKitPage')).WelcomeKitPage,
)

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

/** The portal's pages of the trainings part, to place inside the portal's `<Switch>` (a fragment). */
export const trainingsPortalRoutes = (
  <>
    <Route path="/metiers/formations">
      <Suspense fallback={<Loading />}>
        <CataloguePage />
      </Suspense>
    </Route>
    <Route path="/metiers/formations/:ref">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <TrainingPage key={p.ref} reference={p.ref} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/mallette">
      <Suspense fallback={<Loading />}>
        <MallettePage />
      </Suspense>
    </Route>
    <Route path="/metiers/employeurs/:organisationId/accueil-apprentis">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <WelcomeKitPage organisationId={p.organisationId} />
        </Suspense>
      )}
    </Route>
  </>
)

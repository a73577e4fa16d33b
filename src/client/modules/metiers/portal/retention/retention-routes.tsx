import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'
import { retentionPages } from '../../../../../shared/modules/metiers/retention.constants'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const PointDeChutePage = page(async () => (await import('./PointDeChutePage')).PointDeChutePage)
const LivingPage = page<{ category: 'logement' | 'garde' }>(
  async () => (await import('./LivingPage')).LivingPage,
)
const ListeningPage = page(async () => (await import('./ListeningPage')).ListeningPage)
const CancelCallbackPage = page(async () => (await import('./CancelCallbackPage')).CancelCallbackPage)

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

const Housing = () => <LivingPage category="logement" />
const Childcare = () => <LivingPage category="garde" />

/** The portal's pages of the retention part, to place inside the portal's `<Switch>` (a fragment). */
export const retentionPortalRoutes = (
  <>
    <Route path={retentionPages.pointDeChute} component={loaded(PointDeChutePage)} />
    <Route path={retentionPages.housing} component={loaded(Housing)} />
    <Route path={retentionPages.childcare} component={loaded(Childcare)} />
    <Route path={`${retentionPages.listening}/annulation`} component={loaded(CancelCallbackPage)} />
    <Route path={retentionPages.listening} component={loaded(ListeningPage)} />
  </>
)

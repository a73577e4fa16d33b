import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page of the space loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const AccountHome = page(async () => (await import('./AccountHome')).AccountHome)
const SignUpPage = page(async () => (await import('./SignUpPage')).SignUpPage)
const ConfirmPage = page<{ token: string }>(async () => (await import('./ConfirmPage')).ConfirmPage)
const SignInPage = page(async () => (await import('./SignInPage')).SignInPage)
const ProfilePage = page(async () => (await import('./ProfilePage')).ProfilePage)
const ApplicationsPage = page(async () => (await import('./ApplicationsPage')).ApplicationsPage)
const AlertsPage = page(async () => (await import('./AlertsPage')).AlertsPage)

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

/**
 * The candidate's pages under `/metiers/compte`, to place inside the portal's `<Switch>` (a
 * fragment of routes: wouter's Switch looks through fragments).
 */
export const candidateAccountRoutes = (
  <>
    <Route path="/metiers/compte" component={loaded(AccountHome)} />
    <Route path="/metiers/compte/inscription" component={loaded(SignUpPage)} />
    <Route path="/metiers/compte/confirmer/:token">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <ConfirmPage key={p.token} token={p.token} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/compte/connexion" component={loaded(SignInPage)} />
    <Route path="/metiers/compte/profil" component={loaded(ProfilePage)} />
    <Route path="/metiers/compte/candidatures" component={loaded(ApplicationsPage)} />
    <Route path="/metiers/compte/alertes" component={loaded(AlertsPage)} />
  </>
)

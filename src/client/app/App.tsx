import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Route, Switch, useLocation } from 'wouter'
import { setAuthErrorHandler } from '../api'
import { accueilRoutes } from '../modules/accueil/accueil.routes'
import { domiciliationRoutes } from '../modules/domiciliation/domiciliation.routes'
import { domiciliationDeskRoutes } from '../modules/domiciliation/desk/desk.routes'
import { directoryRoutes } from '../modules/partenaires/directory.routes'
import { orientationsRoutes } from '../modules/partenaires/orientations.routes'
import { metiersRoutes } from '../modules/metiers/metiers.routes'
import { pilotageRoutes } from '../modules/pilotage/pilotage.routes'
import { usagersRoutes } from '../modules/usagers/usagers.routes'
import { AuditPage } from '../modules/audit/pages/AuditPage'
import { AccountPage } from '../modules/auth/pages/AccountPage'
import { ForgotPasswordPage } from '../modules/auth/pages/ForgotPasswordPage'
import { ResetPasswordPage } from '../modules/auth/pages/ResetPasswordPage'
import { SignInPage } from '../modules/auth/pages/SignInPage'
import { HomePage } from '../modules/organisations/pages/HomePage'
import { InvitationPage } from '../modules/organisations/pages/InvitationPage'
import { MembersPage } from '../modules/organisations/pages/MembersPage'
import { OrganisationSettingsPage } from '../modules/organisations/pages/OrganisationSettingsPage'
import { PlatformOrganisationsPage } from '../modules/organisations/pages/PlatformOrganisationsPage'
import { Alert } from '../ui/Alert'
import { Page } from '../ui/Page'
import { Guard } from './Guard'
import { accessOf } from './navigation'
import { SessionProvider, useSession } from './session'
import { Shell } from './Shell'

/** A signed-in page, gated by the access rules of its menu entry. */
function Gated({ href, children }: { href: string; children: ReactNode }) {
  return <Guard access={accessOf(href)}>{children}</Guard>
}

function Routes() {
  const { t } = useTranslation()
  const { loading, failed, refresh } = useSession()
  const [, navigate] = useLocation()

  useEffect(() => {
    setAuthErrorHandler(() => {
      void refresh().then(() => navigate('/connexion'))
    })
    return () => setAuthErrorHandler(null)
  }, [refresh, navigate])

  if (loading) return <p className="loading">{t('common.loading')}</p>
  if (failed) {
    return (
      <Page title={t('errors.unavailableTitle')}>
        <Alert tone="error">{t('errors.unavailableText')}</Alert>
      </Page>
    )
  }
  return (
    <Switch>
      <Route path="/connexion" component={SignInPage} />
      <Route path="/mot-de-passe-oublie" component={ForgotPasswordPage} />
      <Route path="/mot-de-passe/nouveau" component={ResetPasswordPage} />
      <Route path="/invitation" component={InvitationPage} />
      <Route path="/">
        <Gated href="/">
          <HomePage />
        </Gated>
      </Route>
      <Route path="/administration/organisation">
        <Gated href="/administration/organisation">
          <OrganisationSettingsPage />
        </Gated>
      </Route>
      <Route path="/administration/membres">
        <Gated href="/administration/membres">
          <MembersPage />
        </Gated>
      </Route>
      <Route path="/administration/organisations">
        <Gated href="/administration/organisations">
          <PlatformOrganisationsPage />
        </Gated>
      </Route>
      <Route path="/journal">
        <Gated href="/journal">
          <AuditPage />
        </Gated>
      </Route>
      <Route path="/mon-compte">
        <Gated href="/mon-compte">
          <AccountPage />
        </Gated>
      </Route>
      {accueilRoutes}
      {usagersRoutes}
      {domiciliationDeskRoutes}
      {domiciliationRoutes}
      {directoryRoutes}
      {orientationsRoutes}
      {metiersRoutes}
      {pilotageRoutes}
      <Route>
        <Page title={t('errors.notFoundTitle')}>
          <p>{t('errors.notFoundText')}</p>
        </Page>
      </Route>
    </Switch>
  )
}

export function App() {
  return (
    <SessionProvider>
      <Shell>
        <Routes />
      </Shell>
    </SessionProvider>
  )
}

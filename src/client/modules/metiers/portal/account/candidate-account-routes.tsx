import './account.css'
import { Route } from 'wouter'
import { AccountHome } from './AccountHome'
import { AlertsPage } from './AlertsPage'
import { ApplicationsPage } from './ApplicationsPage'
import { ConfirmPage } from './ConfirmPage'
import { ProfilePage } from './ProfilePage'
import { SignInPage } from './SignInPage'
import { SignUpPage } from './SignUpPage'

/**
 * The candidate's pages under `/metiers/compte`, to place inside the portal's `<Switch>` (a
 * fragment of routes: wouter's Switch looks through fragments).
 */
export const candidateAccountRoutes = (
  <>
    <Route path="/metiers/compte" component={AccountHome} />
    <Route path="/metiers/compte/inscription" component={SignUpPage} />
    <Route path="/metiers/compte/confirmer/:token">
      {(p) => <ConfirmPage key={p.token} token={p.token} />}
    </Route>
    <Route path="/metiers/compte/connexion" component={SignInPage} />
    <Route path="/metiers/compte/profil" component={ProfilePage} />
    <Route path="/metiers/compte/candidatures" component={ApplicationsPage} />
    <Route path="/metiers/compte/alertes" component={AlertsPage} />
  </>
)

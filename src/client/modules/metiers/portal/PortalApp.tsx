import '../../../styles/portal-pages.css'
import { useEffect, useRef } from 'react'
import { Route, Switch, useLocation, useSearch } from 'wouter'
import type { PortalInitialData } from '../../../../shared/modules/metiers/pages.contract'
import type { TerritoryLookView } from '../../../../shared/modules/metiers/campaigns.contract'
import { candidateAccountRoutes } from './account/candidate-account-routes'
import { apprenticeshipsPortalRoutes } from './apprenticeships/apprenticeships-routes'
import { trainingsPortalRoutes } from './trainings/trainings-routes'
import { immersionsPortalRoutes } from './immersions/immersions-routes'
import { eventsPortalRoutes } from './events/events-routes'
import { ambassadorsPortalRoutes } from './ambassadors/ambassadors-routes'
import { retentionPortalRoutes } from './retention/retention-routes'
import { agrementPortalRoutes } from './agrement/agrement-routes'
import { observatoryPortalRoutes } from './observatory/observatory-routes'
import { CampaignPage } from './campaign/CampaignPage'
import { NotFound } from './components/PageState'
import { provideInitialData, releaseInitialData } from './initial-data'
import { AccessibilityPage } from './pages/AccessibilityPage'
import { AlertConfirmPage } from './pages/AlertConfirmPage'
import { FichePage } from './pages/FichePage'
import { FollowUpPage } from './pages/FollowUpPage'
import { HomePage } from './pages/HomePage'
import { OfferPage } from './pages/OfferPage'
import { SearchPage } from './pages/SearchPage'
import { UnsubscribePage } from './pages/UnsubscribePage'
import { PortalLookProvider, PortalShell } from './PortalShell'

/**
 * After the first page, each new page moves the focus to its content (a screen reader starts
 * reading it) and to the top; a new query string on the same page (filters) leaves the focus
 * where it is. Leaving the first page also lets go of the server's initial data.
 */
function useFocusOnNavigation() {
  const [location] = useLocation()
  const search = useSearch()
  const first = useRef({ location, search })
  const previous = useRef(location)
  useEffect(() => {
    if (first.current.location !== location || first.current.search !== search) releaseInitialData()
    if (previous.current === location) return
    previous.current = location
    window.scrollTo(0, 0)
    document.getElementById('contenu')?.focus({ preventScroll: true })
  }, [location, search])
}

/** The territory's look, when the server rendered one of its pages. */
function lookOf(initial: PortalInitialData | null): TerritoryLookView | null {
  if (initial?.page !== 'territoire' || !initial.data) return null
  const data = initial.data as Partial<TerritoryLookView>
  return typeof data.organisationName === 'string' && typeof data.primaryColor === 'string'
    ? (data as TerritoryLookView)
    : null
}

function Routes() {
  useFocusOnNavigation()
  return (
    <Switch>
      <Route path="/metiers" component={HomePage} />
      <Route path="/metiers/offres" component={SearchPage} />
      <Route path="/metiers/offres/:slug">{(p) => <OfferPage key={p.slug} slug={p.slug} />}</Route>
      <Route path="/metiers/fiches/:slug">{(p) => <FichePage key={p.slug} slug={p.slug} />}</Route>
      <Route path="/metiers/candidatures/suivi/:token">
        {(p) => <FollowUpPage key={p.token} token={p.token} />}
      </Route>
      <Route path="/metiers/alertes/confirmer/:token">
        {(p) => <AlertConfirmPage key={p.token} token={p.token} />}
      </Route>
      <Route path="/metiers/alertes/desabonner/:token">
        {(p) => <UnsubscribePage key={p.token} token={p.token} />}
      </Route>
      <Route path="/metiers/territoires/:slug">{(p) => <CampaignPage key={p.slug} slug={p.slug} />}</Route>
      {candidateAccountRoutes}
      {apprenticeshipsPortalRoutes}
      {trainingsPortalRoutes}
      {immersionsPortalRoutes}
      {eventsPortalRoutes}
      {ambassadorsPortalRoutes}
      {retentionPortalRoutes}
      {agrementPortalRoutes}
      {observatoryPortalRoutes}
      <Route path="/metiers/accessibilite" component={AccessibilityPage} />
      <Route component={NotFound} />
    </Switch>
  )
}

/** The public jobs portal: its pages under `/metiers`, in the portal's own small entry. */
export function PortalApp({ initial }: { initial: PortalInitialData | null }) {
  provideInitialData(initial)
  return (
    <PortalLookProvider initial={lookOf(initial)}>
      <PortalShell>
        <Routes />
      </PortalShell>
    </PortalLookProvider>
  )
}

import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { accueilApi } from './accueil.queries'
import { AnnouncedDelaysPage } from './pages/AnnouncedDelaysPage'
import { CommitmentsPage } from './pages/CommitmentsPage'
import { ContactPage } from './pages/ContactPage'
import { NewRequestPage } from './pages/NewRequestPage'
import { RequestDetailPage } from './pages/RequestDetailPage'
import { RequestsPage } from './pages/RequestsPage'

/**
 * The pages of the accueil module, for the router's Switch: the signed-in ones gated by the
 * access rules of their menu entries (or of the route they read), the public ones open.
 */
export const accueilRoutes = (
  <>
    <Route path="/demandes">
      <Guard access={accessOf('/demandes')}>
        <RequestsPage />
      </Guard>
    </Route>
    <Route path="/demandes/nouvelle">
      <Guard access={accessOf('/demandes/nouvelle')}>
        <NewRequestPage />
      </Guard>
    </Route>
    <Route path="/demandes/:id">
      <Guard access={[accueilApi.get.access]}>
        <RequestDetailPage />
      </Guard>
    </Route>
    <Route path="/administration/delais">
      <Guard access={accessOf('/administration/delais')}>
        <AnnouncedDelaysPage />
      </Guard>
    </Route>
    <Route path="/contact/:organisationId" component={ContactPage} />
    <Route path="/engagements/:organisationId" component={CommitmentsPage} />
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { searchApi } from './directory/directory.queries'
import { PublicSearchPage } from './directory/pages/PublicSearchPage'
import { PublicServicePage } from './directory/pages/PublicServicePage'
import { SearchPage } from './directory/pages/SearchPage'
import { ServicePage } from './directory/pages/ServicePage'

/**
 * The pages of the directory, for the router's Switch: the signed-in ones gated by the access
 * rules of their menu entries (or of the route they read), the public ones open.
 */
export const directoryRoutes = (
  <>
    <Route path="/annuaire">
      <Guard access={accessOf('/annuaire')}>
        <SearchPage />
      </Guard>
    </Route>
    <Route path="/annuaire/services/:id">
      <Guard access={[searchApi.service.access]}>
        <ServicePage />
      </Guard>
    </Route>
    <Route path="/public/:organisationId/annuaire" component={PublicSearchPage} />
    <Route path="/public/:organisationId/annuaire/services/:id" component={PublicServicePage} />
  </>
)

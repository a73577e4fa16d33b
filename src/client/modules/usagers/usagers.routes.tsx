import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { MergePage } from './pages/MergePage'
import { NewPersonPage } from './pages/NewPersonPage'
import { PeoplePage } from './pages/PeoplePage'
import { PersonPage } from './pages/PersonPage'
import { RetentionPage } from './pages/RetentionPage'
import { usagersApi } from './usagers.queries'

/** The pages of the usagers module, for the router's Switch, each gated by the rule of the route it reads. */
export const usagersRoutes = (
  <>
    <Route path="/usagers">
      <Guard access={accessOf('/usagers')}>
        <PeoplePage />
      </Guard>
    </Route>
    <Route path="/usagers/nouvelle">
      <Guard access={[usagersApi.create.access]}>
        <NewPersonPage />
      </Guard>
    </Route>
    <Route path="/usagers/:id/fusion/:otherId">
      <Guard access={[usagersApi.get.access]}>
        <MergePage />
      </Guard>
    </Route>
    <Route path="/usagers/:id">
      <Guard access={[usagersApi.get.access]}>
        <PersonPage />
      </Guard>
    </Route>
    <Route path="/administration/conservation">
      <Guard access={accessOf('/administration/conservation')}>
        <RetentionPage />
      </Guard>
    </Route>
  </>
)

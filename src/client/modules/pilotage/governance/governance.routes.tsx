import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { pilotageGovernanceContract as api } from '../../../../shared/modules/pilotage/governance.contract'
import { RecapPage } from './pages/RecapPage'
import { ReviewPage } from './pages/ReviewPage'
import { ReviewsPage } from './pages/ReviewsPage'

/** The back-office pages of the pilotage module's governance part, for the router's Switch. */
export const governanceRoutes = (
  <>
    <Route path="/pilotage/plans/:id/instances">
      {(p) => (
        <Guard access={[api.reviews.access]}>
          <ReviewsPage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
    <Route path="/pilotage/instances/:id">
      {(p) => (
        <Guard access={[api.review.access]}>
          <ReviewPage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
    <Route path="/pilotage/plans/:id/bilan">
      {(p) => (
        <Guard access={[api.recap.access]}>
          <RecapPage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
  </>
)

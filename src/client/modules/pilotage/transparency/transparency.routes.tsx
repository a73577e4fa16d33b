import { Route } from 'wouter'
import { PublicPlanPage } from './pages/PublicPlanPage'
import { PublicPlansPage } from './pages/PublicPlansPage'

/** The public pages of published plans: open to anyone, without signing in. */
export const transparencyRoutes = (
  <>
    <Route path="/public/plans" component={PublicPlansPage} />
    <Route path="/public/plans/:slug">{(p) => <PublicPlanPage key={p.slug} slug={p.slug} />}</Route>
  </>
)

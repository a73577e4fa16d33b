import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { pilotageDashboardContract as dashboardApi } from '../../../../shared/modules/pilotage/dashboard.contract'
import { DashboardPage } from './pages/DashboardPage'

/** The back-office pages of the pilotage module's dashboard part, for the router's Switch. */
export const dashboardRoutes = (
  <>
    <Route path="/pilotage/plans/:id/tableau-de-bord">
      {(p) => (
        <Guard access={[dashboardApi.dashboard.access]}>
          <DashboardPage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
  </>
)

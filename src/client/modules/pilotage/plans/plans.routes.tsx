import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { pilotagePlansContract as plansApi } from '../../../../shared/modules/pilotage/plans.contract'
import { FichePage } from './pages/FichePage'
import { MyFichesPage } from './pages/MyFichesPage'
import { PlanFormPage } from './pages/PlanFormPage'
import { PlanPage } from './pages/PlanPage'
import { PlansListPage } from './pages/PlansListPage'

const readers = [plansApi.list.access]

/** The back-office pages of the pilotage module's plans part, for the router's Switch. */
export const plansRoutes = (
  <>
    <Route path="/pilotage">
      <Guard access={readers}>
        <PlansListPage />
      </Guard>
    </Route>
    <Route path="/pilotage/nouveau">
      <Guard access={[plansApi.create.access]}>
        <PlanFormPage />
      </Guard>
    </Route>
    <Route path="/pilotage/mes-fiches">
      <Guard access={readers}>
        <MyFichesPage />
      </Guard>
    </Route>
    <Route path="/pilotage/plans/:id">
      {(p) => (
        <Guard access={readers}>
          <PlanPage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
    <Route path="/pilotage/fiches/:id">
      {(p) => (
        <Guard access={readers}>
          <FichePage key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
  </>
)

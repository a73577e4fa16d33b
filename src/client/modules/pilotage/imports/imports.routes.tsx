import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { pilotageImportsContract as c } from '../../../../shared/modules/pilotage/imports.contract'
import { ImportPlanPage } from './pages/ImportPlanPage'
import { TemplatePage } from './pages/TemplatePage'

/** The back-office pages of the pilotage module's imports part, for the router's Switch. */
export const importsRoutes = (
  <>
    <Route path="/pilotage/nouveau/modele">
      <Guard access={[c.createFromTemplate.access]}>
        <TemplatePage />
      </Guard>
    </Route>
    <Route path="/pilotage/import">
      <Guard access={[c.importCommit.access]}>
        <ImportPlanPage />
      </Guard>
    </Route>
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { fichesApi } from './fiches.queries'
import { FicheEditorPage } from './pages/FicheEditorPage'
import { FichesListPage } from './pages/FichesListPage'
import { ReferentialsPage } from './pages/ReferentialsPage'

/** The back-office pages of the métiers module's fiches part, for the router's Switch. */
export const fichesRoutes = (
  <>
    <Route path="/edition/fiches">
      <Guard access={accessOf('/edition/fiches')}>
        <FichesListPage />
      </Guard>
    </Route>
    <Route path="/edition/fiches/nouvelle">
      <Guard access={[fichesApi.create.access]}>
        <FicheEditorPage />
      </Guard>
    </Route>
    <Route path="/edition/fiches/:id">
      <Guard access={[fichesApi.get.access]}>
        <FicheEditorPage />
      </Guard>
    </Route>
    <Route path="/edition/referentiels">
      <Guard access={accessOf('/edition/referentiels')}>
        <ReferentialsPage />
      </Guard>
    </Route>
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { directoryApi, searchApi } from './directory/directory.queries'
import { ChangesPage } from './directory/pages/ChangesPage'
import { ImportPage } from './directory/pages/ImportPage'
import { MyStructuresPage } from './directory/pages/MyStructuresPage'
import { PlaceFormPage } from './directory/pages/PlaceFormPage'
import { PublicSearchPage } from './directory/pages/PublicSearchPage'
import { PublicServicePage } from './directory/pages/PublicServicePage'
import { SearchPage } from './directory/pages/SearchPage'
import { ServiceFormPage } from './directory/pages/ServiceFormPage'
import { ServicePage } from './directory/pages/ServicePage'
import { StructureFormPage } from './directory/pages/StructureFormPage'
import { StructurePage } from './directory/pages/StructurePage'
import { StructuresPage } from './directory/pages/StructuresPage'

/** Structure pages are read by every member; the forms decide between editing and proposing. */
const readStructure = [directoryApi.getStructure.access]

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
    <Route path="/annuaire/structures">
      <Guard access={accessOf('/annuaire/structures')}>
        <StructuresPage />
      </Guard>
    </Route>
    <Route path="/annuaire/structures/nouvelle">
      <Guard access={[directoryApi.createStructure.access]}>
        <StructureFormPage />
      </Guard>
    </Route>
    <Route path="/annuaire/structures/:id/modifier">
      <Guard access={readStructure}>
        <StructureFormPage />
      </Guard>
    </Route>
    <Route path="/annuaire/structures/:structureId/lieux/:placeId">
      <Guard access={readStructure}>
        <PlaceFormPage />
      </Guard>
    </Route>
    <Route path="/annuaire/structures/:structureId/services/:serviceId">
      <Guard access={readStructure}>
        <ServiceFormPage />
      </Guard>
    </Route>
    <Route path="/annuaire/structures/:id">
      <Guard access={readStructure}>
        <StructurePage />
      </Guard>
    </Route>
    <Route path="/annuaire/propositions">
      <Guard access={accessOf('/annuaire/propositions')}>
        <ChangesPage />
      </Guard>
    </Route>
    <Route path="/annuaire/import">
      <Guard access={accessOf('/annuaire/import')}>
        <ImportPage />
      </Guard>
    </Route>
    <Route path="/annuaire/mes-fiches">
      <Guard access={accessOf('/annuaire/mes-fiches')}>
        <MyStructuresPage />
      </Guard>
    </Route>
    <Route path="/public/:organisationId/annuaire" component={PublicSearchPage} />
    <Route path="/public/:organisationId/annuaire/services/:id" component={PublicServicePage} />
  </>
)

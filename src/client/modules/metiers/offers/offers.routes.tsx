import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { offersApi } from './offers.queries'
import { EmployerProfilePage } from './pages/EmployerProfilePage'
import { OfferFormPage } from './pages/OfferFormPage'
import { OffersListPage } from './pages/OffersListPage'

/** The back-office pages of the métiers module's offers part, for the router's Switch. */
export const offersRoutes = (
  <>
    <Route path="/recrutement/offres">
      <Guard access={accessOf('/recrutement/offres')}>
        <OffersListPage />
      </Guard>
    </Route>
    <Route path="/recrutement/offres/nouvelle">
      <Guard access={[offersApi.createOffer.access]}>
        <OfferFormPage />
      </Guard>
    </Route>
    <Route path="/recrutement/offres/:id">
      <Guard access={[offersApi.getOffer.access]}>
        <OfferFormPage />
      </Guard>
    </Route>
    <Route path="/recrutement/employeur">
      <Guard access={accessOf('/recrutement/employeur')}>
        <EmployerProfilePage />
      </Guard>
    </Route>
  </>
)

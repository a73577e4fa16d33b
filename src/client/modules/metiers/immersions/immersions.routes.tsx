import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { immersionsApi } from './immersions.queries'
import { ImmersionOfferPage } from './pages/ImmersionOfferPage'
import { ImmersionRequestPage } from './pages/ImmersionRequestPage'
import { ImmersionsPage } from './pages/ImmersionsPage'

/** The back-office pages of the métiers module's immersions part, for the router's Switch. */
export const immersionsRoutes = (
  <>
    <Route path="/recrutement/immersions">
      <Guard access={[immersionsApi.listOffers.access]}>
        <ImmersionsPage />
      </Guard>
    </Route>
    <Route path="/recrutement/immersions/nouvelle">
      <Guard access={[immersionsApi.createOffer.access]}>
        <ImmersionOfferPage />
      </Guard>
    </Route>
    <Route path="/recrutement/immersions/offres/:id">
      <Guard access={[immersionsApi.getOffer.access]}>
        <ImmersionOfferPage />
      </Guard>
    </Route>
    <Route path="/recrutement/immersions/demandes/:id">
      <Guard access={[immersionsApi.getRequest.access]}>
        <ImmersionRequestPage />
      </Guard>
    </Route>
  </>
)

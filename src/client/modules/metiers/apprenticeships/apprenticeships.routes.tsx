import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { apprenticeshipsApi } from './apprenticeships.queries'
import { ConversationPage } from './pages/ConversationPage'
import { NewSeatPage } from './pages/NewSeatPage'
import { SeatPage } from './pages/SeatPage'
import { SeatsPage } from './pages/SeatsPage'

/** The back-office pages of the métiers module's apprenticeships part, for the router's Switch. */
export const apprenticeshipsRoutes = (
  <>
    <Route path="/recrutement/apprentissage">
      <Guard access={[apprenticeshipsApi.employerSeats.access]}>
        <SeatsPage />
      </Guard>
    </Route>
    <Route path="/recrutement/apprentissage/nouvelle">
      <Guard access={[apprenticeshipsApi.createSeat.access]}>
        <NewSeatPage />
      </Guard>
    </Route>
    <Route path="/recrutement/apprentissage/contacts/:id">
      <Guard access={[apprenticeshipsApi.employerConversation.access]}>
        <ConversationPage />
      </Guard>
    </Route>
    <Route path="/recrutement/apprentissage/:id">
      <Guard access={[apprenticeshipsApi.employerSeat.access]}>
        <SeatPage />
      </Guard>
    </Route>
  </>
)

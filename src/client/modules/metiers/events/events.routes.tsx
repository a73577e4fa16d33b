import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { metiersEventsContract as eventsApi } from '../../../../shared/modules/metiers/events.contract'
import { EventFormPage } from './pages/EventFormPage'
import { LoadedEvent } from './pages/EventPages'
import { EventsListPage } from './pages/EventsListPage'

const access = [eventsApi.organiserList.access]

/** The back-office pages of the métiers module's events part, for the router's Switch. */
export const eventsRoutes = (
  <>
    <Route path="/edition/evenements">
      <Guard access={access}>
        <EventsListPage />
      </Guard>
    </Route>
    <Route path="/edition/evenements/nouveau">
      <Guard access={access}>
        <EventFormPage mode={{ kind: 'new' }} />
      </Guard>
    </Route>
    <Route path="/edition/evenements/serie">
      <Guard access={access}>
        <EventFormPage mode={{ kind: 'series' }} />
      </Guard>
    </Route>
    <Route path="/edition/evenements/:id/modifier">
      {(p) => (
        <Guard access={access}>
          <LoadedEvent id={p.id} edit />
        </Guard>
      )}
    </Route>
    <Route path="/edition/evenements/:id">
      {(p) => (
        <Guard access={access}>
          <LoadedEvent key={p.id} id={p.id} edit={false} />
        </Guard>
      )}
    </Route>
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { agrementApi } from './agrement.queries'
import { AgrementFilePage } from './pages/AgrementFilePage'
import { AgrementMeetingsPage } from './pages/AgrementMeetingsPage'
import { AgrementPipelinePage } from './pages/AgrementPipelinePage'
import { NewAgrementPage } from './pages/NewAgrementPage'

/** The back-office pages of the métiers module's agrement part, for the router's Switch. */
export const agrementRoutes = (
  <>
    <Route path="/agrement">
      <Guard access={[agrementApi.pipeline.access]}>
        <AgrementPipelinePage />
      </Guard>
    </Route>
    <Route path="/agrement/reunions">
      <Guard access={[agrementApi.meetings.access]}>
        <AgrementMeetingsPage />
      </Guard>
    </Route>
    <Route path="/agrement/dossiers/nouveau">
      <Guard access={[agrementApi.create.access]}>
        <NewAgrementPage />
      </Guard>
    </Route>
    <Route path="/agrement/dossiers/:id">
      <Guard access={[agrementApi.detail.access]}>
        <AgrementFilePage />
      </Guard>
    </Route>
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { AmbassadorsEditorPage } from './AmbassadorsEditorPage'

/** The back-office pages of the métiers module's ambassadors part, for the router's Switch. */
export const ambassadorsRoutes = (
  <Route path="/edition/ambassadeurs">
    <Guard access={accessOf('/edition/ambassadeurs')}>
      <AmbassadorsEditorPage />
    </Guard>
  </Route>
)

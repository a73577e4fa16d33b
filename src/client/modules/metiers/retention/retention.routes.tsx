import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { ListeningDeskPage } from './ListeningDeskPage'
import { LivingEditorPage } from './LivingEditorPage'
import { PointDeChuteEditorPage } from './PointDeChuteEditorPage'

/** The back-office pages of the métiers module's retention part, for the router's Switch. */
export const retentionRoutes = (
  <>
    <Route path="/edition/point-de-chute">
      <Guard access={accessOf('/edition/point-de-chute')}>
        <PointDeChuteEditorPage />
      </Guard>
    </Route>
    <Route path="/edition/vivre-ici">
      <Guard access={accessOf('/edition/vivre-ici')}>
        <LivingEditorPage />
      </Guard>
    </Route>
    <Route path="/ecoute/rappels">
      <Guard access={accessOf('/ecoute/rappels')}>
        <ListeningDeskPage />
      </Guard>
    </Route>
  </>
)

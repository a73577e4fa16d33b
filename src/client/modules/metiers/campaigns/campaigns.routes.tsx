import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { CampaignEditorPage } from './CampaignEditorPage'

/** The back-office pages of the métiers module's campaigns part, for the router's Switch. */
export const campaignsRoutes = (
  <Route path="/edition/campagne">
    <Guard access={accessOf('/edition/campagne')}>
      <CampaignEditorPage />
    </Guard>
  </Route>
)

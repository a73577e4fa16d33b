import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { networkRoutes } from './network/network.routes'
import { referralsApi } from './orientations/orientations.queries'
import { OrientFromRequestPage } from './orientations/pages/OrientFromRequestPage'
import { PartnerSummaryPage } from './orientations/pages/PartnerSummaryPage'
import { ReceivedReferralPage } from './orientations/pages/ReceivedReferralPage'
import { ReceivedReferralsPage } from './orientations/pages/ReceivedReferralsPage'
import { SecureLinkPage } from './orientations/pages/SecureLinkPage'
import { SentReferralsPage } from './orientations/pages/SentReferralsPage'

/**
 * The pages of orientations to partners and of the network, for the router's Switch: the signed-in
 * ones gated by the rule of the route they call, the secure-link page open.
 */
export const orientationsRoutes = (
  <>
    <Route path="/demandes/:id/orienter">
      <Guard access={[referralsApi.create.access]}>
        <OrientFromRequestPage />
      </Guard>
    </Route>
    <Route path="/orientations/envoyees">
      <Guard access={accessOf('/orientations/envoyees')}>
        <SentReferralsPage />
      </Guard>
    </Route>
    <Route path="/orientations/partenaires">
      <Guard access={accessOf('/orientations/partenaires')}>
        <PartnerSummaryPage />
      </Guard>
    </Route>
    <Route path="/partenaire/orientations">
      <Guard access={accessOf('/partenaire/orientations')}>
        <ReceivedReferralsPage />
      </Guard>
    </Route>
    <Route path="/partenaire/orientations/:id">
      <Guard access={[referralsApi.receivedOne.access]}>
        <ReceivedReferralPage />
      </Guard>
    </Route>
    <Route path="/orientation/:organisationId/:token" component={SecureLinkPage} />
    {networkRoutes}
  </>
)

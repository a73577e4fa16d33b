import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { ApplicationPage } from './pages/ApplicationPage'
import { OfferPipelinePage } from './pages/OfferPipelinePage'
import { RecruitmentDashboardPage } from './pages/RecruitmentDashboardPage'
import { recruitmentApi } from './recruitment.queries'

/** The back-office pages of the métiers module's recruitment part, for the router's Switch. */
export const recruitmentRoutes = (
  <>
    <Route path="/recrutement/candidatures">
      <Guard access={[recruitmentApi.dashboard.access]}>
        <RecruitmentDashboardPage />
      </Guard>
    </Route>
    <Route path="/recrutement/offres/:id/candidatures">
      <Guard access={[recruitmentApi.pipeline.access]}>
        <OfferPipelinePage />
      </Guard>
    </Route>
    <Route path="/recrutement/candidatures/:id">
      <Guard access={[recruitmentApi.detail.access]}>
        <ApplicationPage />
      </Guard>
    </Route>
  </>
)

import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { PortalSettingsPage } from './pages/PortalSettingsPage'
import { RecruitmentObservatoryPage } from './pages/RecruitmentObservatoryPage'
import { observatoryApi, observatoryHref, portalSettingsHref } from './observatory.queries'

/** The back-office pages of the métiers module's observatory part, for the router's Switch. */
export const observatoryRoutes = (
  <>
    <Route path={observatoryHref}>
      <Guard access={[observatoryApi.funnel.access, observatoryApi.platformFunnel.access]}>
        <RecruitmentObservatoryPage />
      </Guard>
    </Route>
    <Route path={portalSettingsHref}>
      <Guard access={[observatoryApi.settings.access]}>
        <PortalSettingsPage />
      </Guard>
    </Route>
  </>
)

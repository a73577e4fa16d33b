import { Route } from 'wouter'
import { Guard } from '../../app/Guard'
import { accessOf } from '../../app/navigation'
import { decisionsApi } from './domiciliation.queries'
import { DomiciliationPage } from './pages/DomiciliationPage'
import { FilePage } from './pages/FilePage'
import { NewDomiciliationPage } from './pages/NewDomiciliationPage'
import { SettingsPage } from './pages/SettingsPage'

/** A file's address: its id only, so other pages under /domiciliation/ never collide with it. */
const filePath = /^\/domiciliation\/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i

/** The pages of the domiciliation file, for the router's Switch, each gated by the rule of the route it reads. */
export const domiciliationRoutes = (
  <>
    <Route path="/domiciliation">
      <Guard access={accessOf('/domiciliation')}>
        <DomiciliationPage />
      </Guard>
    </Route>
    <Route path="/domiciliation/nouvelle">
      <Guard access={[decisionsApi.open.access]}>
        <NewDomiciliationPage />
      </Guard>
    </Route>
    <Route path={filePath}>
      <Guard access={[decisionsApi.get.access]}>
        <FilePage />
      </Guard>
    </Route>
    <Route path="/administration/domiciliation">
      <Guard access={accessOf('/administration/domiciliation')}>
        <SettingsPage />
      </Guard>
    </Route>
  </>
)

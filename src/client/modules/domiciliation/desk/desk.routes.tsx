import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { PortalPage } from '../portal/PortalPage'
import { exchangeApi, mailApi, reportsApi } from './desk.queries'
import { AnnualReportPage } from './pages/AnnualReportPage'
import { FileMailPage } from './pages/FileMailPage'
import { ImportPage } from './pages/ImportPage'
import { MailDeskPage } from './pages/MailDeskPage'

/**
 * The desk pages of the domiciliation module, for the router's Switch, each gated by the contract
 * rule of the route it reads; the person's portal is public. They come before `/domiciliation/:id`
 * so that « courrier », « rapport » and « import » are not read as file ids.
 */
export const domiciliationDeskRoutes = (
  <>
    <Route path="/domiciliation/courrier">
      <Guard access={[mailApi.deskSearch.access]}>
        <MailDeskPage />
      </Guard>
    </Route>
    <Route path="/domiciliation/rapport">
      <Guard access={[reportsApi.annualReport.access]}>
        <AnnualReportPage />
      </Guard>
    </Route>
    <Route path="/domiciliation/import">
      <Guard access={[exchangeApi.importPreview.access]}>
        <ImportPage />
      </Guard>
    </Route>
    <Route path="/domiciliation/:id/courrier">
      <Guard access={[mailApi.fileMail.access]}>
        <FileMailPage />
      </Guard>
    </Route>
    <Route path="/espace-domiciliation/:organisationId" component={PortalPage} />
  </>
)

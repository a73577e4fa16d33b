import { campaignsRoutes } from './campaigns/campaigns.routes'
import { fichesRoutes } from './fiches/fiches.routes'
import { offersRoutes } from './offers/offers.routes'
import { recruitmentRoutes } from './recruitment/recruitment.routes'

/** The back-office pages of the métiers module: recruiters' offers and applications, editors' content. */
export const metiersRoutes = (
  <>
    {offersRoutes}
    {recruitmentRoutes}
    {fichesRoutes}
    {campaignsRoutes}
  </>
)

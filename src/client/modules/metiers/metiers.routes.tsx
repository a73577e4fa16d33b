import { campaignsRoutes } from './campaigns/campaigns.routes'
import { fichesRoutes } from './fiches/fiches.routes'
import { offersRoutes } from './offers/offers.routes'
import { recruitmentRoutes } from './recruitment/recruitment.routes'
import { apprenticeshipsRoutes } from './apprenticeships/apprenticeships.routes'
import { trainingsRoutes } from './trainings/trainings.routes'
import { immersionsRoutes } from './immersions/immersions.routes'
import { eventsRoutes } from './events/events.routes'
import { ambassadorsRoutes } from './ambassadors/ambassadors.routes'
import { retentionRoutes } from './retention/retention.routes'
import { agrementRoutes } from './agrement/agrement.routes'
import { observatoryRoutes } from './observatory/observatory.routes'

/** The back-office pages of the métiers module: recruiters' offers and applications, editors' content. */
export const metiersRoutes = (
  <>
    {offersRoutes}
    {recruitmentRoutes}
    {fichesRoutes}
    {campaignsRoutes}
    {apprenticeshipsRoutes}
    {trainingsRoutes}
    {immersionsRoutes}
    {eventsRoutes}
    {ambassadorsRoutes}
    {retentionRoutes}
    {agrementRoutes}
    {observatoryRoutes}
  </>
)
